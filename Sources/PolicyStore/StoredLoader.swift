import Foundation
import PolicyModel
import PolicyParsing

/// Loads policies as ``PolicyLoader/load(_:progress:)`` does (same files, order, ids and
/// problems), reading each from the store when it is there under the current parser stamp
/// and storing each one it has to parse.
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
        let found = PolicyLoader.discover(paths)
        var slots = [Outcome?](repeating: nil, count: found.files.count)
        let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0, done = 0, bytes = 0
            func add() {
                guard next < found.files.count else { return }
                let index = next, path = found.files[index]
                next += 1
                group.addTask { (index, loadFile(path, use: use)) }
            }
            for _ in 0..<width { add() }
            while let (index, outcome) = await group.next() {
                slots[index] = outcome
                done += 1
                if case .loaded(_, _, let size) = outcome { bytes += size }
                progress?(done, found.files.count, bytes)
                add()
            }
        }
        var policies: [Policy] = []
        var problems = found.problems
        for (path, slot) in zip(found.files, slots) {
            switch slot {
            case .loaded(let policy, let warnings, _)?:
                policies.append(policy)
                problems += warnings.map { LoadProblem(path: path, message: $0, isError: false) }
            case .failed(let error)?:
                problems.append(LoadProblem(path: path, message: error.description, isError: true))
            case nil:
                break
            }
        }
        PolicyLoader.uniquingIDs(&policies)
        return .assembled(policies: policies, problems: problems)
    }

    enum Outcome: Sendable {
        /// The policy, its warnings, and the bytes read from disk (0 when the store had it).
        case loaded(Policy, [String], Int)
        case failed(LoadError)
    }

    /// One file: from the store by the quick check, else read, hashed, and taken from the
    /// store by blob id or parsed and stored.
    static func loadFile(_ path: String, use: StoreUse) -> Outcome {
        let name = PolicyStore.name(of: path)
        let stamp = fileStamp(path)
        if let stamp,
           let stored = use.attempt({ store throws(StoreError) in
               try store.knownBlob(path: path, stamp: stamp).flatMap { blob throws(StoreError) in try store.parsed(blob: blob, name: name) }
           }) ?? nil,
           let policy = PolicyCoding.decode(stored.body, file: path) {
            return .loaded(policy, stored.warnings, 0)
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
            return .loaded(policy, stored.warnings, bytes.count)
        }
        let result: PolicyParser.Result
        do {
            result = try PolicyParser.parse(bytes, file: path)
        } catch {
            return .failed(error)
        }
        if let stamp {
            _ = use.attempt { store throws(StoreError) in
                try store.save(path: path, stamp: stamp, blob: blob, policy: result.policy, warnings: result.warnings)
            }
        }
        return .loaded(result.policy, result.warnings, bytes.count)
    }

    /// Size and mtime of a regular file (nil when it cannot be stat'ed: reading will say why).
    static func fileStamp(_ path: String) -> PolicyStore.FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return PolicyStore.FileStamp(size: Int(info.st_size), mtimeNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
