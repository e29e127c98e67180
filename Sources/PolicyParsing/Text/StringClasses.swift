// Foundation: `contains(someString)` in this module has always been Foundation's search (its
// StringProtocol overload wins while any file here imports it); ``containsASCII(_:)`` falls
// back to that same search, and the call sites left unchanged keep it.
import Foundation

/// Character-class questions about whole strings, answered from the UTF-8 bytes when they can
/// be and by the `Character` scan otherwise, always with the same answer.
///
/// `Character.isLetter`/`isNumber` look at a character's first scalar, and an ASCII byte that
/// follows another ASCII byte (or starts the text) always starts a character of its own, so
/// such a byte decides by itself; only text with other scalars falls back to `Character`s.
extension StringProtocol {
    /// `contains { $0.isLetter || $0.isNumber }`.
    var containsLetterOrDigit: Bool {
        containsASCIIFast(isAlphanumericByte) ?? contains { $0.isLetter || $0.isNumber }
    }

    /// `contains(where: \.isLetter)`.
    var containsLetter: Bool {
        containsASCIIFast(isLetterByte) ?? contains(where: \.isLetter)
    }

    /// `split(whereSeparator: \.isWhitespace).count`, counted on the bytes of ASCII text
    /// (where the white-space characters are the bytes 0x09-0x0D and 0x20, CR LF included).
    var whitespaceSeparatedCount: Int {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: \.isWhitespace).count }
        var count = 0
        var inWord = false
        for byte in utf8 {
            let space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// `contains(String(character))` for an ASCII character other than CR: false without the byte; true
    /// when the byte stands alone between ASCII bytes (not after CR, for LF); else the scan.
    func containsASCII(_ character: Character) -> Bool {
        let target = character.asciiValue!
        var previous: UInt8? = nil
        var found = false
        var iterator = utf8.makeIterator()
        var current = iterator.next()
        while let byte = current {
            let next = iterator.next()
            if byte == target {
                found = true
                let alone = (previous.map { $0 < 0x80 && !(target == 0x0A && $0 == 0x0D) } ?? true) && (next.map { $0 < 0x80 } ?? true)
                if alone { return true }
            }
            previous = byte
            current = next
        }
        return found ? contains(String(character)) : false
    }

    /// `contains(needle)` (Foundation's search) for an ASCII needle without CR or LF: on ASCII
    /// text a byte search gives the same answer; other text falls back to the search.
    func containsASCIIText(_ needle: String) -> Bool {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return contains(needle) }
        let pattern = Array(needle.utf8)
        let hay = Array(utf8)
        guard let first = pattern.first, hay.count >= pattern.count else { return false }
        for start in 0...(hay.count - pattern.count) where hay[start] == first && hay[start..<start + pattern.count].elementsEqual(pattern) {
            return true
        }
        return false
    }

    private func containsASCIIFast(_ test: (UInt8) -> Bool) -> Bool? {
        PolicyParsing.containsASCIIFast(utf8, test)
    }
}

/// True when a byte of `utf8` that starts a character passes `test`, false when the text is
/// all ASCII and none does, nil when only the `Character` scan can tell.
@inline(__always)
func containsASCIIFast(_ utf8: some Sequence<UInt8>, _ test: (UInt8) -> Bool) -> Bool? {
    var previousASCII = true
    var allASCII = true
    for byte in utf8 {
        if byte < 0x80 {
            if previousASCII, test(byte) { return true }
            previousASCII = true
        } else {
            previousASCII = false
            allASCII = false
        }
    }
    return allASCII ? false : nil
}

@inline(__always) func isLetterByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
@inline(__always) func isAlphanumericByte(_ b: UInt8) -> Bool { isLetterByte(b) || (b >= 0x30 && b <= 0x39) }
