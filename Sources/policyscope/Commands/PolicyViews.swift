import PolicyModel

/// The JSON shapes the commands print. Their keys are contracts that tests and tools read.
struct PolicySummary: Encodable {
    var policy: PolicyListing

    enum Keys: String, CodingKey {
        case id, domain, title, archivedOn, source, file, sections, words, language, format
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(policy.id, forKey: .id)
        try c.encode(policy.domain, forKey: .domain)
        try c.encode(policy.title, forKey: .title)
        try c.encode(policy.archivedOn?.description, forKey: .archivedOn)
        try c.encode(policy.source, forKey: .source)
        try c.encode(policy.file, forKey: .file)
        try c.encode(policy.sectionCount, forKey: .sections)
        try c.encode(policy.wordCount, forKey: .words)
        try c.encode(policy.language.code, forKey: .language)
        try c.encode(policy.format.rawValue, forKey: .format)
    }
}

/// `outline --format json`: the section tree.
struct OutlineView: Encodable {
    struct Node: Encodable {
        var number: Int
        var title: String
        var level: Int
        var style: String
        var line: Int
        var children: [Node]
    }

    var id: String
    var sections: [Node]

    init(_ policy: Policy) {
        id = policy.id
        var counter = 0
        func node(_ s: Section) -> Node {
            counter += 1
            let number = counter
            return Node(number: number, title: s.title, level: s.level, style: s.style.rawValue, line: s.line, children: s.children.map(node))
        }
        sections = policy.sections.map(node)
    }
}

/// `show --format json`: sections in document order, each with its own blocks.
struct ShowView: Encodable {
    struct SectionView: Encodable {
        var number: Int
        var path: [String]
        var title: String
        var level: Int
        var blocks: [BlockView]
    }

    struct BlockView: Encodable {
        struct LinkView: Encodable { var text: String; var url: String; var start: Int; var end: Int }
        struct SentenceView: Encodable { var start: Int; var end: Int; var text: String }
        var kind: String
        var line: Int
        var text: String
        var links: [LinkView]
        var sentences: [SentenceView]

        init(_ block: Block) {
            kind = block.kind.name
            line = block.line
            text = block.text
            links = block.links.map { LinkView(text: block.text(of: $0.range), url: $0.url, start: $0.range.start, end: $0.range.end) }
            sentences = zip(block.sentences, block.sentenceTexts).map { SentenceView(start: $0.start, end: $0.end, text: $1) }
        }
    }

    var id: String
    var domain: OrNull<String>
    var title: String
    var archivedOn: OrNull<String>
    /// Left out when a section other than the preamble is shown.
    var preamble: [BlockView]?
    var sections: [SectionView]
}
