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
        // The first 16 characters, as bytes when the first 17 bytes are ASCII (so no byte
        // among the 16 is extended by a combining mark into a longer character).
        let head = text.utf8.prefix(17)
        if head.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return parse(Array(head.prefix(16))) }
        return parse(Array(text.prefix(16)))
    }

    private static func parse<C: EnumeratorCharacter>(_ chars: [C]) -> Numbering? {
        var i = 0
        if chars.first?.is("(") == true { i = 1 }
        let start = i
        var scheme: Scheme?
        var depth = 0
        if i < chars.count, chars[i].isASCIIDigit {
            scheme = .arabic
            while i < chars.count {
                let digitsStart = i
                while i < chars.count, chars[i].isASCIIDigit { i += 1 }
                guard i > digitsStart, i - digitsStart <= 3 else { break }
                depth += 1
                if i < chars.count, chars[i].is("."), i + 1 < chars.count, chars[i + 1].isNumber { i += 1; continue }
                break
            }
        } else {
            while i < chars.count, chars[i].isAny(of: "IVXLivxl") { i += 1 }
            if i > start, i - start <= 5, i - start > 1 || chars[start].isAny(of: "Ii") {
                scheme = .roman
            } else {
                i = start
                if i < chars.count, chars[i].isASCIILetter {
                    scheme = chars[i].isUppercase ? .upperLetter : .lowerLetter
                    i += 1
                }
            }
            depth = 1
        }
        guard let scheme, i < chars.count else { return nil }
        // The enumerator ends with `.`, `)` or `:`; a bare arabic number needs a space after it.
        if chars[i].isAny(of: ".):") {
            i += 1
        } else if !(scheme == .arabic && (depth > 1 || chars[i].is(" "))) {
            return nil
        }
        if start == 1 && !chars[i - 1].is(")") { return nil }
        guard i < chars.count, chars[i].is(" ") || chars[i].isLetter else { return nil }
        // Roman and letter enumerators must be followed by a space to count.
        if scheme != .arabic && !chars[i].is(" ") { return nil }
        while i < chars.count, chars[i].is(" ") { i += 1 }
        return Numbering(scheme: scheme, depth: depth, length: i)
    }
}

/// What ``Numbering/parse(_:)`` asks of a character: a `Character`, or an ASCII byte standing
/// for one.
private protocol EnumeratorCharacter {
    var isASCIIDigit: Bool { get }
    var isASCIILetter: Bool { get }
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    var isUppercase: Bool { get }
    func `is`(_ c: Character) -> Bool
    func isAny(of set: String) -> Bool
}

extension Character: EnumeratorCharacter {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
    func `is`(_ c: Character) -> Bool { self == c }
    func isAny(of set: String) -> Bool { set.contains(self) }
}

extension UInt8: EnumeratorCharacter {
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isASCIILetter: Bool { isLetterByte(self) }
    var isLetter: Bool { isLetterByte(self) }
    var isNumber: Bool { isASCIIDigit }
    var isUppercase: Bool { self >= 0x41 && self <= 0x5A }
    func `is`(_ c: Character) -> Bool { c.asciiValue == self }
    func isAny(of set: String) -> Bool { set.utf8.contains(self) }
}
