import PolicyModel

/// A sentence that answers a browser signal named in the sentence before it reads as naming
/// that signal: in "Your browser may send a Do Not Track signal. We do not respond to such
/// signals.", the second sentence is the one that says no.
enum SignalReferences {
    /// The browser signals a sentence names: Do Not Track and opt-out preference signals (GPC).
    static let signals: [Attribute] = [.action(.honorDoNotTrack), .choice(.optOutSignal)]

    /// The signals among `attributes`.
    static func named(in attributes: [AttributeMatch]) -> [Attribute] {
        signals.filter { signal in attributes.contains { $0.attribute == signal } }
    }

    /// Matches to add to a sentence that names none of `previous` (the signals of the sentence
    /// before) itself but has a verb of honouring and refers back to a signal ("such signals",
    /// "this request", "these settings"): one per signal, on the words that refer back, in the
    /// clause of that verb.
    static func carried(_ previous: [Attribute], scalars: ArraySlice<Unicode.Scalar>, offset: Int, attributes: [AttributeMatch]) -> [AttributeMatch] {
        guard !previous.isEmpty,
              let honor = attributes.first(where: { $0.attribute == .action(.honor) }),
              let (reference, firstParty) = backReference(in: scalars), firstParty else { return [] }
        let range = TextRange(start: offset + reference.lowerBound - scalars.startIndex, end: offset + reference.upperBound - scalars.startIndex)
        return previous.filter { signal in !attributes.contains { $0.attribute == signal } }.map {
            AttributeMatch(attribute: $0, range: range, negated: false, hasException: false, clause: honor.clause)
        }
    }

    private static let determiners: Set<String> = ["this", "these", "that", "those", "such"]
    private static let nouns: Set<String> = [
        "signal", "signals", "request", "requests", "setting", "settings", "feature", "features",
        "preference", "preferences", "header", "headers", "mechanism", "mechanisms", "instruction", "instructions",
    ]

    /// Words that make the company the one answering ("we do not respond", "our site does not
    /// recognize"), not a browser or sites in general ("most browsers support these settings",
    /// "many websites do not respond to such signals").
    private static let firstParty: Set<String> = ["we", "our", "us", "site", "website", "service", "services"]

    /// The scalar range of the first determiner and signal noun ("such signals", "such a
    /// request", "these browser settings"), if any, and whether the sentence speaks of the
    /// company (``firstParty``).
    static func backReference(in scalars: ArraySlice<Unicode.Scalar>) -> (Range<Int>, Bool)? {
        var words: [(text: String, range: Range<Int>)] = []
        var i = scalars.startIndex
        while i < scalars.endIndex {
            guard scalars[i].properties.isAlphabetic else { i += 1; continue }
            var end = i
            while end < scalars.endIndex, scalars[end].properties.isAlphabetic { end += 1 }
            words.append((String(String.UnicodeScalarView(scalars[i..<end])).lowercased(), i..<end))
            i = end
        }
        for (k, word) in words.enumerated() where determiners.contains(word.text) {
            // "such a signal", "these browser signals", "this DNT setting".
            for j in (k + 1)..<min(words.count, k + 3) where nouns.contains(words[j].text) {
                return (word.range.lowerBound..<words[j].range.upperBound, words.contains { firstParty.contains($0.text) })
            }
        }
        return nil
    }
}
