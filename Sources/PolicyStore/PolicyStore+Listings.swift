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
    /// transaction; a folder that gives many of the paths is read in one range of the `files`
    /// key (10,000 point queries cost five times as much), the other paths one query each.
    public func listings(_ files: [(path: String, stamp: FileStamp?)]) throws(StoreError) -> [StoredListing?] {
        try locked { db throws(StoreError) in
            try db.execute("BEGIN")
            defer { try? db.execute("COMMIT") }
            var found = [StoredListing?](repeating: nil, count: files.count)
            var byFolder: [Substring: [Int]] = [:]
            for (i, file) in files.enumerated() where file.stamp != nil {
                byFolder[Self.folder(of: file.path), default: []].append(i)
            }
            var single: [Int] = []
            let range = try db.prepare("""
                SELECT f.path, f.size, f.mtime_ns, f.blob, p.id, p.domain, p.archived, p.title, p.source, p.format,
                       p.language, p.language_confidence, p.sections, p.words, p.warnings, p.name
                FROM files f JOIN policies p ON p.blob = f.blob AND p.parser = ?
                WHERE f.path >= ? AND f.path < ?
                """)
            for (folder, indices) in byFolder {
                // Bare names (no folder) form no range of the key.
                guard !folder.isEmpty, indices.count >= Self.folderReadThreshold else { single += indices; continue }
                var wanted = [Substring: Int](minimumCapacity: indices.count)
                for i in indices { wanted[files[i].path[...]] = i }
                // Paths under `folder/` sort between "folder/" and "folder0" ("0" follows "/").
                try range.bind(.text(stamps.parser), .text(folder + "/"), .text(folder + "0"))
                defer { range.reset() }
                while try range.step() {
                    guard let path = range.text(0), let i = wanted[path[...]], found[i] == nil,
                          range.text(15) == Self.name(of: path) else { continue }
                    found[i] = Self.listing(range, firstColumn: 1, path: path, stamp: files[i].stamp!)
                }
            }
            guard !single.isEmpty else { return found }
            let point = try db.prepare("""
                SELECT f.size, f.mtime_ns, f.blob, p.id, p.domain, p.archived, p.title, p.source, p.format,
                       p.language, p.language_confidence, p.sections, p.words, p.warnings
                FROM files f JOIN policies p ON p.blob = f.blob AND p.name = ? AND p.parser = ?
                WHERE f.path = ?
                """)
            defer { point.reset() }
            for i in single.sorted() {
                let file = files[i]
                try point.bind(.text(Self.name(of: file.path)), .text(stamps.parser), .text(file.path))
                if try point.step() { found[i] = Self.listing(point, firstColumn: 0, path: file.path, stamp: file.stamp!) }
            }
            return found
        }
    }

    /// Paths of one folder from which the folder is read as one range.
    static let folderReadThreshold = 64

    /// The path up to its last `/` (the empty string for a bare name).
    static func folder(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return path[..<slash]
    }

    /// The listing in the current row (size, mtime, blob, then the policy's columns from
    /// `firstColumn` on) when it passes the quick check against `stamp`.
    private static func listing(_ row: Statement, firstColumn c: Int32, path: String, stamp: FileStamp) -> StoredListing? {
        guard row.int(c) == stamp.size, row.int64(c + 1) == stamp.mtimeNanoseconds,
              let blob = row.text(c + 2), let id = row.text(c + 3), let title = row.text(c + 6),
              let format = row.text(c + 8).flatMap(DocumentFormat.init(rawValue:)), let language = row.text(c + 9)
        else { return nil }
        let listing = PolicyListing(
            id: id, domain: row.text(c + 4), title: title, archivedOn: row.text(c + 5).flatMap { ArchiveDate($0) },
            source: row.text(c + 7), file: path, format: format,
            language: LanguageGuess(code: language, confidence: row.double(c + 10)),
            sectionCount: row.int(c + 11), wordCount: row.int(c + 12))
        return StoredListing(listing: listing, blob: blob, warnings: lines(row.text(c + 13)))
    }

    /// Newline-separated warnings as a list (none for an empty column).
    static func lines(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.components(separatedBy: "\n")
    }
}
