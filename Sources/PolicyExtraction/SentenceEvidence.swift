/// The facts answers are computed from: the analyzed sentences, each with its attribute names
/// (computed once) and the attribute names of its context (section headings, and the lead-in
/// paragraph of a list item).
struct SentenceEvidence: Sendable {
    let sentences: [AnalyzedSentence]
    /// Per sentence, per attribute: (name, family wildcard).
    let names: [[(name: String, wildcard: String)]]
    /// Per sentence: every attribute name and wildcard, for quick rejection.
    let nameSets: [Set<String>]
    /// Per sentence: names and wildcards of positive context attributes.
    let context: [Set<String>]
    /// The policy's domain, when known (privacy addresses on it are preferred).
    let domain: String?

    init(sentences: [AnalyzedSentence], context: [Set<String>], domain: String? = nil) {
        self.sentences = sentences
        self.context = context
        self.domain = domain
        names = sentences.map { $0.attributes.map { ($0.attribute.name, $0.attribute.familyWildcard) } }
        nameSets = names.map { pairs in Set(pairs.flatMap { [$0.name, $0.wildcard] }) }
    }

    /// Whether the sentence itself names something in `group`.
    func has(_ sentence: Int, _ group: Set<String>) -> Bool {
        let set = nameSets[sentence]
        return group.contains { set.contains($0) }
    }

    /// Indices (into the sentence's attributes) of attributes named in `group`.
    func matches(_ sentence: Int, _ group: Set<String>) -> [Int] {
        guard has(sentence, group) else { return [] }
        return names[sentence].indices.filter { group.contains(names[sentence][$0].name) || group.contains(names[sentence][$0].wildcard) }
    }

    /// Whether the sentence's context names something in `group`.
    func contextHas(_ sentence: Int, _ group: Set<String>) -> Bool {
        let set = context[sentence]
        return !set.isEmpty && group.contains { set.contains($0) }
    }

    func evidence(_ sentence: Int, negated: Bool) -> Evidence {
        let s = sentences[sentence]
        return Evidence(location: s.location, sectionPath: s.sectionPath, range: s.range, text: s.text, negated: negated)
    }
}
