import Foundation

/// A repository made for one test in a temporary folder (removed when the value goes away),
/// written with `git fast-import` so that paths, modes and dates are exactly as given.
public final class GitFixture {
    public let folder: String
    /// The repository (a working tree's top folder).
    public var path: String { folder + "/repo" }

    public init(bare: Bool = false) throws {
        folder = NSTemporaryDirectory() + "policyscope-git-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Git.run(["init", "--quiet", "-b", "main"] + (bare ? ["--bare"] : []) + [path])
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// One change in a commit: a file's bytes with a mode, or a deletion.
    public enum Change {
        case file(String, [UInt8], mode: String = "100644")
        case rawPath([UInt8], [UInt8])
        case symlink(String, target: String)
        case submodule(String, commit: String)
        case delete(String)
    }

    private var stream: [UInt8] = []
    private var mark = 0

    /// Queues a commit on `branch` (its first commit starts from `from`, else continues the
    /// branch); `merge` adds a second parent. Returns the commit's mark (`:N`).
    @discardableResult
    public func commit(_ title: String, date: String, on branch: String = "main", from: String? = nil, merge: String? = nil, _ changes: [Change]) -> String {
        mark += 1
        let time = Int(ISO8601DateFormatter().date(from: date + "T12:00:00Z")!.timeIntervalSince1970)
        var s = "commit refs/heads/\(branch)\nmark :\(mark)\ncommitter Test <test@example.com> \(time) +0000\n"
        let message = Array("\(title)\n".utf8)
        s += "data \(message.count)\n"
        append(s)
        stream += message
        if let from { append("from \(from)\n") }
        if let merge { append("merge \(merge)\n") }
        for change in changes {
            switch change {
            case .file(let name, let bytes, let mode): inline(mode, Array(name.utf8), bytes)
            case .rawPath(let name, let bytes): inline("100644", name, bytes)
            case .symlink(let name, let target): inline("120000", Array(name.utf8), Array(target.utf8))
            case .submodule(let name, let commit): append("M 160000 \(commit) \(name)\n")
            case .delete(let name): append("D \(name)\n")
            }
        }
        append("\n")
        return ":\(mark)"
    }

    /// Runs the queued commits through `git fast-import`.
    public func write() throws {
        try Git.run(["-C", path, "fast-import", "--quiet"], input: stream)
        stream = []
        if !path.hasSuffix(".git"), FileManager.default.fileExists(atPath: path + "/.git") {
            try Git.run(["-C", path, "reset", "--quiet", "--hard"])
        }
    }

    /// Moves every object out of the packs `write` made into loose files, so that one can be
    /// damaged (``damage(_:)``) or removed.
    public func unpack() throws {
        let packs = path + "/.git/objects/pack"
        for name in try FileManager.default.contentsOfDirectory(atPath: packs) where name.hasSuffix(".pack") {
            let moved = folder + "/" + name
            try FileManager.default.moveItem(atPath: packs + "/" + name, toPath: moved)
            try FileManager.default.removeItem(atPath: packs + "/" + name.replacingOccurrences(of: ".pack", with: ".idx"))
            try Git.run(["-C", path, "unpack-objects", "-q"], input: Array(try Data(contentsOf: URL(fileURLWithPath: moved))))
        }
    }

    /// Overwrites the loose object `object` (40 hex digits) with bytes that are no zlib stream.
    public func damage(_ object: String) throws {
        let file = path + "/.git/objects/" + object.prefix(2) + "/" + object.dropFirst(2)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        try Data("not a zlib stream".utf8).write(to: URL(fileURLWithPath: file))
    }

    private func inline(_ mode: String, _ name: [UInt8], _ bytes: [UInt8]) {
        append("M \(mode) inline ")
        stream += Self.quoted(name)
        append("\ndata \(bytes.count)\n")
        stream += bytes
        append("\n")
    }

    private func append(_ text: String) { stream += Array(text.utf8) }

    /// A path in fast-import's C-style quotes (octal escapes for bytes outside ASCII).
    private static func quoted(_ name: [UInt8]) -> [UInt8] {
        var out = Array("\"".utf8)
        for byte in name {
            if byte >= 0x80 || byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out += Array(("\\" + String(byte, radix: 8).leftPadded(3)).utf8)
            } else {
                out.append(byte)
            }
        }
        return out + Array("\"".utf8)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// The git command line, for making fixtures and for the answers the scan must equal.
public enum Git {
    public static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/git") }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) { self.description = description }
    }

    /// Runs git; returns its standard output; throws with its standard error when it fails.
    @discardableResult
    public static func run(_ arguments: [String], input: [UInt8]? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "protocol.file.allow=always"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let feed = Pipe()
        if input != nil { process.standardInput = feed }
        try process.run()
        if let input {
            let writer = Thread { feed.fileHandleForWriting.write(Data(input)); try? feed.fileHandleForWriting.close() }
            writer.start()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "git \(arguments.joined(separator: " ")): \(String(decoding: message, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `git log --first-parent --diff-filter=FILTER --format=%H -- PATH`, oldest first.
    public static func log(_ repository: String, _ path: String, filter: String) throws -> [String] {
        try run(["-C", repository, "log", "--first-parent", "--diff-filter=\(filter)", "--format=%H", "--", path])
            .split(separator: "\n").map(String.init).reversed()
    }
}

