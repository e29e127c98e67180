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
                try store.withSearchIndex(key: store.searchIndexKey(files, model: stamp)) { bytes in
                    PolicyIndex(decoding: bytes, listings: listings) { p in try? StoredCatalog.policy(entries[p], using: use).get() }
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
            let bytes = index.encoded()
            _ = use.attempt { store throws(StoreError) in
                try store.saveSearchIndex(bytes, key: store.searchIndexKey(files, model: filters ? model : nil), policies: policies.count)
            }
        }
        return index
    }
}
