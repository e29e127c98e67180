import CNettle
import Foundation

/// Saved search indexes (``PolicyIndex/encoded()``), so that a warm `search` reads its index
/// instead of building it: each under a key that names the policies it was built over (ids,
/// blobs, file names, in order), the parser, and the model of its filters, in rows of at most
/// ``searchIndexPart`` bytes. The table is made by the first index saved; the two most recent
/// are kept.
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

    /// A saved index is cut into rows of at most this many bytes (SQLite refuses a value over
    /// 1 GB; 100,000 policies make an index of about that size).
    public static let searchIndexPart = 256 << 20

    /// What `read` makes of the index saved under `key` (its bytes where SQLite holds them when
    /// it is one row, joined in one buffer when several; for the call only), nil when there is
    /// none.
    public func withSearchIndex<T>(key: String, _ read: (UnsafeRawBufferPointer) -> T?) throws(StoreError) -> T? {
        try locked { db throws(StoreError) in
            guard try Self.hasSearchIndexes(db) else { return nil }
            let parts = try db.prepare("SELECT count(*) FROM search_indexes WHERE key = ?").bind(.text(key))
            let count = try parts.step() ? parts.int(0) : 0
            guard count > 0 else { return nil }
            let statement = try db.prepare("SELECT body FROM search_indexes WHERE key = ? ORDER BY part").bind(.text(key))
            if count == 1 {
                guard try statement.step() else { return nil }
                return statement.withBlob(0, read)
            }
            var joined: [UInt8] = []
            while try statement.step() { statement.withBlob(0) { joined.append(contentsOf: $0) } }
            return joined.withUnsafeBytes(read)
        }
    }

    /// Saves an index under `key` over `policies` policies (in rows of `part` bytes), dropping
    /// all but the most recent.
    public func saveSearchIndex(_ bytes: [UInt8], key: String, policies: Int, part: Int = searchIndexPart) throws(StoreError) {
        try locked { db throws(StoreError) in
            try db.transaction { () throws(StoreError) in
                // A table of an earlier layout (one row an index) is only a cache: start it afresh.
                if try !Self.hasSearchIndexes(db) { try db.execute("DROP TABLE IF EXISTS search_indexes") }
                try db.execute(Schema.searchIndexes)
                let next = (try db.scalar("SELECT max(written) FROM search_indexes") ?? 0) + 1
                try db.prepare("DELETE FROM search_indexes WHERE key = ?").run(.text(key))
                let insert = try db.prepare("INSERT INTO search_indexes(key, part, written, policies, body) VALUES (?, ?, ?, ?, ?)")
                var start = 0, number = 0
                repeat {
                    let end = min(bytes.count, start + max(1, part))
                    try insert.run(.text(key), .int(number), .integer(next), .int(policies), .blob(Array(bytes[start..<end])))
                    insert.reset()
                    start = end
                    number += 1
                } while start < bytes.count
                try db.prepare("DELETE FROM search_indexes WHERE written <= ?").run(.integer(next - Int64(Self.searchIndexesKept)))
            }
        }
        removeIndexFiles(keeping: (try? savedSearchIndexKeys()) ?? [key])
    }

    /// The folder beside the store that holds saved indexes' files.
    public var searchIndexFolder: String { "\(path).indexes" }

    /// Where the postings of the index saved under `key` lie (``PolicyIndex/writePostings(to:)``).
    public func searchIndexPostingsFile(key: String) -> String { "\(searchIndexFolder)/\(key).postings" }

    /// Where the rest of the index saved under `key` lies when it is kept in a file too
    /// (``PolicyIndex/writeHead(to:)``), the store's row then saying only so.
    public func searchIndexHeadFile(key: String) -> String { "\(searchIndexFolder)/\(key).head" }

    /// ``searchIndexFolder`` made when missing; false when it cannot be made.
    public func makeSearchIndexFolder() -> Bool {
        do {
            try FileManager.default.createDirectory(atPath: searchIndexFolder, withIntermediateDirectories: true)
        } catch {
            return false
        }
        return true
    }

    /// Bytes of the index files beside the store.
    var indexFileBytes: Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: searchIndexFolder)) ?? []
        return names.reduce(0) { total, name in
            let size = (try? FileManager.default.attributesOfItem(atPath: "\(searchIndexFolder)/\(name)")[.size] as? Int) ?? 0
            return total + size
        }
    }

    /// Removes the files of indexes no longer saved (every one when `keeping` is empty) and
    /// temporary files left by a writer that stopped.
    func removeIndexFiles(keeping: Set<String>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: searchIndexFolder)) ?? []
        for name in names {
            let parts = name.split(separator: ".")
            let key = parts.first.map(String.init) ?? ""
            let stale: Bool
            switch parts.last {
            case "postings", "head": stale = !keeping.contains(key)
            // KEY.KIND.PID.tmp: another process may be writing it still.
            case "tmp": stale = parts.count >= 2 && !Self.isRunning(pid: parts[parts.count - 2])
            default: stale = false
            }
            if stale { try? FileManager.default.removeItem(atPath: "\(searchIndexFolder)/\(name)") }
        }
    }

    /// Whether a process `pid` (a file name's decimal part) runs on this machine.
    private static func isRunning(pid: Substring) -> Bool {
        guard let number = Int32(pid), number > 0 else { return false }
        return kill(number, 0) == 0 || errno == EPERM
    }

    /// The keys of the indexes saved.
    func savedSearchIndexKeys() throws(StoreError) -> Set<String> {
        try locked { db throws(StoreError) in
            guard try Self.hasSearchIndexes(db) else { return [] }
            let rows = try db.prepare("SELECT DISTINCT key FROM search_indexes")
            var keys: Set<String> = []
            while try rows.step() { if let key = rows.text(0) { keys.insert(key) } }
            return keys
        }
    }

    /// Whether the table is there, in this layout (rows of parts).
    static func hasSearchIndexes(_ db: Database) throws(StoreError) -> Bool {
        (try db.scalar("SELECT count(*) FROM pragma_table_info('search_indexes') WHERE name = 'part'") ?? 0) > 0
    }
}
