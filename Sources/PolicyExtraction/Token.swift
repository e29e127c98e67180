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
            if word.isEmpty, s == "h" || s == "H" || s == "w" || s == "W", let url = webAddress(scalars, from: i) {
                // A web address reads as the name of its site ("https://secure.example.com/a"
                // is "example": no security measure; "feedback-form.truste.com" names TRUSTe).
                for run in url.site {
                    tokens.append(Token(text: String(String.UnicodeScalarView(run.map(lower))), start: i - base, end: url.end - base, isPunctuation: false))
                }
                i = url.end
                continue
            }
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

    /// The web address starting at `i` ("http://", "https://", "www."): where it ends (the
    /// next space or closing bracket) and the words of its site's name, the label before the
    /// top-level domain (and before "co.", "com." and the like). Nil when none starts there.
    private static func webAddress(_ scalars: ArraySlice<Unicode.Scalar>, from i: Int) -> (end: Int, site: [[Unicode.Scalar]])? {
        guard i == scalars.startIndex || !scalars[i - 1].isAlphanumericFast else { return nil }
        // Most words starting with "h" or "w" ("we", "which", "how") end the search here.
        guard i + 4 < scalars.endIndex, lower(scalars[i + 1]) == (lower(scalars[i]) == "h" ? "t" : "w") else { return nil }
        let prefix = urlPrefixes.first { prefix in
            i + prefix.count <= scalars.endIndex
                && zip(scalars[i..<(i + prefix.count)], prefix).allSatisfy { lower($0) == $1 }
        }
        guard let prefix else { return nil }
        var j = i
        while j < scalars.endIndex, !scalars[j].properties.isWhitespace, !urlClosers.contains(scalars[j]) { j += 1 }
        // A sentence's punctuation after the address is not part of it ("see www.example.com, or").
        while j > i + prefix.count, urlTrailers.contains(scalars[j - 1]) { j -= 1 }
        let hostStart = prefix.last == "." ? i : i + prefix.count
        let host = scalars[hostStart..<j].prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        var labels = host.split(separator: ".").map(Array.init)
        if labels.count >= 3, let second = labels.dropLast().last, secondLevel.contains(String(String.UnicodeScalarView(second.map(lower)))) {
            labels.removeLast()
        }
        guard labels.count >= 2 else { return (j, []) }
        let site = labels[labels.count - 2].split { !$0.isAlphanumericFast }.map(Array.init)
        return (j, site)
    }

    private static let urlPrefixes: [[Unicode.Scalar]] = [
        ["h", "t", "t", "p", ":", "/", "/"], ["h", "t", "t", "p", "s", ":", "/", "/"], ["w", "w", "w", "."],
    ]
    /// Second-level labels under a country's domain ("example.co.uk").
    private static let secondLevel: Set<String> = ["co", "com", "org", "net", "gov", "ac", "edu"]

    private static let urlClosers: Set<Unicode.Scalar> = [")", "]", ">", "\"", "”"]
    private static let urlTrailers: Set<Unicode.Scalar> = [",", ".", ";", ":", "!", "?", "'", "’"]

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
