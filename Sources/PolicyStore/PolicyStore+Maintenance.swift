import Foundation

/// `policyscope store info|clear|prune`.
extension PolicyStore {
    /// What the store holds.
    public struct Info: Sendable, Equatable {
        public var path: String
        /// The database file with its write-ahead log.
        public var bytes: Int
        public var files: Int
        public var policies: Int
        /// Parsed policies under the current parser stamp.
        public var currentPolicies: Int
        public var practices: Int
        /// Practices under the current parser and model stamps, per classifier (`fast`, and
        /// `deep` when its model is among the kept ones).
        public var currentPractices: [String: Int]
        public var answers: Int
        public var spans: Int
        public var schema: Int
        /// Saved search indexes and their bytes.
        public var searchIndexes: Int
        public var searchIndexBytes: Int
        /// Folders' catalog snapshots (any parser) and their bytes.
        public var catalogSnapshots: Int
        public var catalogSnapshotBytes: Int
    }

    /// The model stamp under which each classifier's practices are current.
    private var currentModels: [String: String] {
        var current = stamps.keptModels
        current[stamps.classifier] = stamps.model ?? ""
        return current
    }

    public func info() throws(StoreError) -> Info {
        let bytes = ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
        return try locked { db throws(StoreError) in
            func currentPractices() throws(StoreError) -> [String: Int] {
                var counts: [String: Int] = [:]
                for (classifier, model) in currentModels {
                    counts[classifier] = try count("SELECT count(*) FROM practices WHERE classifier = ? AND parser = ? AND model = ?",
                                                   .text(classifier), .text(stamps.parser), .text(model))
                }
                return counts
            }
            func count(_ sql: String, _ values: SQLValue...) throws(StoreError) -> Int {
                let statement = try db.prepare(sql).bind(all: values)
                return try statement.step() ? statement.int(0) : 0
            }
            let hasSnapshots = try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'catalog_snapshots'") ?? 0 > 0
            return Info(
                path: path, bytes: bytes,
                files: try count("SELECT count(*) FROM files"),
                policies: try count("SELECT count(*) FROM policies"),
                currentPolicies: try count("SELECT count(*) FROM policies WHERE parser = ?", .text(stamps.parser)),
                practices: try count("SELECT count(*) FROM practices"),
                currentPractices: try currentPractices(),
                answers: try count("SELECT count(*) FROM answers"),
                spans: try count("SELECT count(*) FROM spans"),
                schema: Int(try db.scalar("PRAGMA user_version") ?? 0),
                searchIndexes: try Self.hasSearchIndexes(db) ? count("SELECT count(DISTINCT key) FROM search_indexes") : 0,
                searchIndexBytes: try Self.hasSearchIndexes(db) ? count("SELECT coalesce(sum(length(body)), 0) FROM search_indexes") + indexFileBytes : 0,
                catalogSnapshots: try hasSnapshots ? count("SELECT count(*) FROM catalog_snapshots") : 0,
                catalogSnapshotBytes: try hasSnapshots ? count("SELECT coalesce(sum(length(body)), 0) FROM catalog_snapshots") : 0)
        }
    }

    /// Empties every table (the file stays, a valid empty store).
    public func clear() throws(StoreError) {
        try locked { db throws(StoreError) in
            try db.transaction { () throws(StoreError) in
                try db.execute("DELETE FROM files; DELETE FROM policies; DELETE FROM practices; DELETE FROM answers; DELETE FROM evidence; DELETE FROM spans;")
                try db.execute("DROP TABLE IF EXISTS search_indexes; DROP TABLE IF EXISTS catalog_snapshots;")
            }
            try db.execute("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;")
        }
        removeIndexFiles(keeping: [])
    }

    /// What ``prune()`` removed.
    public struct Pruned: Sendable, Equatable {
        public var files: Int
        public var versions: Int
    }

    /// Drops the files that no longer exist, then every parse and practice of a blob that no
    /// remaining file holds, or that was made under other stamps than the current ones, and
    /// the saved search indexes (the next search builds its own again) and catalog snapshots.
    public func prune(exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) throws(StoreError) -> Pruned {
        let result = try locked { db throws(StoreError) in
            let paths = try db.prepare("SELECT path FROM files")
            var gone: [String] = []
            while try paths.step() {
                if let path = paths.text(0), !exists(path) { gone.append(path) }
            }
            return try db.transaction { () throws(StoreError) in
                let delete = try db.prepare("DELETE FROM files WHERE path = ?")
                for path in gone { try delete.run(.text(path)) }
                let before = Int(try db.scalar("SELECT count(*) FROM policies") ?? 0)
                let orphan = "blob NOT IN (SELECT blob FROM files)"
                try db.prepare("DELETE FROM policies WHERE \(orphan) OR parser != ?").run(.text(stamps.parser))
                try db.prepare("DELETE FROM practices WHERE \(orphan) OR parser != ?").run(.text(stamps.parser))
                // Each classifier's rows are current under its own model stamp.
                let current = currentModels
                let classifiers = try db.prepare("SELECT DISTINCT classifier FROM practices")
                var found: [String] = []
                while try classifiers.step() { if let c = classifiers.text(0) { found.append(c) } }
                classifiers.reset()
                for classifier in found {
                    try db.prepare("DELETE FROM practices WHERE classifier = ? AND model != ?")
                        .run(.text(classifier), .text(current[classifier] ?? ""))
                }
                let kept = "(blob, name, classifier) IN (SELECT blob, name, classifier FROM practices)"
                try db.execute("DELETE FROM answers WHERE NOT \(kept); DELETE FROM evidence WHERE NOT \(kept); DELETE FROM spans WHERE NOT \(kept);")
                try db.execute("DROP TABLE IF EXISTS search_indexes; DROP TABLE IF EXISTS catalog_snapshots;")
                let after = Int(try db.scalar("SELECT count(*) FROM policies") ?? 0)
                return Pruned(files: gone.count, versions: before - after)
            }
        }
        try locked { db throws(StoreError) in try db.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
        removeIndexFiles(keeping: [])
        return result
    }
}
