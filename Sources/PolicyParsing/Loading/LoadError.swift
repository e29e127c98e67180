/// Why a file or folder could not be loaded. Each prints as a short reason; the loader puts
/// the path in front (`policyscope: PATH: reason`).
public enum LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound
    case empty
    case binary(nulAt: Int)
    case tooLarge(bytes: Int, limit: Int)
    case unreadable(reason: String)
    case danglingSymlink
    case symlinkLoop
    case notARegularFile
    /// A folder with no policy file anywhere under it.
    case noPolicyFiles

    public var description: String {
        switch self {
        case .notFound: "no such file or folder"
        case .empty: "empty file, skipped"
        case .binary(let offset): "binary file (NUL byte at offset \(offset)), skipped"
        case .tooLarge(let bytes, let limit):
            "file too large (\(bytes / 1_048_576) MiB; the limit is \(limit / 1_048_576) MiB), skipped"
        case .unreadable(let reason): "cannot read: \(reason)"
        case .danglingSymlink: "dangling symbolic link, skipped"
        case .symlinkLoop: "symbolic link loop, skipped"
        case .notARegularFile: "not a regular file or folder, skipped"
        case .noPolicyFiles: "no .md, .markdown or .txt files in it"
        }
    }
}

/// A message about one path: an error (the file was skipped) or a warning (it loaded anyway).
public struct LoadProblem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    /// False when the file still loaded.
    public var isError: Bool

    public init(path: String, message: String, isError: Bool) {
        self.path = path
        self.message = message
        self.isError = isError
    }

    public var description: String { "\(path): \(message)" }
}
