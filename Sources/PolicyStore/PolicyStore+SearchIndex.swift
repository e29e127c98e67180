import CNettle

/// Saved search indexes (``PolicyIndex/encoded()``), so that a warm `search` reads its index
/// instead of building it: each under a key that names the policies it was built over (ids,
/// blobs, file names, in order), the parser, and the model of its filters. The table is made
/// by the first index saved; the two most recent are kept.
extension PolicyStore {
    /// Indexes kept; an older one is dropped when a new one is saved.
    public static let searchIndexesKept = 2

    /// One policy of a saved index, as its key names it.
    public struct IndexedFile: Sendable, Hashable {
        public var id: String
        public var blob: String
        public var name: String

        public init(id: String, blob: String, name: String) {
            self.id = id
            self.blob = blob
            self.name = name
        }
    }

    /// The key of an index over `files`, in that order, under this store's parser stamp;
    /// `model`: the stamp of the practices its `category:`/`answer:` filters came from (nil:
    /// an index without them).
    public func searchIndexKey(_ files: [IndexedFile], model: String?) -> String {
        var context = sha1_ctx()
        nettle_sha1_init(&context)
        func add(_ text: String) {
            let bytes = Array(text.utf8) + [0]
            bytes.withUnsafeBufferPointer { nettle_sha1_update(&context, $0.count, $0.baseAddress) }
        }
        add("policyscope search index")
        add(stamps.parser)
        add(model ?? "-")
        for file in files {
            add(file.id)
            add(file.blob)
            add(file.name)
        }
        var digest = [UInt8](repeating: 0, count: Int(SHA1_DIGEST_SIZE))
        digest.withUnsafeMutableBufferPointer { nettle_sha1_digest(&context, $0.count, $0.baseAddress) }
        return BlobID.hex(digest)
    }

    /// What `read` makes of the index saved under `key` (its bytes where SQLite holds them, for
    /// the call only), nil when there is none.
    public func withSearchIndex<T>(key: String, _ read: (UnsafeRawBufferPointer) -> T?) throws(StoreError) -> T? {
        try locked { db throws(StoreError) in
            guard try Self.hasSearchIndexes(db) else { return nil }
            let statement = try db.prepare("SELECT body FROM search_indexes WHERE key = ?").bind(.text(key))
            guard try statement.step() else { return nil }
            return statement.withBlob(0, read)
        }
    }

    /// Saves an index under `key` over `policies` policies, dropping all but the most recent.
    public func saveSearchIndex(_ bytes: [UInt8], key: String, policies: Int) throws(StoreError) {
        try locked { db throws(StoreError) in
            try db.transaction { () throws(StoreError) in
                try db.execute(Schema.searchIndexes)
                let next = (try db.scalar("SELECT max(written) FROM search_indexes") ?? 0) + 1
                try db.prepare("INSERT OR REPLACE INTO search_indexes(key, written, policies, body) VALUES (?, ?, ?, ?)")
                    .run(.text(key), .integer(next), .int(policies), .blob(bytes))
                try db.prepare("DELETE FROM search_indexes WHERE written <= ?").run(.integer(next - Int64(Self.searchIndexesKept)))
            }
        }
    }

    static func hasSearchIndexes(_ db: Database) throws(StoreError) -> Bool {
        (try db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'search_indexes'") ?? 0) > 0
    }
}
