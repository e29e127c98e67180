/// Why a repository or one of its objects could not be read; each names the repository.
public enum GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing at the path.
    case notFound(repository: String)
    /// The path is a folder or file, but not a git working tree or bare repository.
    case notARepository(repository: String)
    /// libgit2 found a repository but could not open it (bad config, unreadable HEAD...).
    case cannotOpen(repository: String, reason: String)
    /// The repository has no commits yet (HEAD names a branch that does not exist).
    case emptyHistory(repository: String)
    /// An object the history needs is missing or damaged.
    case corruptObject(repository: String, object: GitObjectID, reason: String)
    /// A blob is larger than the caller allows.
    case blobTooLarge(repository: String, object: GitObjectID, size: Int, limit: Int)
    /// A blob asked for is not in the repository.
    case noSuchBlob(repository: String, object: GitObjectID)

    public var description: String {
        switch self {
        case .notFound(let path):
            "\(Printable.line(path)): no such file or folder"
        case .notARepository(let path):
            "\(Printable.line(path)): not a git repository (a working tree or a bare repository)"
        case .cannotOpen(let path, let reason):
            "\(Printable.line(path)): cannot open the git repository: \(reason)"
        case .emptyHistory(let path):
            "\(Printable.line(path)): the git repository has no commits"
        case .corruptObject(let path, let object, let reason):
            "\(Printable.line(path)): git object \(object.hex) is missing or damaged: \(reason)"
        case .blobTooLarge(let path, let object, let size, let limit):
            "\(Printable.line(path)): git blob \(object.hex) has \(size) bytes, over the limit of \(limit)"
        case .noSuchBlob(let path, let object):
            "\(Printable.line(path)): no git blob \(object.hex)"
        }
    }
}
