import PolicyModel

/// A word or a clause-marking punctuation mark of a sentence, lowercased.
struct Token: Sendable, Hashable {
    /// The lowercased word (`don't`, `e`, `mail`...) or the punctuation mark (`,`).
    var text: String
    /// Unicode-scalar offsets into the text that was tokenized.
    var start: Int
    var end: Int
    /// True for `,` `;` `:` `(` `)` `?` `!` and quotes; false for words and numbers.
    var isPunctuation: Bool
}

/// Splits text into lowercased words and clause punctuation. Words are runs of letters and
/// digits, with inner apostrophes kept (`don't`, curly ones made straight); hyphens, slashes and
/// other symbols separate words (`e-mail` -> `e`, `mail`), so pattern tables and text agree.
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        tokenize(Array(text.unicodeScalars)[...])
    }

    /// Tokenizes a slice of scalars; offsets are relative to the slice's start.
    static func tokenize(_ scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let base = scalars.startIndex
        var i = scalars.startIndex
        var word = String.UnicodeScalarView()
        var wordStart = 0
        func flush(_ end: Int) {
            guard !word.isEmpty else { return }
            tokens.append(Token(text: String(word), start: wordStart, end: end, isPunctuation: false))
            word = String.UnicodeScalarView()
        }
        while i < scalars.endIndex {
            let s = scalars[i]
            if s.isAlphanumericFast {
                if word.isEmpty { wordStart = i - base }
                word.append(lower(s))
            } else if isApostrophe(s), !word.isEmpty, i + 1 < scalars.endIndex, scalars[i + 1].isAlphanumericFast {
                word.append("'")
            } else {
                flush(i - base)
                if clausePunctuation.contains(s) {
                    tokens.append(Token(text: String(s), start: i - base, end: i - base + 1, isPunctuation: true))
                }
            }
            i += 1
        }
        flush(i - base)
        return tokens
    }

    private static let clausePunctuation: Set<Unicode.Scalar> = [",", ";", ":", "(", ")", "?", "!", "\"", "“", "”", "[", "]"]

    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}"
    }

    @inline(__always)
    private static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value >= 0x41 && s.value <= 0x5A { return Unicode.Scalar(s.value + 32)! }
        if s.value < 0x80 { return s }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }
}
