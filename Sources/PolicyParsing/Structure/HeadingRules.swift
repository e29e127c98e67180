/// The tests that make a short line a heading when no Markdown heading marks it.
enum HeadingRules {
    static let maxWords = 14
    static let maxLength = 120

    /// Short, starts with a capital or an enumerator, and reads as a title rather than a sentence.
    static func looksLikeTitle(_ text: String, numbering: Numbering?) -> Bool {
        guard !text.isEmpty, !isLonger(text, than: maxLength) else { return false }
        let words = text.whitespaceSeparatedCount
        guard words <= maxWords else { return false }
        let body = numbering.map { String(text.dropFirst($0.length)) } ?? text
        guard let first = body.first(where: { $0.isLetter || $0.isNumber }), first.isUppercase || first.isNumber else { return false }
        guard let last = text.last, !",;|".contains(last), !text.containsASCIIText(" | ") else { return false }
        // Two sentences are a paragraph, not a title.
        if body.containsASCIIText(". "), body.split(separator: ". ").count > 1,
           body.split(separator: ". ").dropFirst().contains(where: { $0.first?.isUppercase == true }) { return false }
        if ".!?".contains(last) { return numbering != nil || words <= 5 }
        return true
    }

    /// Whether `text` has more than `limit` characters, without walking it where its bytes
    /// tell: a text of few bytes has no more characters than bytes, and `limit + 1` ASCII bytes
    /// other than CR (which joins the LF after it) open at least `limit + 1` characters.
    static func isLonger(_ text: String, than limit: Int) -> Bool {
        guard text.utf8.count > limit else { return false }
        let asciiPrefix = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i + 8 <= limit + 1 {
                let word = ByteScan.word(bytes, at: i)
                if ByteScan.hasNonASCII(word) || ByteScan.contains(word, 0x0D) { return false }
                i += 8
            }
            while i <= limit {
                if bytes[i] >= 0x80 || bytes[i] == 0x0D { return false }
                i += 1
            }
            return true
        } ?? false
        return asciiPrefix || !text.dropFirst(limit).isEmpty
    }

    /// A short line in capitals (`INFORMATION WE COLLECT`).
    static func isCaps(_ text: String) -> Bool {
        var letters = 0
        if text.isPlainASCII {
            // A character per byte: the letters are A-Z and a-z.
            for byte in text.utf8 {
                if byte >= 0x61 && byte <= 0x7A { return false }
                if byte >= 0x41 && byte <= 0x5A { letters += 1 }
            }
            return letters >= 4 && text.utf8.count <= 100 && text.whitespaceSeparatedCount <= 12 && text.utf8.last != UInt8(ascii: ",")
        }
        for ch in text where ch.isLetter {
            if ch.isLowercase { return false }
            if ch.isUppercase { letters += 1 }
        }
        guard letters >= 4 else { return false }
        return text.count <= 100 && text.whitespaceSeparatedCount <= 12 && text.last != ","
    }

    /// An unmarked line in a document without marked headings: short, no closing punctuation.
    static func isPlainTitle(_ text: String) -> Bool {
        // At most 80 characters, told first without counting a long text to its end.
        guard text.utf8.count <= 80 || text.dropFirst(80).isEmpty else { return false }
        guard !text.containsASCII("\n"), !text.containsASCII("|"), let last = text.last, !".,;:!?".contains(last) else { return false }
        let words = text.whitespaceSeparatedCount
        guard (1...10).contains(words), text.count >= 4 else { return false }
        return text.first?.isUppercase == true
    }

    /// A heading title without the decoration around it (`**`, trailing `:` or `.`).
    static func cleanTitle(_ text: String) -> String {
        if text.isPlainASCII { return cleanASCIITitle(Array(text.utf8)) }
        var title = text.replacingNewlines().trimmingCharacters(in: " *_#|")
        while let last = title.last, ":.".contains(last), !title.hasSuffix("..") { title.removeLast() }
        return title.trimmingCharacters(in: " ")
    }

    /// ``cleanTitle(_:)`` on ASCII without CR (a character per byte), with the same result.
    private static func cleanASCIITitle(_ bytes: [UInt8]) -> String {
        func decoration(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x2A || b == 0x5F || b == 0x23 || b == 0x7C }
        var lo = 0, hi = bytes.count
        while lo < hi, decoration(bytes[lo]) { lo += 1 }
        while hi > lo, decoration(bytes[hi - 1]) { hi -= 1 }
        while hi > lo, bytes[hi - 1] == 0x3A || bytes[hi - 1] == 0x2E, !(hi - lo >= 2 && bytes[hi - 1] == 0x2E && bytes[hi - 2] == 0x2E) { hi -= 1 }
        // Line breaks read as spaces: at the ends they are trimmed like spaces.
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x0A { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x0A { hi -= 1 }
        return String(decoding: bytes[lo..<hi].map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    }
}

extension String {
    /// All ASCII and no CR: each byte is a character of its own.
    var isPlainASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i + 8 <= bytes.count {
                let word = ByteScan.word(bytes, at: i)
                if ByteScan.hasNonASCII(word) || ByteScan.contains(word, 0x0D) { return false }
                i += 8
            }
            while i < bytes.count {
                if bytes[i] >= 0x80 || bytes[i] == 0x0D { return false }
                i += 1
            }
            return true
        } ?? utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    func replacingNewlines() -> String {
        guard utf8.contains(0x0A) else { return self }
        return String(map { $0 == "\n" ? " " : $0 })
    }
}
