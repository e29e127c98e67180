import Foundation
import PolicyModel
import PolicyParsing

/// Loads policies as ``PolicyLoader/load(_:progress:)`` does (same files, order, ids and
/// problems), reading each from the store when it is there under the current parser stamp
/// and storing each one it has to parse: the catalog (``StoredCatalog``), then every body.
public enum StoredLoader {
    /// - Parameters:
    ///   - use: the store, or nil to parse everything (then this is `PolicyLoader.load`).
    ///   - progress: called after each file with (files done, files in all, bytes read).
    public static func load(
        _ paths: [String], using use: StoreUse?, progress: (@Sendable (Int, Int, Int) -> Void)? = nil
    ) async -> PolicyLoader.Result {
        guard let use, use.store != nil else {
            guard let progress else { return await PolicyLoader.load(paths) }
            return await PolicyLoader.load(paths) { done, total in progress(done, total, 0) }
        }
        let catalog = await StoredCatalog.load(paths, using: use, progress: progress)
        let entries = catalog.entries
        let bodies = await Parallel.map(entries.count) { StoredCatalog.policy(entries[$0], using: use) }
        var policies: [Policy] = []
        var problems = catalog.problems
        for (entry, body) in zip(entries, bodies) {
            switch body {
            case .success(let policy): policies.append(policy)
            // The file went away or became unreadable since it was listed.
            case .failure(let error): problems.append(LoadProblem(path: entry.listing.file, message: error.description, isError: true))
            }
        }
        return .assembled(policies: policies, problems: problems)
    }

    enum Outcome: Sendable {
        /// The policy, its warnings, the bytes read from disk (0 when the store had it), and
        /// its blob id (nil when the file could not be stat'ed, so nothing was stored).
        case loaded(Policy, [String], Int, blob: String?)
        case failed(LoadError)
    }

    /// One file: from the store by the quick check, else read, hashed, and taken from the
    /// store by blob id or parsed and stored.
    static func loadFile(_ path: String, use: StoreUse) -> Outcome {
        let name = PolicyStore.name(of: path)
        let stamp = fileStamp(path)
        if let stamp,
           let (blob, stored) = use.attempt({ store throws(StoreError) in
               try store.knownBlob(path: path, stamp: stamp).flatMap { blob throws(StoreError) in
                   try store.parsed(blob: blob, name: name).map { (blob, $0) }
               }
           }) ?? nil,
           let policy = PolicyCoding.decode(stored.body, file: path) {
            return .loaded(policy, stored.warnings, 0, blob: blob)
        }
        let bytes: [UInt8]
        do {
            bytes = try PolicyLoader.read(path)
        } catch {
            return .failed(error)
        }
        let blob = BlobID.of(bytes)
        // A body that does not decode is parsed again and overwritten.
        if let stored = use.attempt({ store throws(StoreError) in try store.parsed(blob: blob, name: name) }) ?? nil,
           let policy = PolicyCoding.decode(stored.body, file: path) {
            if let stamp { _ = use.attempt { store throws(StoreError) in try store.save(path: path, stamp: stamp, blob: blob, policy: nil, warnings: []) } }
            return .loaded(policy, stored.warnings, bytes.count, blob: stamp == nil ? nil : blob)
        }
        let result: PolicyParser.Result
        let size = bytes.count
        do {
            // The parser frees the bytes once read (the result is not held beside them).
            result = try PolicyParser.parse(consume bytes, file: path)
        } catch {
            return .failed(error)
        }
        if let stamp {
            _ = use.attempt { store throws(StoreError) in
                try store.save(path: path, stamp: stamp, blob: blob, policy: result.policy, warnings: result.warnings)
            }
        }
        return .loaded(result.policy, result.warnings, size, blob: stamp == nil ? nil : blob)
    }

    /// Size and mtime of a regular file (nil when it cannot be stat'ed: reading will say why).
    public static func fileStamp(_ path: String) -> PolicyStore.FileStamp? {
        FileStamp.of(path)
    }
}
