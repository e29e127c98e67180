import PolicyModel

/// Splits a block's clean text into sentences, as ranges of Unicode scalar offsets.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by white
/// space and a sentence opener (a capital, a digit, an opening quote or bracket), and at every
/// line break. A period after a known abbreviation, an initial or a leading enumerator
/// (`1.`, `iv.`, `B.`) does not end a sentence.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs",
        "u.s", "u.k", "u.s.a", "e.u", "a.m", "p.m", "approx", "dept", "fig", "art", "sec", "para",
        "ca", "cf", "ph.d", "ref", "vol", "pp", "op", "viz", "al", "incl", "resp",
    ]

    public static func split(_ text: String) -> [TextRange] {
        var text = text
        text.makeContiguousUTF8()
        // ASCII text is read in place, a byte per scalar.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            ASCIIScalars.isASCII(bytes) ? split(ASCIIScalars(bytes: bytes)) : nil
        }
        return (ascii ?? nil) ?? split(DecodedScalars(text))
    }

    private static func split<S: SplittableText>(_ scalars: S) -> [TextRange] {
        var ranges: [TextRange] = []
        var start = 0

        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, scalars[s].isSpaceFast { s += 1 }
            while e > s, scalars[e - 1].isSpaceFast { e -= 1 }
            if s < e { ranges.append(TextRange(start: s, end: e)) }
            start = end
        }

        var i = 0
        while i < scalars.count {
            i = scalars.nextCandidate(from: i)
            guard i < scalars.count else { break }
            let c = scalars[i]
            if c == "\n" {
                emit(i)
                i += 1
                continue
            }
            if c == "." || c == "!" || c == "?" || c == "…" {
                var end = i + 1
                while end < scalars.count, isCloser(scalars[end]) || scalars[end] == "." || scalars[end] == "!" || scalars[end] == "?" { end += 1 }
                var next = end
                while next < scalars.count, scalars[next] == " " || scalars[next] == "\u{00A0}" || scalars[next] == "\t" { next += 1 }
                if next > end, next < scalars.count, isOpener(scalars[next]),
                   !(c == "." && endsWithAbbreviation(scalars, dotAt: i, sentenceStart: start)) {
                    emit(end)
                }
                i = end
                continue
            }
            i += 1
        }
        emit(scalars.count)
        return ranges
    }

    private static func isCloser(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == "\"" || s == "'" || s == ")" || s == "]" || s == "}" }
        return "\"')]}’”»".unicodeScalars.contains(s)
    }

    private static func isOpener(_ s: Unicode.Scalar) -> Bool {
        // ASCII: the capitals, the digits and the openers of the list below (no ASCII letter is uncased).
        if s.isASCII {
            let v = s.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || s == "\"" || s == "'" || s == "(" || s == "[" || s == "*" || s == "-"
        }
        return s.properties.isUppercase || s.properties.numericType != nil || "\"'([“‘«¿¡•*-".unicodeScalars.contains(s)
            || (s.properties.isAlphabetic && !s.properties.isLowercase && !s.properties.isUppercase)
    }

    /// Whether the word ending at `dotAt` is an abbreviation, an initial or a leading enumerator.
    private static func endsWithAbbreviation<S: RandomAccessCollection<Unicode.Scalar>>(_ scalars: S, dotAt: Int, sentenceStart: Int) -> Bool where S.Index == Int {
        var j = dotAt
        while j > sentenceStart, !scalars[j - 1].isSpaceFast, scalars[j - 1] != "(" { j -= 1 }
        let word = lowercased(scalars[j..<dotAt])
        if word.isEmpty { return false }
        if abbreviations.contains(word) { return true }
        // `No. 5` and `Nos. 3-4` abbreviate "number"; a lone `No.` answers a question.
        if word == "no" || word == "nos" {
            var k = dotAt + 1
            while k < scalars.count, scalars[k] == " " { k += 1 }
            return k < scalars.count && scalars[k].properties.numericType != nil
        }
        if word.count == 1, word.unicodeScalars.first!.properties.isAlphabetic { return true }
        // An enumerator that opens the sentence: `1.`, `2.3.`, `iv.`, `b.`
        let firstWord = scalars[sentenceStart..<j].allSatisfy(\.isSpaceFast)
        if firstWord {
            if word.allSatisfy({ $0.isNumber || $0 == "." }) { return true }
            if word.count <= 4, word.allSatisfy({ "ivxlc".contains($0) }) { return true }
        }
        return false
    }

    /// The scalars as a lower-cased string; ASCII is folded as bytes.
    private static func lowercased(_ scalars: some Collection<Unicode.Scalar>) -> String {
        if scalars.allSatisfy(\.isASCII) {
            return String(decoding: scalars.map { v in UInt8(v.value) | (v.value >= 0x41 && v.value <= 0x5A ? 0x20 : 0) }, as: UTF8.self)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view).lowercased()
    }
}

/// Scalars a sentence can be split in, able to skip to the next scalar that may end one.
private protocol SplittableText: RandomAccessCollection<Unicode.Scalar> where Index == Int {
    /// The first index at or after `i` holding a line break, `.`, `!`, `?` or `…` (or the end).
    func nextCandidate(from i: Int) -> Int
}

/// ASCII bytes read as the scalars they are.
private struct ASCIIScalars: SplittableText {
    let bytes: UnsafeBufferPointer<UInt8>
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }
    subscript(i: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[i]) }

    /// Whether every byte is ASCII, read eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 8 <= bytes.count {
            if ByteScan.hasNonASCII(ByteScan.word(bytes, at: i)) { return false }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    func nextCandidate(from i: Int) -> Int {
        var i = i
        // Eight bytes at a time while none of them is a line break, `.`, `!` or `?`.
        while i + 8 <= bytes.count {
            let word = ByteScan.word(bytes, at: i)
            if ByteScan.contains(word, 0x0A) || ByteScan.contains(word, 0x2E) || ByteScan.contains(word, 0x21) || ByteScan.contains(word, 0x3F) { break }
            i += 8
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || b == 0x2E || b == 0x21 || b == 0x3F { return i }
            i += 1
        }
        return i
    }
}

/// The scalars of a text that is not all ASCII, decoded from its UTF-8 in one pass.
private struct DecodedScalars: SplittableText {
    let scalars: [Unicode.Scalar]
    var startIndex: Int { 0 }
    var endIndex: Int { scalars.count }
    subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    init(_ text: String) {
        var text = text
        scalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    var value = length == 1 ? UInt32(b) : UInt32(b) & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F)
                    if length > 1 { for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) } }
                    buffer[count] = Unicode.Scalar(value)!
                    count += 1
                    i += length
                }
            }
        }
    }

    func nextCandidate(from i: Int) -> Int {
        var i = i
        while i < scalars.count {
            let s = scalars[i]
            if s == "\n" || s == "." || s == "!" || s == "?" || s == "…" { return i }
            i += 1
        }
        return i
    }
}
