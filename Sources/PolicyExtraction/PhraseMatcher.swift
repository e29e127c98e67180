/// Finds every occurrence of many ``PhrasePattern``s in a token sequence.
///
/// Patterns are indexed by their first element (an exact word, or a prefix's first three
/// letters), so a sentence costs two hash look-ups per token.
struct PhraseMatcher<Payload: Sendable & Hashable>: Sendable {
    /// One occurrence: the payload of the pattern and the token range it covers.
    struct Match: Sendable, Hashable {
        var payload: Payload
        var tokens: Range<Int>
    }

    private let patterns: [(pattern: PhrasePattern, payload: Payload)]
    private let byWord: [String: [Int]]
    /// Prefix patterns by the first three letters of their prefix.
    private let byPrefix: [String: [Int]]

    /// Compiles `entries` (pattern source, payload); throws on the first malformed source.
    init(_ entries: [(String, Payload)]) throws(PatternError) {
        var compiled: [(PhrasePattern, Payload)] = []
        var byWord: [String: [Int]] = [:]
        var byPrefix: [String: [Int]] = [:]
        for (source, payload) in entries {
            let pattern = try PhrasePattern(source)
            switch pattern.elements[0] {
            case .word(let w): byWord[w, default: []].append(compiled.count)
            case .prefix(let p): byPrefix[String(p.prefix(3)), default: []].append(compiled.count)
            default: break
            }
            compiled.append((pattern, payload))
        }
        patterns = compiled
        self.byWord = byWord
        self.byPrefix = byPrefix
    }

    /// Every match, in order of start token; the longest first among matches starting together.
    func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        for start in tokens.indices where !tokens[start].isPunctuation {
            let word = tokens[start].text
            if let ids = byWord[word] { collect(ids, at: start, in: tokens, into: &found) }
            if word.utf8.count >= 3, let ids = byPrefix[String(word.prefix(3))] { collect(ids, at: start, in: tokens, into: &found) }
        }
        return found
    }

    private func collect(_ ids: [Int], at start: Int, in tokens: [Token], into found: inout [Match]) {
        for id in ids {
            if let end = Self.match(patterns[id].pattern.elements[...], tokens, start) {
                found.append(Match(payload: patterns[id].payload, tokens: start..<end))
            }
        }
    }

    /// The end of the shortest match of `elements` at `position`, or nil.
    private static func match(_ elements: ArraySlice<PhrasePattern.Element>, _ tokens: [Token], _ position: Int) -> Int? {
        guard let element = elements.first else { return position }
        let rest = elements.dropFirst()
        if case .gap(let width) = element {
            var p = position
            for _ in 0...width {
                if let end = match(rest, tokens, p) { return end }
                // A gap skips words and brackets ("United Kingdom (UK) data protection law"),
                // never other punctuation.
                guard p < tokens.count, !tokens[p].isPunctuation || tokens[p].text == "(" || tokens[p].text == ")" else { return nil }
                p += 1
            }
            return nil
        }
        guard position < tokens.count, !tokens[position].isPunctuation else { return nil }
        let text = tokens[position].text
        switch element {
        case .word(let w): guard text == w else { return nil }
        case .prefix(let p): guard text.hasPrefix(p) else { return nil }
        default: break
        }
        return match(rest, tokens, position + 1)
    }
}
