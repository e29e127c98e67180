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
                return try store.withSavedIndex(key: key) { saved in
                    saved.index(listings: listings) { p in try? StoredCatalog.policy(entries[p], using: use).get() }
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
    /// A row of an index kept in files beside the store: this, then the head file's byte count.
    static let headApartMagic: [UInt8] = Array("PSIH".utf8)

    /// Saves `index` under `key`: in two files beside the store (its postings, then the rest),
    /// read back mapped, so that a search touches only its terms' pages and the rest is copied
    /// once; the store's row says only that. When the files cannot be written, the rest is
    /// kept in the row, or the whole index is.
    func save(_ index: PolicyIndex, key: String, policies: Int) throws(StoreError) {
        guard makeSearchIndexFolder(), index.writePostings(to: searchIndexPostingsFile(key: key)) else {
            return try saveSearchIndex(index.encoded(), key: key, policies: policies)
        }
        guard let count = index.writeHead(to: searchIndexHeadFile(key: key)) else {
            return try saveSearchIndex(index.encodedWithoutPostings(), key: key, policies: policies)
        }
        var row = Self.headApartMagic
        withUnsafeBytes(of: UInt64(count).littleEndian) { row += $0 }
        try saveSearchIndex(row, key: key, policies: policies)
    }

    /// What `read` makes of the index saved under `key` (from the store's row, or from its
    /// files mapped); nil when there is none, or a file it needs is gone, cannot be mapped or
    /// is not the size the row says (the index is then refused and built again).
    func withSavedIndex<T>(key: String, _ read: (SavedIndexBytes) -> T?) throws(StoreError) -> T? {
        let row = try withSearchIndex(key: key) { bytes -> Row? in
            guard bytes.count == 12, Array(bytes[0..<4]) == Self.headApartMagic else {
                let postings = PolicyIndex.postingsApart(bytes) ? MappedFile(path: searchIndexPostingsFile(key: key)) : nil
                return .index(read(.row(bytes, postings: postings)))
            }
            return .headFile(count: Int(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 4, as: UInt64.self))))
        }
        switch row {
        case nil: return nil
        case .index(let index): return index
        case .headFile(let count):
            guard let head = MappedFile(path: searchIndexHeadFile(key: key)), head.count == count,
                  let postings = MappedFile(path: searchIndexPostingsFile(key: key)) else { return nil }
            return read(.files(head: head, postings: postings))
        }
    }
}

/// Where a saved index lies: in the store's row (its postings perhaps in a file), or in two
/// files mapped.
enum SavedIndexBytes {
    case row(UnsafeRawBufferPointer, postings: MappedFile?)
    case files(head: MappedFile, postings: MappedFile)

    /// The index over `policies`.
    func index(policies: [Policy]) -> PolicyIndex? {
        switch self {
        case .row(let bytes, let postings): PolicyIndex(decoding: bytes, policies: policies, postings: postings)
        case .files(let head, let postings): PolicyIndex(decodingHead: head, policies: policies, postings: postings)
        }
    }

    /// The index over `listings`, a hit's text read by `text`.
    func index(listings: [Policy], text: @escaping @Sendable (Int) -> Policy?) -> PolicyIndex? {
        switch self {
        case .row(let bytes, let postings): PolicyIndex(decoding: bytes, listings: listings, postings: postings, text: text)
        case .files(let head, let postings): PolicyIndex(decodingHead: head, listings: listings, postings: postings, text: text)
        }
    }
}

/// What a saved index's row gave: the index read from it, or the size of its head file.
private enum Row<T> {
    case index(T?)
    case headFile(count: Int)
}
