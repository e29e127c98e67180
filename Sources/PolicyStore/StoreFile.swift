import Foundation

/// The store file on disk, before SQLite reads it: the default place, a cheap check of the
/// header (a truncated file is caught here, not half-way through a load), and setting a bad
/// file aside.
public enum StoreFile {
    /// `$XDG_CACHE_HOME/policyscope/store.sqlite`, or `~/.cache/...` when it is unset or empty.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.cache")
        return cache + "/policyscope/store.sqlite"
    }

    /// Throws ``StoreError/notAStore(path:reason:)`` when the file exists but is not a
    /// SQLite database, or is shorter than its header says.
    static func checkHeader(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        if header.isEmpty { return }
        let magic = Array("SQLite format 3\0".utf8)
        guard header.count == 100, Array(header[0..<16]) == magic else {
            throw .notAStore(path: path, reason: "not a SQLite database")
        }
        let pageSize = bigEndian(header, 16, 2) == 1 ? 65_536 : bigEndian(header, 16, 2)
        let pages = bigEndian(header, 28, 4)
        // The page count is valid when the change counter matches "version valid for".
        guard bigEndian(header, 24, 4) == bigEndian(header, 92, 4), pages > 0 else { return }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size < pages * pageSize {
            throw .notAStore(path: path, reason: "truncated: \(size) bytes, the header says \(pages * pageSize)")
        }
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }

    /// Renames the file (and its -wal and -shm companions) to `PATH.bad-TIMESTAMP`, so a new
    /// store can take its place; returns the new name.
    @discardableResult
    public static func setAside(_ path: String, now: Date = Date()) -> String {
        let aside = "\(path).bad-\(Int(now.timeIntervalSince1970))"
        let manager = FileManager.default
        try? manager.moveItem(atPath: path, toPath: aside)
        for suffix in ["-wal", "-shm"] {
            if manager.fileExists(atPath: path + suffix) { try? manager.moveItem(atPath: path + suffix, toPath: aside + suffix) }
        }
        return aside
    }
}
