/// The facts answers are computed from: the analyzed sentences, each with the patterns its
/// attributes meet (computed once) and the patterns of its context (section headings, and the
/// lead-in paragraph of a list item).
struct SentenceEvidence: Sendable {
    let sentences: [AnalyzedSentence]
    /// Per sentence, per attribute: the attribute and its family pattern.
    let patterns: [[(exact: AttributePattern, family: AttributePattern)]]
    /// Per sentence: every pattern its attributes meet, for quick rejection.
    let patternSets: [Set<AttributePattern>]
    /// Per sentence: patterns met by positive context attributes.
    let context: [Set<AttributePattern>]
    /// The policy's domain, when known (privacy addresses on it are preferred).
    let domain: String?

    init(sentences: [AnalyzedSentence], context: [Set<AttributePattern>], domain: String? = nil) {
        self.sentences = sentences
        self.context = context
        self.domain = domain
        patterns = sentences.map { $0.attributes.map { (.exact($0.attribute), .any($0.attribute.family)) } }
        patternSets = patterns.map { pairs in Set(pairs.flatMap { [$0.exact, $0.family] }) }
    }

    /// Whether the sentence itself has an attribute that meets a pattern in `group`.
    func has(_ sentence: Int, _ group: Set<AttributePattern>) -> Bool {
        let set = patternSets[sentence]
        return group.contains { set.contains($0) }
    }

    /// Indices (into the sentence's attributes) of attributes that meet a pattern in `group`.
    func matches(_ sentence: Int, _ group: Set<AttributePattern>) -> [Int] {
        guard has(sentence, group) else { return [] }
        let pairs = patterns[sentence]
        return pairs.indices.filter { group.contains(pairs[$0].exact) || group.contains(pairs[$0].family) }
    }

    /// Whether the sentence's context meets a pattern in `group`.
    func contextHas(_ sentence: Int, _ group: Set<AttributePattern>) -> Bool {
        let set = context[sentence]
        return !set.isEmpty && group.contains { set.contains($0) }
    }

    func evidence(_ sentence: Int, negated: Bool) -> Evidence {
        let s = sentences[sentence]
        return Evidence(location: s.location, sectionPath: s.sectionPath, range: s.range, text: s.text, negated: negated)
    }
}
