import PolicyModel

/// The metadata line the Princeton-Leuven corpus puts first:
/// `> *The following text is extracted and transformed from the DOMAIN privacy policy that was
/// archived on YYYY-MM-DD. Please check the [original snapshot on the Wayback Machine](URL) ...*`
struct CorpusHeader: Equatable {
    var domain: String
    var archivedOn: ArchiveDate?
    var source: String?
    /// 1-based line the header sits on.
    var line: Int

    private static let lead = "The following text is extracted and transformed from the "
    private static let middle = " privacy policy that was archived on "

    /// Finds the header among the first lines (before any other text) and blanks it out of
    /// `bytes` with spaces, so it is not read as policy text and line numbers stay right.
    static func extract(from bytes: inout [UInt8]) -> CorpusHeader? {
        var start = 0
        var line = 1
        // Skip leading blank lines.
        while start < bytes.count, bytes[start] == 0x0A || bytes[start] == 0x20 {
            if bytes[start] == 0x0A { line += 1 }
            start += 1
        }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        guard end - start < 4096 else { return nil }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        guard let header = parse(text, line: line) else { return nil }
        for i in start..<end { bytes[i] = 0x20 }
        return header
    }

    static func parse(_ line: String, line number: Int) -> CorpusHeader? {
        // ASCII without CR (a character per byte) is read as bytes; anything else as characters.
        let bytes = Array(line.utf8)
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return parseASCII(bytes, line: number) }
        var s = Substring(line)
        guard s.hasPrefix(">") else { return nil }
        s = s.dropFirst().drop { $0 == " " || $0 == "*" || $0 == "_" }
        guard s.hasPrefix(lead) else { return nil }
        s = s.dropFirst(lead.count)
        guard let mid = s.find(middle) else { return nil }
        let domain = s[..<mid.lowerBound].trimmingCharacters(in: " ").lowercased()
        guard !domain.isEmpty, !domain.contains(" ") else { return nil }
        let afterDate = s[mid.upperBound...]
        let date = ArchiveDate(afterDate.prefix(10))
        var source: String?
        if let open = afterDate.find("]("), let close = afterDate[open.upperBound...].firstIndex(of: ")") {
            source = String(afterDate[open.upperBound..<close])
        }
        return CorpusHeader(domain: domain, archivedOn: date, source: source, line: number)
    }
}

extension CorpusHeader {
    private static let leadBytes = Array(lead.utf8), middleBytes = Array(middle.utf8)

    /// ``parse(_:line:)`` on an ASCII line, with the same result.
    private static func parseASCII(_ bytes: [UInt8], line number: Int) -> CorpusHeader? {
        guard bytes.first == UInt8(ascii: ">") else { return nil }
        var i = 1
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == UInt8(ascii: "*") || bytes[i] == UInt8(ascii: "_") { i += 1 }
        guard bytes[i...].starts(with: leadBytes) else { return nil }
        i += leadBytes.count
        guard let mid = bytes[i...].firstRange(of: middleBytes) else { return nil }
        var lo = i, hi = mid.lowerBound
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        guard lo < hi, !bytes[lo..<hi].contains(0x20) else { return nil }
        let domain = String(decoding: bytes[lo..<hi].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        let after = bytes[mid.upperBound...]
        let date = ArchiveDate(String(decoding: after.prefix(10), as: UTF8.self))
        var source: String?
        if let open = after.firstRange(of: [UInt8(ascii: "]"), UInt8(ascii: "(")]),
           let close = after[open.upperBound...].firstIndex(of: UInt8(ascii: ")")) {
            source = String(decoding: after[open.upperBound..<close], as: UTF8.self)
        }
        return CorpusHeader(domain: domain, archivedOn: date, source: source, line: number)
    }
}

extension Substring {
    func find(_ needle: String) -> Range<Substring.Index>? {
        if utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII: a byte per character, searched as bytes.
            let hay = Array(utf8), pattern = Array(needle.utf8)
            guard !pattern.isEmpty, hay.count >= pattern.count else { return nil }
            let first = pattern[0]
            for start in 0...(hay.count - pattern.count) where hay[start] == first && hay[start..<start + pattern.count].elementsEqual(pattern) {
                let lower = utf8.index(startIndex, offsetBy: start)
                return lower..<utf8.index(lower, offsetBy: pattern.count)
            }
            return nil
        }
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }
}

/// The corpus header of a file's bytes, read without parsing the rest: for sources that date
/// and name a version before parsing it (a git history of corpus files).
public enum CorpusHeaderLine {
    /// The domain and archive date of the header starting `bytes`, or nil without one.
    public static func read(_ bytes: [UInt8]) -> (domain: String, date: ArchiveDate?)? {
        var copy = Array(bytes.prefix(8_192))
        return CorpusHeader.extract(from: &copy).map { ($0.domain, $0.archivedOn) }
    }
}
