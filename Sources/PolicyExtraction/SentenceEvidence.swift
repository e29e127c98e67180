import PolicyModel

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

    /// Table data rows under a header, by block: their sentences are shown with the header's names.
    let tableRows: [BlockLocation: TableRow]
    /// Yes and no stated in table cells.
    let votes: [TableVote]
    /// The header rows of tables.
    let headerRows: Set<BlockLocation>
    /// List items under a lead-in that ends with a colon, and that lead-in.
    let leadIns: [BlockLocation: String]

    init(
        sentences: [AnalyzedSentence], context: [Set<AttributePattern>], domain: String? = nil,
        tableRows: [BlockLocation: TableRow] = [:], votes: [TableVote] = [], headerRows: Set<BlockLocation> = [],
        leadIns: [BlockLocation: String] = [:]
    ) {
        self.headerRows = headerRows
        self.leadIns = leadIns
        self.sentences = sentences
        self.context = context
        self.domain = domain
        self.tableRows = tableRows
        self.votes = votes
        patterns = sentences.map { $0.attributes.map { (.exact($0.attribute), .any($0.attribute.family)) } }
        patternSets = patterns.map { pairs in Set(pairs.flatMap { [$0.exact, $0.family] }) }
    }

    /// Whether the sentence itself has an attribute that meets a pattern in `group`.
    func has(_ sentence: Int, _ group: Set<AttributePattern>) -> Bool {
        let set = patternSets[sentence]
        // The smaller set is walked, the larger one looked up (patterns hash slowly).
        return set.count < group.count ? set.contains { group.contains($0) } : group.contains { set.contains($0) }
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

    /// Whether the sentence is (in) a table's header row: it names what the columns hold and
    /// states nothing.
    func isTableHeader(_ sentence: Int) -> Bool {
        !headerRows.isEmpty && headerRows.contains(sentences[sentence].location)
    }

    /// The length of fact `index`'s sentence, in scalars.
    func length(of index: Int) -> Int {
        index < sentences.count ? sentences[index].range.end - sentences[index].range.start : votes[index - sentences.count].text.count
    }

    /// Evidence for fact `index`: a sentence, or past the sentences, one of ``votes``.
    func evidence(_ index: Int, negated: Bool) -> Evidence {
        guard index < sentences.count else {
            let v = votes[index - sentences.count]
            return Evidence(location: v.location, sectionPath: v.sectionPath, range: v.range, text: v.text, negated: negated)
        }
        let s = sentences[index]
        // A table row is quoted with its header's names, a list item with its lead-in.
        let text = tableRows[s.location]?.text(focus: s.range) ?? leadIns[s.location].map { "\($0) … \(s.text)" } ?? s.text
        return Evidence(location: s.location, sectionPath: s.sectionPath, range: s.range, text: text, negated: negated)
    }
}
