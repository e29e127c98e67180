import PolicyModel

/// Which document a file is a version of, and the date its name gives.
///
/// - A file with the corpus header belongs to its domain's document.
/// - A file whose name holds a date (`20040613_...` at the start, or `YYYY-MM-DD` anywhere)
///   belongs to the document of its folder and name stem:
///   `Facebook/Privacy Policy/20040613_Facebook_PrivacyPolicy.md` is "Facebook — Privacy Policy"
///   (a stem that only repeats the folders, or nothing, names the document by its two folders);
///   `archive/2020-01-01_terms.md` is "archive — terms".
/// - Any other file is `FOLDER — STEM` (the Open Terms Archive layout `Service/Type.md`), or its
///   domain when the stem is one (`act-on.com.md`).
public enum DocumentGrouping {
    /// The document of the file at `path` (absolute or as loaded) whose corpus header gives
    /// `domain` (nil without one), and the date in its name.
    public static func document(forFile path: String, domain: String?) -> (document: DocumentName, nameDate: ArchiveDate?) {
        let stem = Self.stem(PathComponents.name(of: path).map(String.init) ?? path)
        let dated = dateInName(stem)
        if let domain, !domain.isEmpty { return (.domain(domain), dated?.date) }
        // The folders are read only when the name does not settle it.
        if dated == nil, looksLikeDomain(stem) { return (.domain(stem), nil) }
        let parts = PathComponents.last(of: path, 3).map(String.init)
        let folder = parts.count >= 2 ? parts[parts.count - 2] : nil
        let parent = parts.count >= 3 ? parts[parts.count - 3] : nil
        if let dated {
            let rest = alphanumerics(dated.rest)
            guard let folder else { return (DocumentName(service: dated.rest.isEmpty ? stem : dated.rest), dated.date) }
            if rest.isEmpty || rest == alphanumerics(folder) || rest == alphanumerics((parent ?? "") + folder) {
                return (parent.map { DocumentName(service: $0, type: folder) } ?? DocumentName(service: folder), dated.date)
            }
            return (DocumentName(service: folder, type: dated.rest), dated.date)
        }
        if looksLikeDomain(stem) { return (.domain(stem), nil) }
        return (folder.map { DocumentName(service: $0, type: stem) } ?? DocumentName(service: stem), nil)
    }

    /// The date in a file name stem and the stem without it (separators `_-. ` trimmed):
    /// eight digits `YYYYMMDD` at the start, or `YYYY-MM-DD` anywhere, digits not touching it.
    public static func dateInName(_ stem: String) -> (date: ArchiveDate, rest: String)? {
        // Either form has eight ASCII digits: most names have fewer, and need no closer look.
        guard stem.utf8.lazy.filter({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }).count >= 8 else { return nil }
        let chars = Array(stem)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count, range.allSatisfy({ chars[$0].isASCII && chars[$0].isNumber }) else { return nil }
            return Int(String(chars[range]))
        }
        func rest(removing range: Range<Int>) -> String {
            let kept = String(chars[..<range.lowerBound]) + " " + String(chars[range.upperBound...])
            return kept.trimmingSeparators()
        }
        if chars.count >= 8, let y = digits(0..<4), let m = digits(4..<6), let d = digits(6..<8),
           chars.count == 8 || !(chars[8].isASCII && chars[8].isNumber), let date = ArchiveDate(year: y, month: m, day: d) {
            return (date, rest(removing: 0..<8))
        }
        var i = 0
        while i + 10 <= chars.count {
            let before = i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber)
            let after = i + 10 == chars.count || !(chars[i + 10].isASCII && chars[i + 10].isNumber)
            if before, after, chars[i + 4] == "-", chars[i + 7] == "-",
               let date = ArchiveDate(String(chars[i..<(i + 10)])) {
                return (date, rest(removing: i..<(i + 10)))
            }
            i += 1
        }
        return nil
    }

    /// The name without a `.md`, `.markdown` or `.txt` extension.
    static func stem(_ name: String) -> String {
        // ASCII names (nearly all) by their bytes, any case.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            for ext in [".md", ".markdown", ".txt"] where name.utf8.count > ext.utf8.count
                && name.utf8.suffix(ext.utf8.count).elementsEqual(ext.utf8, by: { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }) {
                return String(name.utf8.dropLast(ext.utf8.count))!
            }
            return name
        }
        let lowered = name.lowercased()
        for ext in [".md", ".markdown", ".txt"] where lowered.hasSuffix(ext) && name.count > ext.count {
            return String(name.dropLast(ext.count))
        }
        return name
    }

    static func alphanumerics(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// `name.tld` shapes: lowercase letters, digits, `-` and at least one inner dot.
    static func looksLikeDomain(_ s: String) -> Bool {
        // Byte by byte: every allowed character is ASCII, so any other byte fails the test.
        func isLetter(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
        func isAllowed(_ b: UInt8) -> Bool { isLetter(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") }
        var dots = 0, partLength = 0, partLetters = true
        for b in s.utf8 {
            if b == UInt8(ascii: ".") {
                guard partLength > 0 else { return false }
                dots += 1
                partLength = 0
                partLetters = true
            } else {
                guard isAllowed(b) else { return false }
                partLength += 1
                partLetters = partLetters && isLetter(b)
            }
        }
        return dots >= 1 && partLength > 0 && partLetters
    }
}

private extension String {
    func trimmingSeparators() -> String {
        let separators: Set<Character> = ["_", "-", ".", " "]
        var s = self[...]
        while let c = s.first, separators.contains(c) { s = s.dropFirst() }
        while let c = s.last, separators.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
