import CSQLite

/// One SQLite connection. Not shared between threads: each user opens its own (WAL lets
/// several connections, in one process or several, read while one writes).
public final class Database {
    let handle: OpaquePointer
    public let path: String

    /// Opens (and creates) the database at `path`; `readOnly` opens without creating.
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            if let db { sqlite3_close_v2(db) }
            throw .cannotOpen(path: path, reason: message)
        }
        handle = db
        self.path = path
        sqlite3_busy_timeout(db, 5_000)
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that take no parameters and return nothing wanted.
    public func execute(_ sql: String) throws(StoreError) {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(message)
            throw error(rc, text)
        }
    }

    /// A prepared statement.
    public func prepare(_ sql: String) throws(StoreError) -> Statement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc) }
        return Statement(handle: statement, database: self)
    }

    /// Runs `body` inside one transaction: all of it is written, or none of it.
    public func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The first column of the first row of `sql`, as an integer (nil when there is no row).
    public func scalar(_ sql: String) throws(StoreError) -> Int64? {
        let statement = try prepare(sql)
        return try statement.step() ? statement.int64(0) : nil
    }

    /// A typed error for a failed call, from SQLite's result code and message.
    func error(_ rc: Int32, _ message: String? = nil) -> StoreError {
        let text = message ?? String(cString: sqlite3_errmsg(handle))
        switch rc & 0xFF {
        case SQLITE_CORRUPT, SQLITE_NOTADB: return .notAStore(path: path, reason: text)
        case SQLITE_FULL: return .full(path: path)
        case SQLITE_READONLY: return .readOnly(path: path)
        case SQLITE_BUSY, SQLITE_LOCKED: return .busy(path: path)
        case SQLITE_CANTOPEN, SQLITE_PERM: return .cannotOpen(path: path, reason: text)
        default: return .sqlite(path: path, code: rc, message: text)
        }
    }
}
