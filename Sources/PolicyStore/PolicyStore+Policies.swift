import PolicyModel
import PolicyParsing

/// Files and parsed policies: the quick check (path, size, mtime -> blob id) and the parsed
/// form of each blob under the current parser stamp.
extension PolicyStore {
    /// What `stat` says about a file (the loader's type, named here too).
    public typealias FileStamp = PolicyParsing.FileStamp

    /// A parsed policy as stored: its encoded form and the warnings met when parsing it.
    public struct StoredParse: Sendable {
        public var body: [UInt8]
        public var warnings: [String]
    }

    /// The blob id last seen at `path`, when its size and mtime are still the same.
    public func knownBlob(path: String, stamp: FileStamp) throws(StoreError) -> String? {
        try locked { db throws(StoreError) in
            let statement = try db.prepare("SELECT size, mtime_ns, blob FROM files WHERE path = ?").bind(.text(path))
            guard try statement.step(), statement.int(0) == stamp.size, statement.int64(1) == stamp.mtimeNanoseconds else { return nil }
            return statement.text(2)
        }
    }

    /// The parsed form of `blob` read under the file name `name`, if the parser stamp matches.
    public func parsed(blob: String, name: String) throws(StoreError) -> StoredParse? {
        try locked { db throws(StoreError) in
            let statement = try db.prepare("SELECT body, warnings FROM policies WHERE blob = ? AND name = ? AND parser = ?")
                .bind(.text(blob), .text(name), .text(stamps.parser))
            guard try statement.step() else { return nil }
            let warnings = Self.lines(statement.text(1))
            return StoredParse(body: statement.blob(0), warnings: warnings)
        }
    }

    /// Records that `path` (with `stamp`) holds `blob`, in one transaction with its parse
    /// when one is given.
    public func save(path: String, stamp: FileStamp, blob: String, policy: Policy?, warnings: [String]) throws(StoreError) {
        let name = PolicyStore.name(of: path)
        try locked { db throws(StoreError) in
            try db.transaction { () throws(StoreError) in
                try db.prepare("INSERT OR REPLACE INTO files(path, size, mtime_ns, blob) VALUES (?, ?, ?, ?)")
                    .run(.text(path), .int(stamp.size), .integer(stamp.mtimeNanoseconds), .text(blob))
                guard let policy else { return }
                try Self.insertParse(db, blob: blob, name: name, parser: stamps.parser, policy: policy, warnings: warnings, size: stamp.size)
            }
        }
    }

    /// Stores the parse of `blob` read under the file name `name`, with no file row: for blobs
    /// read from a git history (`store prune` drops them; they are parsed again when needed).
    public func save(blob: String, name: String, size: Int, policy: Policy, warnings: [String]) throws(StoreError) {
        try locked { db throws(StoreError) in
            try Self.insertParse(db, blob: blob, name: name, parser: stamps.parser, policy: policy, warnings: warnings, size: size)
        }
    }

    private static func insertParse(_ db: Database, blob: String, name: String, parser: String, policy: Policy, warnings: [String],
                                    size: Int) throws(StoreError) {
        let listing = PolicyListing(policy)
        try db.prepare("""
            INSERT OR REPLACE INTO policies(blob, name, parser, id, domain, archived, title, format, language, warnings, size, body,
                                            source, language_confidence, sections, words)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).run(
                .text(blob), .text(name), .text(parser), .text(policy.id), .optionalText(policy.domain),
                .optionalText(policy.archivedOn?.description), .text(policy.title), .text(policy.format.rawValue),
                .text(policy.language.code), .text(warnings.joined(separator: "\n")), .int(size),
                .blob(PolicyCoding.encode(policy)), .optionalText(policy.source), .real(policy.language.confidence),
                .int(listing.sectionCount), .int(listing.wordCount))
    }

    /// The last path component: with the bytes, it decides the parse (the fallback id and
    /// title come from it, and the format from its extension).
    public static func name(of path: String) -> String {
        PathComponents.name(of: path).map(String.init) ?? path
    }
}
