import PolicyIndex
import PolicyModel
import PolicyStore

/// `search` through the store: the index saved for the same policies (the same ids, blobs and
/// file names, in order, under the same parser) is read back instead of built; otherwise it is
/// built and saved. An index with `category:`/`answer:` filters (keyed by the model of its
/// practices, which are read from the store or extracted and stored) also serves plain
/// queries; one without them serves plain queries only.
enum SavedSearchIndex {
    static func index(_ load: LoadOptions, filters: Bool) async throws -> PolicyIndex {
        let classifier = ClassifierOptions.defaults
        let loaded = try await load.loadCatalog(practicesWith: filters ? classifier : nil)
        let entries = loaded.catalog.entries
        let files = entries.compactMap { entry in
            entry.blob.map { PolicyStore.IndexedFile(id: entry.listing.id, blob: $0, name: PolicyStore.name(of: entry.listing.file)) }
        }
        // Every file must be in the store for its key to name them all.
        let use = files.count == entries.count ? loaded.use : nil
        let model = classifier.modelStamp
        let filtered: [String?] = model.map { [$0] } ?? []
        let listings = entries.map(\.listing.bodiless)
        for stamp in filters ? filtered : [nil] + filtered {
            guard let use else { break }
            // Only the policies of the hits shown are read.
            let found = use.attempt { store throws(StoreError) in
                let key = store.searchIndexKey(files, model: stamp)
                return try store.withSearchIndex(key: key) { bytes in
                    PolicyIndex(decoding: bytes, listings: listings, postings: store.mappedPostings(bytes, key: key)) { p in
                        try? StoredCatalog.policy(entries[p], using: use).get()
                    }
                }
            }
            if let index = found ?? nil { return index }
        }
        let policies = try await loaded.policies(entries)
        var annotations: [String: IndexAnnotations] = [:]
        if filters {
            for (policy, record) in zip(policies, try await loaded.practices(entries)) {
                annotations[policy.id] = SearchAnnotations.annotations(for: policy, record: record)
            }
        }
        let index = await PolicyIndex.build(policies: policies, annotations: annotations)
        if let use, !filters || model != nil {
            _ = use.attempt { store throws(StoreError) in
                try store.save(index, key: store.searchIndexKey(files, model: filters ? model : nil), policies: policies.count)
            }
        }
        return index
    }
}

extension PolicyStore {
    /// Saves `index` under `key`: its postings in a file beside the store (read back mapped, so
    /// a search touches only its terms' pages), the rest in the store; all in the store when
    /// the file cannot be written.
    func save(_ index: PolicyIndex, key: String, policies: Int) throws(StoreError) {
        if let path = searchIndexPostingsPath(key: key), index.writePostings(to: path) {
            try saveSearchIndex(index.encodedWithoutPostings(), key: key, policies: policies)
        } else {
            try saveSearchIndex(index.encoded(), key: key, policies: policies)
        }
    }

    /// The postings file of the index saved under `key`, mapped, when `bytes` say it has one
    /// (nil when it is gone or cannot be mapped: the index is then refused and built again).
    func mappedPostings(_ bytes: UnsafeRawBufferPointer, key: String) -> MappedFile? {
        PolicyIndex.postingsApart(bytes) ? MappedFile(path: searchIndexPostingsFile(key: key)) : nil
    }
}
