/// A heading's enumerator (`1.`, `2.3`, `IV.`, `b)`), which tells its depth in a numbered scheme.
struct Numbering: Equatable, Sendable {
    enum Scheme: String, Sendable { case arabic, roman, upperLetter, lowerLetter }

    var scheme: Scheme
    /// Components: 1 for `2.`, 2 for `2.3`, 3 for `2.3.1`.
    var depth: Int
    /// Scalars the enumerator and its trailing space take at the start of the title.
    var length: Int

    /// Reads an enumerator at the start of `text`; it must be followed by a space or a letter.
    static func parse(_ text: String) -> Numbering? {
        let chars = Array(text.prefix(16))
        var i = 0
        if chars.first == "(" { i = 1 }
        let start = i
        var scheme: Scheme?
        var depth = 0
        if i < chars.count, chars[i].isASCII, chars[i].isNumber {
            scheme = .arabic
            while i < chars.count {
                let digitsStart = i
                while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
                guard i > digitsStart, i - digitsStart <= 3 else { break }
                depth += 1
                if i < chars.count, chars[i] == ".", i + 1 < chars.count, chars[i + 1].isNumber { i += 1; continue }
                break
            }
        } else {
            while i < chars.count, "IVXLivxl".contains(chars[i]) { i += 1 }
            if i > start, i - start <= 5, i - start > 1 || "Ii".contains(chars[start]) {
                scheme = .roman
            } else {
                i = start
                if i < chars.count, chars[i].isASCII, chars[i].isLetter {
                    scheme = chars[i].isUppercase ? .upperLetter : .lowerLetter
                    i += 1
                }
            }
            depth = 1
        }
        guard let scheme, i < chars.count else { return nil }
        // The enumerator ends with `.`, `)` or `:`; a bare arabic number needs a space after it.
        if ".):".contains(chars[i]) {
            i += 1
        } else if !(scheme == .arabic && (depth > 1 || chars[i] == " ")) {
            return nil
        }
        if start == 1 && chars[i - 1] != ")" { return nil }
        guard i < chars.count, chars[i] == " " || chars[i].isLetter else { return nil }
        // Roman and letter enumerators must be followed by a space to count.
        if scheme != .arabic && chars[i] != " " { return nil }
        while i < chars.count, chars[i] == " " { i += 1 }
        return Numbering(scheme: scheme, depth: depth, length: i)
    }
}
