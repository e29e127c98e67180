import BrowserCore
import PolicyExtraction
import PolicyModel

/// Hand-made practice summaries for the fixtures, so comparison views do not move when the
/// classifier does.
struct TableSource: PracticeSource {
    var table: [String: PracticeSummary]

    func cachedSummary(for policy: Policy) -> PracticeSummary? { nil }
    func summary(for policy: Policy) -> PracticeSummary { table[policy.id] ?? PracticeSummary(answers: [:]) }
}

enum ComparisonFixtures {
    /// An older version of example.com: no cookie section, and it sold data then.
    static let exampleOld = Fixtures.policy("example.com", year: 2017, title: "Example Privacy Policy",
        preamble: [Fixtures.block("Last updated: March 2017.")],
        sections: [Fixtures.section("Example Privacy Policy", level: 1, [Fixtures.block("This policy explains what we collect.")], children: [
            Fixtures.section("Information We Collect", [
                Fixtures.block("We collect your name and email address when you visit."),
            ]),
            Fixtures.section("How We Share Information", [Fixtures.block("We share data with service providers. We may sell your data to partners.")]),
            Fixtures.section("Contact", [Fixtures.block("Write to privacy@example.com.")]),
        ])])

    static var policies: [Policy] { [Fixtures.example, Fixtures.wide, Fixtures.other, exampleOld].map(withSentences) }

    /// The policy with sentence ranges in every block (split after ". "), as the parser gives.
    static func withSentences(_ p: Policy) -> Policy {
        func split(_ b: Block) -> Block {
            let scalars = Array(b.text.unicodeScalars)
            var ranges: [TextRange] = [], start = 0
            for i in scalars.indices where i > 0 && scalars[i - 1] == "." && scalars[i] == " " {
                ranges.append(TextRange(start: start, end: i))
                start = i + 1
            }
            ranges.append(TextRange(start: start, end: scalars.count))
            return Block(kind: b.kind, text: b.text, sentences: ranges, line: b.line)
        }
        func section(_ s: Section) -> Section {
            var s = s
            s.blocks = s.blocks.map(split)
            s.children = s.children.map(section)
            return s
        }
        var p = p
        p.preamble = p.preamble.map(split)
        p.sections = p.sections.map(section)
        return p
    }

    /// The evidence `sentence` in a block of `policy` (section 0 is the preamble).
    static func ref(_ policy: Policy, _ section: Int, _ block: Int, _ sentence: String) -> Evidence {
        let numbered = policy.numberedSections[section]
        let scalars = Array(numbered.blocks[block].text.unicodeScalars)
        let needle = Array(sentence.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return Evidence(location: BlockLocation(sectionNumber: section, blockIndex: block),
                        sectionPath: numbered.location.titlePath, range: TextRange(start: start, end: start + needle.count),
                        text: sentence, negated: false)
    }

    /// An answer's value, confidence and evidence; ``summary(_:sectionCategories:note:)`` adds its question.
    typealias PartialAnswer = (value: AnswerValue, confidence: Double, evidence: [Evidence])

    static func answer(_ value: AnswerValue, _ confidence: Double = 0.9, _ evidence: [Evidence] = []) -> PartialAnswer {
        (value, confidence, evidence)
    }

    static func summary(_ answers: [Question: PartialAnswer], sectionCategories: [Int: String] = [:], note: String? = nil) -> PracticeSummary {
        PracticeSummary(
            answers: Dictionary(uniqueKeysWithValues: answers.map { q, a in
                (q, Answer(question: q, value: a.value, confidence: a.confidence, evidence: a.evidence))
            }),
            sectionCategories: sectionCategories, note: note)
    }

    static let source = TableSource(table: [
        Fixtures.example.id: summary([
            .cookies: answer(.yes, 0.9, [ref(Fixtures.example, 3, 0, "We use cookies to remember you; you can turn cookies off."),
                                         ref(Fixtures.example, 2, 0, "We collect your name, email address and the cookies your browser sends us when you visit.")]),
            .sellsData: answer(.no, 0.8, [ref(Fixtures.example, 4, 0, "We do not sell your data.")]),
            .sharesServiceProviders: answer(.yes, 0.9, [ref(Fixtures.example, 4, 0, "We share data with service providers.")]),
            .collectsContact: answer(.yes, 0.9, [ref(Fixtures.example, 2, 0, "We collect your name, email address and the cookies your browser sends us when you visit.")]),
            .childrenMinAge: answer(.integer(13), 0.3),
            .privacyContact: answer(.list(["privacy@example.com"]), 0.9, [ref(Fixtures.example, 5, 0, "Write to privacy@example.com.\u{1B}[31m")]),
        ], sectionCategories: [0: "introduction", 1: "introduction", 2: "collection", 3: "collection", 4: "sharing", 5: "contact"]),
        Fixtures.other.id: summary([
            .cookies: answer(.yes, 0.6, [ref(Fixtures.other, 2, 0, "Settings.")]),
            .sellsData: answer(.yes, 0.4),
            .frameworks: answer(.list(["GDPR", "CCPA", "EU-U.S. Privacy Shield", "Swiss-U.S. Privacy Shield", "TRUSTe", "COPPA"]), 0.8),
        ], sectionCategories: [1: "introduction", 2: "choice"]),
        Fixtures.wide.id: PracticeSummary(answers: [:], note: "not in English (detected language: ja); not classified"),
        exampleOld.id: summary([
            .collectsContact: answer(.yes, 0.9, [ref(exampleOld, 2, 0, "We collect your name and email address when you visit.")]),
            .sellsData: answer(.yes, 0.7, [ref(exampleOld, 3, 0, "We may sell your data to partners.")]),
            .sharesServiceProviders: answer(.yes, 0.9, [ref(exampleOld, 3, 0, "We share data with service providers.")]),
            .privacyContact: answer(.list(["privacy@example.com"]), 0.9, [ref(exampleOld, 4, 0, "Write to privacy@example.com.")]),
        ], sectionCategories: [0: "introduction", 1: "introduction", 2: "collection", 3: "sharing", 4: "contact"]),
    ])

    static func state(_ w: Int, _ h: Int, policies: [Policy] = ComparisonFixtures.policies) -> BrowserState {
        BrowserState(policies: policies, size: Size(width: w, height: h), practices: source)
    }
}
