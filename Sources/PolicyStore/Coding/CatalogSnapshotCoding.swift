import PolicyModel
import PolicyParsing

/// The binary form of a ``PolicyStore/CatalogSnapshot``: a magic and version, then per file
/// its path, quick-check stamp, blob, listing columns and warnings (``ByteWriter``).
enum CatalogSnapshotCoding {
    static let magic: [UInt8] = Array("PSCS".utf8)
    static let version: UInt64 = 1

    static func encode(_ rows: [(path: String, row: PolicyStore.CatalogSnapshot.Row)]) -> [UInt8] {
        var w = ByteWriter()
        w.bytes = magic
        w.bytes.reserveCapacity(rows.count * 160)
        w.uint(version)
        w.uint(UInt64(rows.count))
        for (path, row) in rows {
            let listing = row.stored.listing
            w.string(path)
            w.int(row.stamp.size)
            w.int(Int(row.stamp.mtimeNanoseconds))
            w.string(row.stored.blob)
            w.string(listing.id)
            w.optional(listing.domain)
            w.uint(UInt64(listing.archivedOn?.year ?? 0))
            w.uint(UInt64(listing.archivedOn?.month ?? 0))
            w.uint(UInt64(listing.archivedOn?.day ?? 0))
            w.string(listing.title)
            w.optional(listing.source)
            w.string(listing.format.rawValue)
            w.string(listing.language.code)
            w.double(listing.language.confidence)
            w.int(listing.sectionCount)
            w.int(listing.wordCount)
            w.uint(UInt64(row.stored.warnings.count))
            for warning in row.stored.warnings { w.string(warning) }
        }
        return w.bytes
    }

    /// The rows by path; nil when `bytes` are not a snapshot of this version or are damaged.
    static func decode(_ bytes: [UInt8]) -> [String: PolicyStore.CatalogSnapshot.Row]? {
        guard bytes.starts(with: magic) else { return nil }
        var r = ByteReader(bytes)
        r.offset = magic.count
        do throws(ByteReader.Truncated) {
            guard try r.uint() == version else { return nil }
            let count = try r.count()
            var rows = [String: PolicyStore.CatalogSnapshot.Row](minimumCapacity: count)
            for _ in 0..<count {
                let path = try r.string()
                let stamp = FileStamp(size: try r.int(), mtimeNanoseconds: Int64(try r.int()))
                let blob = try r.string(), id = try r.string(), domain = try r.optional()
                let year = try r.uint(), month = try r.uint(), day = try r.uint()
                let title = try r.string(), source = try r.optional()
                guard let format = DocumentFormat(rawValue: try r.string()) else { return nil }
                let language = LanguageGuess(code: try r.string(), confidence: try r.double())
                let sections = try r.int(), words = try r.int()
                var warnings: [String] = []
                for _ in 0..<(try r.count()) { warnings.append(try r.string()) }
                let date = year == 0 ? nil : ArchiveDate(year: Int(clamping: year), month: Int(clamping: month), day: Int(clamping: day))
                let listing = PolicyListing(
                    id: id, domain: domain, title: title, archivedOn: date, source: source, file: path, format: format,
                    language: language, sectionCount: sections, wordCount: words)
                rows[path] = .init(stamp: stamp, stored: .init(listing: listing, blob: blob, warnings: warnings))
            }
            return r.offset == bytes.count ? rows : nil
        } catch {
            return nil
        }
    }
}
