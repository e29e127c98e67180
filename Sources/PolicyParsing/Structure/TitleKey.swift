/// A heading title as a table of contents matches it: its letters and digits, case folded.
///
/// An ASCII title is compared and hashed through its own bytes, so that a document's hundreds
/// of thousands of headings need no key string each (String keys for a 100 MB file of short
/// sections took 29 MB); another title keeps the key made from it (lower case, letters and
/// numbers), compared as strings compare.
struct TitleKey: Hashable {
    /// The title itself when ``folded`` is false; its key otherwise.
    private let text: String
    private let folded: Bool

    init(_ title: String) {
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            text = title
            folded = false
        } else {
            text = String(title.lowercased().filter { $0.isLetter || $0.isNumber })
            folded = true
        }
    }

    /// The key's bytes when it is ASCII (nil for a key with other characters).
    private var asciiKey: LazyMapSequence<LazyFilterSequence<String.UTF8View>, UInt8>? {
        if folded {
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return text.utf8.lazy.filter { _ in true }.map { $0 }
        }
        return text.utf8.lazy.filter(isAlphanumericByte).map { $0 | 0x20 }
    }

    static func == (a: TitleKey, b: TitleKey) -> Bool {
        if a.folded && b.folded { return a.text == b.text }
        // At least one ASCII title: equal keys are the same ASCII bytes.
        guard let x = a.asciiKey, let y = b.asciiKey else { return false }
        return x.elementsEqual(y)
    }

    func hash(into hasher: inout Hasher) {
        guard let bytes = asciiKey else {
            hasher.combine(text)
            return
        }
        // Eight bytes to a word; the count of the last word's bytes ends the key.
        var word: UInt64 = 0, n = 0
        for byte in bytes {
            word = word << 8 | UInt64(byte)
            n += 1
            if n == 8 {
                hasher.combine(word)
                word = 0
                n = 0
            }
        }
        hasher.combine(word)
        hasher.combine(n)
    }
}
