import Foundation
import PolicyExtraction
import PolicyModel
import PolicyStore

/// The browser's way to the practice records in the store: found by a policy's file (the quick
/// check gives its blob id), read under the current parser and model stamps, written when the
/// browser computed them. Opened on first use; store faults are left to the loader's warnings.
final class StoredRecords: @unchecked Sendable {
    private let storage: StoreOptions
    /// The models whose practices are kept (their stamps: ``ClassifierOptions/stamps``).
    private let classifier: ClassifierOptions
    private let lock = NSLock()
    private var opened = false
    private var use: StoreUse?

    init(storage: StoreOptions, classifier: ClassifierOptions) {
        self.storage = storage
        self.classifier = classifier
    }

    private func store() -> StoreUse? {
        lock.withLock {
            if !opened {
                opened = true
                if !storage.noStore, classifier.modelStamp != nil {
                    use = storage.use(stamps: classifier.stamps, warn: { _ in })
                }
            }
            return use
        }
    }

    /// The stored record of `policy`, with its id and domain, when its file is unchanged.
    func record(of policy: Policy) -> PracticeRecord? {
        guard let use = store(), let stamp = StoredLoader.fileStamp(policy.file) else { return nil }
        return use.attempt { store throws(StoreError) in
            try store.knownBlob(path: policy.file, stamp: stamp).flatMap { blob throws(StoreError) in
                try store.practiceRecord(blob: blob, name: PolicyStore.name(of: policy.file), id: policy.id, domain: policy.domain)
            }
        } ?? nil
    }

    /// Stores what the browser computed for `policy`, when its file is in the store.
    func save(_ practices: PolicyPractices, of policy: Policy) {
        guard let use = store(), let stamp = StoredLoader.fileStamp(policy.file) else { return }
        _ = use.attempt { store throws(StoreError) in
            guard let blob = try store.knownBlob(path: policy.file, stamp: stamp) else { return }
            try store.savePractices(practices, of: policy, blob: blob, name: PolicyStore.name(of: policy.file))
        }
    }
}
