import Foundation
import PolicyStore

/// A temporary folder for one test (removed when the value goes away), with a store path
/// inside it and helpers to write policy files there.
final class Scratch {
    let folder: String

    init() {
        folder = NSTemporaryDirectory() + "policyscope-store-tests-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    var storePath: String { folder + "/cache/policyscope/store.sqlite" }

    /// Writes `text` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    /// Opens the store at ``storePath``, collecting its warnings.
    func open(_ stamps: Stamps = Stamps(), pageLimit: Int? = nil, warnings: Warnings) -> PolicyStore? {
        StoreOpener.open(storePath, stamps: stamps, pageLimit: pageLimit, warn: warnings.add)
    }
}

/// Warnings collected from the store.
final class Warnings: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    @Sendable func add(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

/// The bytes read while loading (0 for each policy served from the store).
final class ByteCount: @unchecked Sendable {
    private let lock = NSLock()
    private var last = 0

    @Sendable func record(_ done: Int, _ total: Int, _ bytes: Int) { lock.withLock { last = max(last, bytes) } }
    var bytes: Int { lock.withLock { last } }
}

/// A small policy in the corpus's Markdown shape.
func policyText(_ domain: String, _ sentence: String) -> String {
    """
    > *The following text is extracted and transformed from the \(domain) privacy policy that was archived on 2024-01-02. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/20240102000000id_/https%3A//\(domain)/privacy) for the most accurate reproduction.*

    # \(domain) Privacy Policy

    ## Sharing

    \(sentence)
    """
}
