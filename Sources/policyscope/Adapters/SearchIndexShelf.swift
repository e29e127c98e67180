import Foundation
import PolicyExtraction
import PolicyIndex
import PolicyModel
import PolicyStore
import Synchronization

/// The browser's way to saved search indexes (the `search` command's, `PolicyStore+SearchIndex`)
/// and to the stored practices its filters need. The loader tells it each stored file's entry
/// (``remember(_:)``); loaded policies whose files are all known find the index saved for them
/// under the same key as `search` computes, and an index the browser builds is saved for both.
/// Policies listed without their text are searched through such an index, which reads the
/// texts of the hits it shows from the store. The store is opened on first use, under the fast
/// model's stamps.
final class SearchIndexShelf: Sendable {
    private let storage: StoreOptions
    private let classifier: ClassifierOptions
    /// Stored files' entries (their blob, and how to read their text), by path.
    private let known = Mutex<Known>(Known())
    /// The last ``files(_:)`` found for all of a set of policies, by the set's fingerprint.
    private let lastFiles = Mutex<(fingerprint: Fingerprint, files: [PolicyStore.IndexedFile])?>(nil)
    private let opened = Mutex<(done: Bool, use: StoreUse?)>((false, nil))

    init(storage: StoreOptions, classifier: ClassifierOptions) {
        var fast = classifier
        fast.classifier = .fast
        self.storage = storage
        self.classifier = fast
    }

    /// The stored files loads listed, and how many times they were told.
    private struct Known {
        var entries: [String: PolicyCatalog.Entry] = [:]
        var generation = 0
    }

    /// What ``files(_:)`` was asked about: the policies' files and ids, hashed, and the
    /// generation of the stored files it looked them up in.
    private struct Fingerprint: Equatable {
        var count: Int
        var hash: UInt64
        var generation: Int

        init(_ policies: [Policy], generation: Int) {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            // Eight bytes a step, then the rest and the length (so "ab" + "c" is not "a" + "bc").
            func mix(_ word: UInt64) { hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD; hash ^= hash >> 32 }
            func add(_ text: String) {
                var text = text
                text.withUTF8 { bytes in
                    let raw = UnsafeRawBufferPointer(bytes)
                    var i = 0
                    while i + 8 <= raw.count {
                        mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                        i += 8
                    }
                    var last: UInt64 = 0
                    while i < raw.count { last = last << 8 | UInt64(raw[i]); i += 1 }
                    mix(last)
                    mix(UInt64(raw.count))
                }
            }
            for policy in policies {
                add(policy.file)
                add(policy.id)
            }
            count = policies.count
            self.hash = hash
            self.generation = generation
        }
    }

