import Foundation
import PolicyExtraction
import PolicyModel

/// Computes and stores the practices of catalog entries that the store does not hold under the
/// current stamps (each policy in its own transaction), in parallel. Only those bodies are
/// decoded, so adding a few files to a large ingested folder costs about those files' work.
public enum PracticeFiller {
    /// How many policies needed practices, and how many were stored.
    public struct Outcome: Sendable, Equatable {
        public var computed: Int
        public var reused: Int
    }

    /// - Parameter progress: after each policy, (done, in all, bytes of the policies done).
    public static func fill(
        _ entries: [PolicyCatalog.Entry], store: PolicyStore, extractor: PracticeExtractor,
        progress: (@Sendable (Int, Int, Int) -> Void)? = nil
    ) async throws(StoreError) -> Outcome {
        var todo: [(entry: PolicyCatalog.Entry, blob: String, name: String, size: Int)] = []
        for entry in entries {
            guard let blob = entry.blob else { continue }
            let name = PolicyStore.name(of: entry.listing.file)
            if try !store.hasPractices(blob: blob, name: name) {
                todo.append((entry, blob, name, StoredLoader.fileStamp(entry.listing.file)?.size ?? 0))
            }
        }
        let jobs = todo
        let failure = FirstFailure()
        let use = StoreUse(store, warn: { _ in })
        var done = 0, bytes = 0
        _ = await Parallel.map(jobs.count, { k in
            let item = jobs[k]
            // After a failure (a full disk) the rest is skipped, not extracted for nothing.
            guard !failure.happened, case .success(let policy) = StoredCatalog.policy(item.entry, using: use) else { return }
            do throws(StoreError) {
                try store.savePractices(extractor.extract(policy), of: policy, blob: item.blob, name: item.name)
            } catch {
                failure.record(error)
            }
        }) { k, _ in
            done += 1
            bytes += jobs[k].size
            progress?(done, jobs.count, bytes)
        }
        if let error = failure.error { throw error }
        return Outcome(computed: todo.count, reused: entries.count - todo.count)
    }
}

/// The first store error met by parallel jobs.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: StoreError?

    var error: StoreError? { lock.withLock { first } }
    var happened: Bool { error != nil }

    func record(_ error: StoreError) {
        lock.withLock { if first == nil { first = error } }
    }
}
