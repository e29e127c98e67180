import CSQLite

/// A prepared statement: bind values by 1-based index, step through rows, read columns by
/// 0-based index. Reset it to run it again.
public final class Statement {
    let handle: OpaquePointer
    let database: Database

    init(handle: OpaquePointer, database: Database) {
        self.handle = handle
        self.database = database
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// SQLITE_TRANSIENT: SQLite copies bound text and blobs before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds `values` to the parameters 1, 2, ... after resetting the statement.
    @discardableResult
    public func bind(_ values: SQLValue...) throws(StoreError) -> Statement {
        try bind(all: values)
    }

    /// ``bind(_:)`` with the values in an array.
    @discardableResult
    public func bind(all values: [SQLValue]) throws(StoreError) -> Statement {
        try bindAll(values)
        return self
    }

    /// Advances to the next row: true when there is one, false when the statement is done.
    @discardableResult
    public func step() throws(StoreError) -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = database.error(rc)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Binds `values` and steps to the end (an insert, update or delete).
    public func run(_ values: SQLValue...) throws(StoreError) {
        try bindAll(values)
        while try step() {}
    }

    /// Ends the current run (releasing its read of the database); bind again to rerun.
    public func reset() {
        sqlite3_reset(handle)
    }

    private func bindAll(_ values: [SQLValue]) throws(StoreError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() { try bindOne(value, at: Int32(offset + 1)) }
    }

    private func bindOne(_ value: SQLValue, at index: Int32) throws(StoreError) {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .integer(let n): rc = sqlite3_bind_int64(handle, index, n)
        case .real(let x): rc = sqlite3_bind_double(handle, index, x)
        case .text(let s): rc = sqlite3_bind_text(handle, index, s, -1, Self.transient)
        case .blob(let bytes):
            rc = bytes.withUnsafeBytes { sqlite3_bind_blob64(handle, index, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), UInt64($0.count), Self.transient) }
        }
        guard rc == SQLITE_OK else { throw database.error(rc) }
    }

    public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    public func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    public func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
    public func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    public func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: pointer)
    }

    /// `body` over the column's bytes in place (valid until the statement moves on).
    public func withBlob<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let pointer = sqlite3_column_blob(handle, column) else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return body(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    public func blob(_ column: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let pointer = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }
}

/// A value bound to a statement parameter.
public enum SQLValue: Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public static func int(_ n: Int) -> SQLValue { .integer(Int64(n)) }
    public static func optionalText(_ s: String?) -> SQLValue { s.map { .text($0) } ?? .null }
}
