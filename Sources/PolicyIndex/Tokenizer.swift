import Foundation
import PolicyModel

/// One word of text as the index sees it.
public struct Token: Sendable, Hashable {
    /// The word folded: lower case, diacritics and compatibility forms removed, inner
    /// apostrophes dropped (`Don't` -> `dont`, `Café` -> `cafe`).
    public var text: String
    /// Where the word sits in the text that was tokenised, in Unicode-scalar offsets.
    public var range: TextRange
}

/// Splits text into folded words.
///
/// A word is a run of letters, digits and combining marks. An apostrophe (`'`, `’`, `ʼ`) between
/// two word characters is dropped and joins them; a hyphen splits (`opt-out` is two words at
/// consecutive positions, so the query `opt-out` finds it as a phrase); a soft hyphen is
/// ignored. Everything else separates words. Stop words are kept.
///
/// The scanner works on UTF-8 bytes with an ASCII fast path (a lower-case ASCII word closed by
/// an ASCII separator is handed over in place, uncopied); words holding other scalars are
/// folded through NFKD, lower-casing and mark removal.
public struct Tokenizer {
    private var word: [UInt8] = []
    private var folded: [UInt8] = []

    public init() {
        word.reserveCapacity(64)
        folded.reserveCapacity(64)
    }

    /// The words of `text`, with scalar ranges into it.
    public static func tokens(of text: String) -> [Token] {
        var tokenizer = Tokenizer()
        var out: [Token] = []
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            tokenizer.scan(UnsafeBufferPointer(buffer), 0..<buffer.count, scalarBase: 0) { word, start, end in
                out.append(Token(text: String(decoding: word, as: UTF8.self), range: TextRange(start: start, end: end)))
            }
        }
        return out
    }

    /// The folded words of `text`, without ranges.
    public static func words(of text: String) -> [String] {
        tokens(of: text).map(\.text)
    }

    /// Scans `bytes[range]`, whose first byte is scalar number `scalarBase`, calling `emit` with
    /// each folded word (valid only during the call) and its scalar start and end.
    mutating func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scalarBase: Int,
        _ emit: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void
    ) {
        var i = range.lowerBound
        let end = range.upperBound
        var scalar = scalarBase
        var inWord = false
        var wordStart = 0
        var needsFold = false
        word.removeAll(keepingCapacity: true)

        func flush(_ endScalar: Int) {
            defer {
                inWord = false
                needsFold = false
                word.removeAll(keepingCapacity: true)
            }
            guard inWord, !word.isEmpty else { return }
            if needsFold {
                Self.fold(word, into: &folded)
                guard !folded.isEmpty else { return }
                folded.withUnsafeBufferPointer { emit($0, wordStart, endScalar) }
            } else {
                word.withUnsafeBufferPointer { emit($0, wordStart, endScalar) }
            }
        }

        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 0x61...0x7A, 0x30...0x39:
                    if !inWord {
                        // Fast path: a run of lower-case ASCII letters and digits that a plain
                        // ASCII separator (or the end) closes is already folded: emit it in
                        // place, without copying it.
                        var j = i + 1
                        while j < end {
                            let c = bytes[j]
                            guard (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) else { break }
                            j += 1
                        }
                        if j == end || Self.isPlainSeparator(bytes[j]) {
                            emit(UnsafeBufferPointer(rebasing: bytes[i..<j]), scalar, scalar + (j - i))
                            scalar += j - i
                            i = j
                            continue
                        }
                        inWord = true
                        wordStart = scalar
                    }
                    word.append(b)
                case 0x41...0x5A:
                    if !inWord { inWord = true; wordStart = scalar }
                    word.append(b | 0x20)
                case 0x27:
                    if !(inWord && Self.wordCharFollows(bytes, i + 1, end)) { flush(scalar) }
                default:
                    flush(scalar)
                }
                i += 1
                scalar += 1
                continue
            }
            let (value, length) = Self.decode(bytes, i, end)
            switch value {
            case 0xAD:
                break // soft hyphen: invisible, joins
            case 0x2019, 0x02BC:
                if !(inWord && Self.wordCharFollows(bytes, i + length, end)) { flush(scalar) }
            default:
                if Self.isWordScalar(value) {
                    if !inWord { inWord = true; wordStart = scalar }
                    for k in i..<(i + length) { word.append(bytes[k]) }
                    needsFold = true
                } else {
                    flush(scalar)
                }
            }
            i += length
            scalar += 1
        }
        flush(scalar)
    }

    /// An ASCII byte that always ends a word: not a letter, digit, apostrophe or non-ASCII lead.
    @inline(__always)
    private static func isPlainSeparator(_ c: UInt8) -> Bool {
        c < 0x80 && c != 0x27 && !(c >= 0x61 && c <= 0x7A) && !(c >= 0x41 && c <= 0x5A) && !(c >= 0x30 && c <= 0x39)
    }

    /// Whether the scalar starting at `bytes[i]` is a word character.
    private static func wordCharFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i < end else { return false }
        let b = bytes[i]
        if b < 0x80 {
            return (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b) || (0x30...0x39).contains(b)
        }
        return isWordScalar(decode(bytes, i, end).value)
    }

    /// Decodes one UTF-8 scalar (the input comes from a Swift String, so it is valid).
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0xE0, i + 1 < end {
            return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0, i + 2 < end {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        if i + 3 < end {
            return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, end - i)
    }

    static func isWordScalar(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let p = scalar.properties
        if p.isAlphabetic || p.numericType != nil { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// NFKD, lower case, combining marks removed, and only word scalars kept.
    static func fold(_ word: [UInt8], into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        let text = String(decoding: word, as: UTF8.self).decomposedStringWithCompatibilityMapping.lowercased()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            guard isWordScalar(scalar.value) else { continue }
            out.append(contentsOf: String(scalar).utf8)
        }
    }
}
