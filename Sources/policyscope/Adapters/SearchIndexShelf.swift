import Foundation
import PolicyExtraction
import PolicyIndex
import PolicyModel
import PolicyStore
import Synchronization

/// The browser's way to saved search indexes (the `search` command's, `PolicyStore+SearchIndex`)
/// and to the stored practices its filters need. The loader tells it each stored file's blob
/// (``remember(_:)``); loaded policies whose files are all known find the index saved for them
/// under the same key as `search` computes, and an index the browser builds is saved for both.
/// The store is opened on first use, under the fast model's stamps.
final class SearchIndexShelf: Sendable {
    private let storage: StoreOptions
    private let classifier: ClassifierOptions
    private let known = Mutex<[String: String]>([:])
    private let opened = Mutex<(done: Bool, use: StoreUse?)>((false, nil))

    init(storage: StoreOptions, classifier: ClassifierOptions) {
        var fast = classifier
        fast.classifier = .fast
        self.storage = storage
        self.classifier = fast
    }

    /// The blob of each stored file a load listed, by path.
    func remember(_ entries: [PolicyCatalog.Entry]) {
        known.withLock { known in
            for entry in entries { if let blob = entry.blob { known[entry.listing.file] = blob } }
        }
    }

    private func store() -> StoreUse? {
        opened.withLock { state in
            if !state.done {
                state.done = true
                if !storage.noStore { state.use = storage.use(stamps: classifier.stamps, warn: { _ in }) }
            }
            return state.use
        }
    }

    /// What the key names of `policies`, nil when one of them is no stored file.
    private func files(_ policies: [Policy]) -> [PolicyStore.IndexedFile]? {
        known.withLock { known in
            var files: [PolicyStore.IndexedFile] = []
            files.reserveCapacity(policies.count)
            for policy in policies {
                guard let blob = known[policy.file] else { return nil }
                files.append(PolicyStore.IndexedFile(id: policy.id, blob: blob, name: PolicyStore.name(of: policy.file)))
            }
            return files
        }
    }

    /// The model stamp of the practices behind an annotated index.
    private var model: String? { classifier.modelStamp }

    /// The index saved for `policies` (with filters when `annotated`; a plain query also takes
    /// an index with them), nil when none is.
    func saved(for policies: [Policy], annotated: Bool) -> PolicyIndex? {
        guard !policies.isEmpty, let files = files(policies), let use = store() else { return nil }
        let filtered: [String?] = model.map { [$0] } ?? []
        for stamp in annotated ? filtered : [nil] + filtered {
            let found = use.attempt { store throws(StoreError) in
                try store.withSearchIndex(key: store.searchIndexKey(files, model: stamp)) { bytes in
                    PolicyIndex(decoding: bytes, policies: policies)
                }
            }
            if let index = found ?? nil { return index }
        }
        return nil
    }

    /// Saves an index built over `policies`, when they are all stored files.
    func save(_ index: PolicyIndex, for policies: [Policy], annotated: Bool) {
        guard !policies.isEmpty, let files = files(policies), let use = store(), !annotated || model != nil else { return }
        let bytes = index.encoded()
        _ = use.attempt { store throws(StoreError) in
            try store.saveSearchIndex(bytes, key: store.searchIndexKey(files, model: annotated ? model : nil), policies: policies.count)
        }
    }

    /// The stored practices of `policy`, under the current stamps, when its file is unchanged.
    func record(of policy: Policy) -> PracticeRecord? {
        guard let blob = known.withLock({ $0[policy.file] }), let use = store() else { return nil }
        return use.attempt { store throws(StoreError) in
            try store.practiceRecord(blob: blob, name: PolicyStore.name(of: policy.file), id: policy.id, domain: policy.domain)
        } ?? nil
    }
}
