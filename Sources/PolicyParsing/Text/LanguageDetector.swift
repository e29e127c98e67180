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

    /// Each stop word, its UTF-8 bytes packed little-endian into a `UInt64` (none is longer
    /// than 8 bytes), and the languages (bit i = `stopWords[i]`) it belongs to.
    static let stopWordLanguages: [UInt64: UInt8] = {
        var map: [UInt64: UInt8] = [:]
        for (i, entry) in stopWords.enumerated() {
            for word in entry.words {
                precondition(word.utf8.count <= 8, "stop word \(word) is longer than 8 bytes")
                var key: UInt64 = 0
                for (k, byte) in word.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(k)) }
                map[key, default: 0] |= 1 << UInt8(i)
            }
        }
        return map
    }()

    /// ``stopWordLanguages`` as an open-addressing table: a probe or two per word, no hashing.
    static let stopWordTable = PackedWordTable(stopWordLanguages)

    /// The characters read: enough to tell, cheap enough for every file.
    static let scalarLimit = 20_000

    /// Looks at the first ``scalarLimit`` characters.
    public static func guess(_ text: some StringProtocol) -> LanguageGuess {
        var scanner = Scanner()
        scanner.feed(String(text))
        return scanner.guess()
    }

    /// Reads text piece by piece, as if the pieces were one string, up to ``scalarLimit``
    /// characters; ``guess()`` tells the language. Fed a document's blocks directly, it saves
    /// joining them into a sample.
    struct Scanner {
        private var scripts: [String: Int] = [:]
        private var letters = 0
        private var counts = [Int](repeating: 0, count: LanguageDetector.stopWords.count)
        private var words = 0
        /// The lower-cased word so far: its first 8 bytes packed, and its length in bytes.
        private var word: UInt64 = 0
        private var wordLength = 0
        private var scalars = 0
        /// The bytes fed so far, counted whole even past ``scalarLimit``.
        private(set) var bytesFed = 0
        // Read once: a static's every access checks that it is initialised.
        private let table = LanguageDetector.stopWordTable

        /// Whether the characters read reached ``scalarLimit`` (what is fed next is not read).
        var isFull: Bool { scalars >= LanguageDetector.scalarLimit }

        /// Reads `text` followed by `separator` (a space, as a sample of blocks is joined).
        mutating func feed(_ text: String, separator: String = "") {
            bytesFed += text.utf8.count + separator.utf8.count
            guard !isFull else { return }
            var text = text
            text.makeContiguousUTF8()
            text.utf8.withContiguousStorageIfAvailable { read($0) }
            if !separator.isEmpty, !isFull { separator.utf8.withContiguousStorageIfAvailable { read($0) } }
        }

        /// Counts the word read so far (its packed bytes and length) and starts the next.
        private mutating func endWord(_ word: inout UInt64, _ wordLength: inout Int) {
            guard wordLength > 0 else { return }
            words += 1
            if wordLength <= 8, let langs = table.languages(of: word) {
                for i in counts.indices where langs & (1 << UInt8(i)) != 0 { counts[i] += 1 }
            }
            word = 0
            wordLength = 0
        }

        /// ASCII letters read directly, other scalars decoded. The word and the tallies are
        /// kept in locals while reading (stored properties are written back once).
        private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            var word = self.word, wordLength = self.wordLength, letters = self.letters, scalars = self.scalars
            defer { (self.word, self.wordLength, self.letters, self.scalars) = (word, wordLength, letters, scalars) }
            let limit = LanguageDetector.scalarLimit
            let n = bytes.count
            var i = 0
            while i < n, scalars < limit {
                let b = bytes[i]
                if b < 0x80 {
                    // A run of ASCII, up to the limit, without the multi-byte checks.
                    let end = min(n, i + (limit - scalars))
                    let start = i
                    while i < end {
                        let c = bytes[i]
                        guard c < 0x80 else { break }
                        i += 1
                        if isLetterByte(c) {
                            letters += 1
                            if wordLength < 8 { word |= UInt64(c | 0x20) << (8 * UInt64(wordLength)) }
                            wordLength += 1
                        } else if wordLength > 0 {
                            endWord(&word, &wordLength)
                        }
                    }
                    scalars += i - start
                    continue
                }
                scalars += 1
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var v = UInt32(b) & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F)
                for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                i += length
                let scalar = Unicode.Scalar(v)!
                guard scalar.properties.isAlphabetic else { endWord(&word, &wordLength); continue }
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
                for ch in String(scalar).lowercased().utf8 {
                    if wordLength < 8 { word |= UInt64(ch) << (8 * UInt64(wordLength)) }
                    wordLength += 1
                }
            }
        }

        /// The language of what was read.
        func guess() -> LanguageGuess {
            var finished = self
            var (word, wordLength) = (self.word, self.wordLength)
            finished.endWord(&word, &wordLength)
            return finished.result()
        }

        private func result() -> LanguageGuess {
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
            return LanguageGuess(code: LanguageDetector.stopWords[ranked[0].offset].code, confidence: (confidence * 100).rounded() / 100)
        }
    }
}

/// Packed words (see ``LanguageDetector/stopWordLanguages``) and their language bits, in a
/// power-of-two table probed linearly from a multiplicative hash.
struct PackedWordTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt8]
    private let shift: UInt64

    init(_ map: [UInt64: UInt8]) {
        var bits: UInt64 = 4
        while (1 << bits) < map.count * 4 { bits += 1 }
        shift = 64 - bits
        keys = Array(repeating: 0, count: 1 << bits)
        values = Array(repeating: 0, count: 1 << bits)
        for (key, value) in map {
            var slot = Self.slot(key, shift)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
    }

    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The language bits of a packed word, nil when it is no stop word (0 is never a word).
    func languages(of key: UInt64) -> UInt8? {
        var slot = Self.slot(key, shift)
        while keys[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }
}
