import PolicyModel
import PolicyParsing

/// A folder's catalog kept whole: every file's quick-check stamp, blob and listing in one
/// value, so that a warm catalog of 100,000 files reads one row instead of joining 100,000
/// files to their listings (0.6 s). A file whose stamp still matches is listed from it (the
/// quick check, as for the `files` rows: a listing depends only on the file's bytes, its
/// name and the parser); any other is looked up as before. Made by the first catalog of a
/// folder, made again when a file of it was not served from it; `store prune` and `store
/// clear` drop them all. The table is made by the first one saved: older builds never read it.
extension PolicyStore {
    public struct CatalogSnapshot: Sendable {
        /// One file: its quick-check stamp and its stored listing.
        public struct Row: Sendable {
            public var stamp: FileStamp
            public var stored: StoredListing
        }

        /// The folder as named (the snapshot covers the files found under it).
        public let folder: String
        let rows: [String: Row]

        public var count: Int { rows.count }

        /// `path`'s stored listing when the snapshot holds it under `stamp`.
        func listing(_ path: String, stamp: FileStamp) -> StoredListing? {
            guard let row = rows[path], row.stamp == stamp else { return nil }
            return row.stored
        }
    }

    /// Folders from which a catalog keeps a snapshot.
    public static let catalogSnapshotMinimum = 1024

    static let catalogSnapshotsTable = """
    CREATE TABLE IF NOT EXISTS catalog_snapshots(
        folder TEXT NOT NULL, parser TEXT NOT NULL, body BLOB NOT NULL, PRIMARY KEY(folder, parser));
    """

    /// The snapshot of `folder` under the current parser stamp, nil when there is none (or it
    /// does not decode).
    public func catalogSnapshot(folder: String) throws(StoreError) -> CatalogSnapshot? {
        let bytes: [UInt8]? = try locked { db throws(StoreError) in
            guard try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'catalog_snapshots'") ?? 0 > 0 else { return nil }
            let row = try db.prepare("SELECT body FROM catalog_snapshots WHERE folder = ? AND parser = ?")
                .bind(.text(folder), .text(stamps.parser))
            guard try row.step() else { return nil }
            return row.withBlob(0) { Array($0) }
        }
        return bytes.flatMap(CatalogSnapshotCoding.decode).map { CatalogSnapshot(folder: folder, rows: $0) }
    }

    /// Saves the snapshot of `folder`: `rows`, each a file found under it.
    public func saveCatalogSnapshot(folder: String, rows: [(path: String, row: CatalogSnapshot.Row)]) throws(StoreError) {
        let body = CatalogSnapshotCoding.encode(rows)
        try locked { db throws(StoreError) in
            try db.transaction { () throws(StoreError) in
                try db.execute(Self.catalogSnapshotsTable)
                try db.prepare("INSERT OR REPLACE INTO catalog_snapshots(folder, parser, body) VALUES (?, ?, ?)")
                    .run(.text(folder), .text(stamps.parser), .blob(body))
            }
        }
    }
}
