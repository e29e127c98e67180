import PolicyModel
import PolicyParsing

/// The corpus header: read from any bytes, a header names a non-empty lowercase domain
/// without spaces, and its date prints as a date that reads back the same.
enum HeaderFuzz {
    static func run(_ bytes: [UInt8]) {
        guard let header = CorpusHeaderLine.read(bytes) else { return }
        require(!header.domain.isEmpty && !header.domain.contains(" "), "domain \(header.domain.debugDescription)")
        require(header.domain == header.domain.lowercased(), "domain not lowercased: \(header.domain.debugDescription)")
        if let date = header.date { require(ArchiveDate(date.description) == date, "date \(date) does not read back") }
    }
}