    /// The stored files a load listed.
    func remember(_ entries: [PolicyCatalog.Entry]) {
        known.withLock { known in
            known.entries.reserveCapacity(known.entries.count + entries.count)
            for entry in entries where entry.blob != nil { known.entries[entry.listing.file] = entry }
            known.generation += 1
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

    /// What the key names of `policies`, nil when one of them is no stored file. The last
    /// answer is kept: a search asks about the same 100,000 policies more than once (a look-up
    /// of each costs ten times hashing them).
    private func files(_ policies: [Policy]) -> [PolicyStore.IndexedFile]? {
        let fingerprint = Fingerprint(policies, generation: known.withLock { $0.generation })
        if let last = lastFiles.withLock({ $0 }), last.fingerprint == fingerprint { return last.files }
        let found: [PolicyStore.IndexedFile]? = known.withLock { known in
            guard known.generation == fingerprint.generation else { return nil }
            var files: [PolicyStore.IndexedFile] = []
            files.reserveCapacity(policies.count)
            for policy in policies {
                guard let blob = known.entries[policy.file]?.blob else { return nil }
                files.append(PolicyStore.IndexedFile(id: policy.id, blob: blob, name: PolicyStore.name(of: policy.file)))
            }
            return files
        }
        if let found { lastFiles.withLock { $0 = (fingerprint, found) } }
        return found
    }

    /// The model stamp of the practices behind an annotated index.
    private var model: String? { classifier.modelStamp }

    /// The model stamps of the indexes that serve a query with filters (`annotated`) or
    /// without (which an index with them serves too).
    private func stamps(annotated: Bool) -> [String?] {
        let filtered: [String?] = model.map { [$0] } ?? []
        return annotated ? filtered : [nil] + filtered
    }

    /// The index saved for `policies` (with filters when `annotated`), nil when none is. Over
    /// policies listed without their text, a hit's text is read from the store.
    func saved(for policies: [Policy], annotated: Bool) -> PolicyIndex? {
        guard !policies.isEmpty, let files = files(policies), let use = store() else { return nil }
        let listed = policies.contains(where: \.isBodiless)
        let text = listed ? textReader(for: policies, use: use) : nil
        for stamp in stamps(annotated: annotated) {
            let found = use.attempt { store throws(StoreError) in
                let key = store.searchIndexKey(files, model: stamp)
                return try store.withSavedIndex(key: key) { saved in
                    guard let text else { return saved.index(policies: policies) }
                    return saved.index(listings: policies, text: text)
                }
            }
            if let index = found ?? nil { return index }
        }
        return nil
    }

    /// Policy `p`'s whole text, `policies[p]` itself when it has one, else read from the store
    /// (under the id the browser knows it by); nil when it cannot be read.
    func textReader(for policies: [Policy]) -> (@Sendable (Int) -> Policy?)? {
        store().map { textReader(for: policies, use: $0) }
    }

    private func textReader(for policies: [Policy], use: StoreUse) -> @Sendable (Int) -> Policy? {
        let entries = known.withLock { known in policies.map { $0.isBodiless ? known.entries[$0.file] : nil } }
        return { p in
            guard policies[p].isBodiless, let entry = entries[p] else { return policies[p] }
            guard var policy = try? StoredCatalog.policy(entry, using: use).get() else { return nil }
            policy.id = policies[p].id
            return policy
        }
    }

    /// Whether the texts of `policies` not in yet can be read here: each is a stored file.
    func reads(_ policies: [Policy]) -> Bool {
        guard store() != nil else { return false }
        // Every policy a stored file: what a search through a saved index asks for anyway.
        if files(policies) != nil { return true }
        return known.withLock { known in policies.allSatisfy { !$0.isBodiless || known.entries[$0.file] != nil } }
    }

    /// `policies` with the texts of those listed without one read from the store, and how
    /// many could not be read (they stay empty); `progress` hears how many of how many were read.
    func texts(of policies: [Policy], progress: @escaping @Sendable (Int, Int) -> Void) -> (policies: [Policy], unread: Int) {
        let missing = policies.indices.filter { policies[$0].isBodiless }
        guard !missing.isEmpty, let use = store() else { return (policies, 0) }
        let entries = known.withLock { known in missing.map { known.entries[policies[$0].file] } }
        let step = max(1, missing.count / 100)
        let read = IndexPolicySearcher.blocking {
            await Parallel.map(missing.count) { k -> Policy? in
                if k % step == 0 { progress(k, missing.count) }
                guard let entry = entries[k], var policy = try? StoredCatalog.policy(entry, using: use).get() else { return nil }
                policy.id = policies[missing[k]].id
                return policy
            }
        }
        var whole = policies
        for (k, index) in missing.enumerated() { if let policy = read[k] { whole[index] = policy } }
        return (whole, read.filter { $0 == nil }.count)
    }

    /// Saves an index built over `policies`, when they are all stored files.
    func save(_ index: PolicyIndex, for policies: [Policy], annotated: Bool) {
        guard !policies.isEmpty, let files = files(policies), let use = store(), !annotated || model != nil else { return }
        _ = use.attempt { store throws(StoreError) in
            try store.save(index, key: store.searchIndexKey(files, model: annotated ? model : nil), policies: policies.count)
        }
    }

    /// The stored practices of `policy`, under the current stamps, when its file is unchanged.
    func record(of policy: Policy) -> PracticeRecord? {
        guard let blob = known.withLock({ $0.entries[policy.file]?.blob }), let use = store() else { return nil }
        return use.attempt { store throws(StoreError) in
            try store.practiceRecord(blob: blob, name: PolicyStore.name(of: policy.file), id: policy.id, domain: policy.domain)
        } ?? nil
    }
}
