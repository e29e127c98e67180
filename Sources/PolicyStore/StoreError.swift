/// Why the store could not be used. Each prints as one line that names the file and what to do.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// SQLite could not open the file (a missing or read-only folder, no permission).
    case cannotOpen(path: String, reason: String)
    /// The file is not a policyscope store: corrupt, truncated, or some other database.
    case notAStore(path: String, reason: String)
    /// The store was written by a newer policyscope whose schema this one does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The disk (or the store's page limit) is full.
    case full(path: String)
    /// The file or its folder cannot be written.
    case readOnly(path: String)
    /// Another process holds the store longer than the busy timeout.
    case busy(path: String)
    /// Any other SQLite failure, with SQLite's own message.
    case sqlite(path: String, code: Int32, message: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the store \(path): \(reason)"
        case .notAStore(let path, let reason): "\(path) is not a policyscope store (\(reason))"
        case .newerSchema(let path, let found, let supported):
            "the store \(path) has schema version \(found), written by a newer policyscope; this one reads version \(supported) (use --store FILE or --no-store)"
        case .full(let path): "the store \(path) is full (disk or page limit)"
        case .readOnly(let path): "the store \(path) is read-only"
        case .busy(let path): "the store \(path) is busy (another process holds a lock)"
        case .sqlite(let path, let code, let message): "store \(path): SQLite error \(code): \(message)"
        }
    }
}
