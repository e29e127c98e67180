import Foundation
import PolicyModel

/// The catalog: one row per file (its listing columns and warnings) read through the quick
/// check, without decoding any policy body.
extension PolicyStore {
    /// A file's listing as stored, with the key of its body and the warnings of its parse.
    public struct StoredListing: Sendable {
        public var listing: PolicyListing
        public var blob: String
        public var warnings: [String]
    }

    /// For each `(path, stamp)`: its stored listing when the quick check holds (same size and
    /// mtime) and its parse is stored under the current parser stamp, else nil. One read
    /// transaction and one prepared statement for all of them.
    public func listings(_ files: [(path: String, stamp: FileStamp?)]) throws(StoreError) -> [StoredListing?] {
        try locked { db throws(StoreError) in
            let statement = try db.prepare("""
                SELECT f.size, f.mtime_ns, f.blob, p.id, p.domain, p.archived, p.title, p.source, p.format,
                       p.language, p.language_confidence, p.sections, p.words, p.warnings
                FROM files f JOIN policies p ON p.blob = f.blob AND p.name = ? AND p.parser = ?
                WHERE f.path = ?
                """)
            try db.execute("BEGIN")
            defer {
                statement.reset()
                try? db.execute("COMMIT")
            }
            return try files.map { file throws(StoreError) -> StoredListing? in
                guard let stamp = file.stamp else { return nil }
                try statement.bind(.text(Self.name(of: file.path)), .text(stamps.parser), .text(file.path))
                guard try statement.step(), statement.int(0) == stamp.size, statement.int64(1) == stamp.mtimeNanoseconds,
                      let blob = statement.text(2), let id = statement.text(3), let title = statement.text(6),
                      let format = statement.text(8).flatMap(DocumentFormat.init(rawValue:)), let language = statement.text(9)
                else { return nil }
                let listing = PolicyListing(
                    id: id, domain: statement.text(4), title: title, archivedOn: statement.text(5).flatMap { ArchiveDate($0) },
                    source: statement.text(7), file: file.path, format: format,
                    language: LanguageGuess(code: language, confidence: statement.double(10)),
                    sectionCount: statement.int(11), wordCount: statement.int(12))
                return StoredListing(listing: listing, blob: blob, warnings: Self.lines(statement.text(13)))
            }
        }
    }

    /// Newline-separated warnings as a list (none for an empty column).
    static func lines(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.components(separatedBy: "\n")
    }
}
