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

    /// True when a byte that starts a character passes `test`, false when the text is all
    /// ASCII and none does, nil when only the `Character` scan can tell.
    private func containsASCIIFast(_ test: (UInt8) -> Bool) -> Bool? {
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
}

@inline(__always) func isLetterByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
@inline(__always) func isAlphanumericByte(_ b: UInt8) -> Bool { isLetterByte(b) || (b >= 0x30 && b <= 0x39) }
