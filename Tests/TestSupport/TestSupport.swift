import Foundation
import PolicyModel
import PolicyParsing
import PolicyResources

/// What several test targets share: where the package and the shared data are, and how the
/// bundled seeds and inline Markdown become policies.
public enum TestSupport {
    /// The package root (this file is `Tests/TestSupport/TestSupport.swift`).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared data folder beside the package root (`../shared`).
    public static let sharedDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The shared corpus of real policies (`../shared/corpus/policies`).
    public static let corpusDirectory = sharedDirectory.appendingPathComponent("corpus/policies")

    /// Whether the shared corpus is there; tests that need it are enabled only when it is.
    public static var sharedDataAvailable: Bool { FileManager.default.fileExists(atPath: corpusDirectory.path) }

    /// The corpus's policy files (`.md`), sorted by name; empty when the corpus is absent.
    public static var corpusFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { corpusDirectory.appendingPathComponent($0) }
    }

    /// Parses Markdown given inline into a policy, as if read from `file`.
    public static func parse(_ markdown: String, file: String) throws -> Policy {
        try PolicyParser.parse(Array(markdown.utf8), file: file).policy
    }

    /// The bundled seed policy of `domain`.
    public static func seed(_ domain: String) throws -> Policy {
        let url = PolicyResources.seedsDirectory.appendingPathComponent("\(domain).md")
        return try PolicyParser.parse(Array(try Data(contentsOf: url)), file: url.path).policy
    }

    /// All bundled seeds, loaded as the app loads them (with any problems).
    public static func loadSeeds() async -> PolicyLoader.Result {
        await PolicyLoader.load(PolicyResources.seedFiles.map(\.path))
    }

    /// All bundled seed policies.
    public static func seeds() async -> [Policy] {
        await loadSeeds().policies
    }
}

/// Documents of the Open Terms Archive history in `../shared/history/pga-versions.bundle`
/// (Platform Governance Archive v2, ODC-By 1.0), read with git from a bare clone made once
/// per test process.
public enum HistoryBundle {
    /// The bundle beside the package.
    public static let url = TestSupport.sharedDirectory.appendingPathComponent("history/pga-versions.bundle")

    /// Whether the bundle is there and git can read it.
    public static var available: Bool {
        FileManager.default.fileExists(atPath: url.path) && FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
    }

    /// Why reading the bundle failed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private static let clone: Result<URL, Failure> = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("policyscope-pga-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: dir)
        return Result { () throws(Failure) in
            _ = try git(["clone", "--quiet", "--bare", url.path, dir.path])
            return dir
        }
    }()

    /// The bytes of `path` at `commit`.
    public static func document(_ path: String, at commit: String) throws -> [UInt8] {
        let dir = try clone.get()
        return try git(["--git-dir", dir.path, "show", "\(commit):\(path)"])
    }

    /// Runs `/usr/bin/git` with `arguments` and returns its stdout; throws when it fails.
    @discardableResult
    public static func git(_ arguments: [String]) throws(Failure) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw Failure(description: "git \(arguments.joined(separator: " ")): \(error)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "git \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return Array(data)
    }
}
