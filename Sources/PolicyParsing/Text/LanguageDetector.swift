import PolicyModel

/// Guesses a text's language from its script and its most common function words.
public enum LanguageDetector {
    /// Frequent short words that are rare in the other languages listed.
    static let stopWords: [(code: String, words: Set<String>)] = [
        ("en", ["the", "and", "of", "to", "you", "we", "your", "is", "that", "with", "for", "this", "are", "or", "our", "will", "not", "be", "by", "may"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "zu", "den", "mit", "sie", "ihre", "wir", "auf", "für", "von", "dem", "eine", "werden", "oder", "uns"]),
        ("fr", ["le", "la", "les", "et", "des", "est", "vous", "nous", "pour", "que", "une", "dans", "sur", "vos", "pas", "par", "qui", "ou", "aux", "ces"]),
        ("es", ["el", "los", "las", "y", "que", "del", "por", "para", "una", "con", "su", "sus", "usted", "es", "se", "lo", "como", "datos", "más", "nuestro"]),
        ("it", ["il", "di", "che", "per", "gli", "della", "sono", "con", "non", "una", "dei", "delle", "nel", "ai", "questo", "vostri", "suoi", "alla", "essere", "dati"]),
        ("pt", ["os", "que", "não", "uma", "para", "com", "dos", "das", "você", "seus", "suas", "pelo", "pela", "ao", "nós", "são", "foi", "mais", "como", "dados"]),
        ("nl", ["de", "het", "een", "en", "van", "ik", "je", "dat", "niet", "zijn", "wij", "uw", "voor", "met", "op", "worden", "gegevens", "ons", "deze", "naar"]),
    ]

    /// Each stop word and the languages (bit i = `stopWords[i]`) it belongs to.
    static let stopWordLanguages: [String: UInt8] = {
        var map: [String: UInt8] = [:]
        for (i, entry) in stopWords.enumerated() {
            for word in entry.words { map[word, default: 0] |= 1 << UInt8(i) }
        }
        return map
    }()

    /// Looks at the first 20,000 characters: enough to tell, cheap enough for every file.
    public static func guess(_ text: some StringProtocol) -> LanguageGuess {
        var scripts: [String: Int] = [:]
        var letters = 0
        var counts = Array(repeating: 0, count: stopWords.count)
        var words = 0
        var word: [UInt8] = []
        func endWord() {
            guard !word.isEmpty else { return }
            words += 1
            if word.count <= 9, let langs = stopWordLanguages[String(decoding: word, as: UTF8.self)] {
                for i in counts.indices where langs & (1 << UInt8(i)) != 0 { counts[i] += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars.prefix(20_000) {
            let v = scalar.value
            if v < 0x80 {
                if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A {
                    letters += 1
                    word.append(UInt8(v | 0x20))
                } else {
                    endWord()
                }
                continue
            }
            guard scalar.properties.isAlphabetic else { endWord(); continue }
            letters += 1
            switch v {
            case 0x3040...0x30FF: scripts["ja", default: 0] += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: scripts["ko", default: 0] += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: scripts["zh", default: 0] += 1
            case 0x0400...0x04FF: scripts["ru", default: 0] += 1
            case 0x0600...0x06FF: scripts["ar", default: 0] += 1
            case 0x0590...0x05FF: scripts["he", default: 0] += 1
            case 0x0370...0x03FF: scripts["el", default: 0] += 1
            default: break
            }
            for ch in String(scalar).lowercased().utf8 { word.append(ch) }
        }
        endWord()
        guard letters >= 20 else { return .undetermined }
        if let (code, n) = scripts.max(by: { $0.value < $1.value }), Double(n) / Double(letters) > 0.3 {
            // Kana alongside Han means Japanese.
            let resolved = code == "zh" && (scripts["ja"] ?? 0) > 0 ? "ja" : code
            return LanguageGuess(code: resolved, confidence: min(1, Double(n) / Double(letters)))
        }
        let ranked = counts.enumerated().sorted { $0.element > $1.element }
        guard words >= 5, ranked[0].element > 0 else { return .undetermined }
        let best = ranked[0].element, second = ranked[1].element
        let confidence = Double(best - second) / Double(best)
        return LanguageGuess(code: stopWords[ranked[0].offset].code, confidence: (confidence * 100).rounded() / 100)
    }
}
