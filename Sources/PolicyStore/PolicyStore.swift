import Foundation

/// The persistent store: one SQLite file of parsed policies and their practices, keyed by the
/// git blob id of each source version (see docs/STORE.md). One connection, used under a lock,
/// so one value may be shared by the tasks of one process; other processes open their own
/// (WAL mode: readers and one writer at a time, without blocking each other's reads).
public final class PolicyStore: @unchecked Sendable {
    /// The schema version this build reads and writes.
    public static let schemaVersion = Schema.version

    public let path: String
    public let stamps: Stamps
    let database: Database
    private let lock = NSLock()

    /// Opens the store at `path`, creating the file and its folder when missing.
    /// - Parameter pageLimit: `PRAGMA max_page_count` for this connection (tests fill the
    ///   "disk" with it); nil leaves SQLite's default.
    /// - Throws: ``StoreError/newerSchema(path:found:supported:)`` for a newer store,
    ///   ``StoreError/notAStore(path:reason:)`` for a corrupt, truncated or foreign file, and
    ///   the open errors.
    public init(path: String, stamps: Stamps = Stamps(), pageLimit: Int? = nil) throws(StoreError) {
        self.path = path
        self.stamps = stamps
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create the folder \(folder)")
            }
        }
        try StoreFile.checkHeader(path)
        database = try Database(path: path)
        try prepareSchema()
        if let pageLimit { try database.execute("PRAGMA max_page_count = \(pageLimit)") }
    }

    /// Runs `body` with the connection, one caller at a time.
    func locked<T>(_ body: (Database) throws(StoreError) -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(database)
    }

    private static func dropTables(_ db: Database) throws(StoreError) {
        let names = try db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        var tables: [String] = []
        while try names.step() { tables.append(names.text(0) ?? "") }
        for table in tables { try db.execute("DROP TABLE IF EXISTS \"\(table)\"") }
    }

    /// WAL mode (kept in the file once set). Switching needs the file to itself for a
    /// moment, so a first open beside another process waits for it a little.
    private func useWriteAheadLog() throws(StoreError) {
        for attempt in 0..<40 {
            do throws(StoreError) {
                let mode = try database.prepare("PRAGMA journal_mode = WAL")
                if try mode.step(), mode.text(0)?.lowercased() == "wal" { return }
            } catch .busy {
                if attempt == 39 { throw .busy(path: path) }
            }
            usleep(50_000)
        }
        throw .busy(path: path)
    }

    private func prepareSchema() throws(StoreError) {
        let db = database
        // Reading the schema is the first touch of the file: a foreign file fails here.
        let tables = try db.scalar("SELECT count(*) FROM sqlite_master") ?? 0
        let found = Int(try db.scalar("PRAGMA user_version") ?? 0)
        if found > Schema.version {
            throw .newerSchema(path: path, found: found, supported: Schema.version)
        }
        if tables > 0 {
            let application = try? db.prepare("SELECT value FROM meta WHERE key = 'application'")
            guard let application, try application.step(), application.text(0) == Schema.application else {
                throw .notAStore(path: path, reason: "a SQLite database of some other program")
            }
        }
        try useWriteAheadLog()
        try db.execute("PRAGMA synchronous = NORMAL")
        if found < Schema.version {
            try db.transaction { () throws(StoreError) in
                // An older layout is only a cache of what the files say: start it afresh.
                if tables > 0 { try Self.dropTables(db) }
                try db.execute(Schema.create)
                try db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('application', ?)").run(.text(Schema.application))
                try db.execute("PRAGMA user_version = \(Schema.version)")
            }
        }
    }
}
