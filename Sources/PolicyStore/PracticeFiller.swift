import Foundation
import PolicyExtraction
import PolicyModel

/// Computes and stores the practices of loaded policies that the store does not hold under
/// the current stamps (each policy in its own transaction), in parallel.
public enum PracticeFiller {
    /// How many policies needed practices, and how many were stored.
    public struct Outcome: Sendable, Equatable {
        public var computed: Int
        public var reused: Int
    }

    /// - Parameter progress: after each policy, (done, in all, bytes of the policies done).
    public static func fill(
        _ policies: [Policy], store: PolicyStore, extractor: PracticeExtractor,
        progress: (@Sendable (Int, Int, Int) -> Void)? = nil
    ) async throws(StoreError) -> Outcome {
        var todo: [(policy: Policy, blob: String, name: String, size: Int)] = []
        for policy in policies {
            guard let stamp = StoredLoader.fileStamp(policy.file),
                  let blob = try store.knownBlob(path: policy.file, stamp: stamp) else { continue }
            let name = PolicyStore.name(of: policy.file)
            if try !store.hasPractices(blob: blob, name: name) { todo.append((policy, blob, name, stamp.size)) }
        }
        let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let failure: StoreError? = await withTaskGroup(of: (Int, StoreError?).self) { group in
            var next = 0, done = 0, bytes = 0
            var failure: StoreError?
            func add() {
                guard next < todo.count, failure == nil else { return }
                let item = todo[next]
                next += 1
                group.addTask {
                    let practices = extractor.extract(item.policy)
                    do throws(StoreError) {
                        try store.savePractices(practices, of: item.policy, blob: item.blob, name: item.name)
                        return (item.size, nil)
                    } catch {
                        return (item.size, error)
                    }
                }
            }
            for _ in 0..<width { add() }
            while let (size, error) = await group.next() {
                if let error, failure == nil { failure = error }
                done += 1
                bytes += size
                progress?(done, todo.count, bytes)
                add()
            }
            return failure
        }
        if let failure { throw failure }
        return Outcome(computed: todo.count, reused: policies.count - todo.count)
    }
}
