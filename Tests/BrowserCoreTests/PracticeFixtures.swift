import PolicyClassifier
import PolicyExtraction
import PolicyModel
@testable import BrowserCore

/// Hand-made practices of ``Fixtures/example``: nine legend categories (all but do-not-track), scores, a
/// denial, attributes and answers with evidence, served as the browser's practice cache does
/// (``PracticeLegend``, ``PracticeSummary``), so snapshots do not move with the model.
struct FixturePractices: HighlightProvider, PracticeSource {
    let practices: PolicyPractices

    init() { practices = Self.make() }

    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight] {
        policy.id == practices.id ? PracticeLegend.highlights(practices)[location] ?? [] : []
    }

    func styleSlot(forCategory category: String) -> Int? { PracticeLegend.slot(forName: category) }

    func sentences(at location: BlockLocation, in policy: Policy) -> [AnalyzedSentence] {
        policy.id == practices.id ? practices.sentences.filter { $0.location == location } : []
    }

    func cachedSummary(for policy: Policy) -> PracticeSummary? { summary(for: policy) }

    func summary(for policy: Policy) -> PracticeSummary {
        policy.id == practices.id ? PracticeSummary(practices, policy: policy) : PracticeSummary(answers: [:])
    }

    /// The sentence `text` of the block at (section, block), with its categories and attributes
    /// (each the attribute, the words it covers, negated or not).
    static func sentence(_ section: Int, _ block: Int, _ text: String, _ categories: [(OPP115Category, Float)],
                         _ attributes: [(Attribute, String, Bool)] = []) -> AnalyzedSentence {
        let location = BlockLocation(sectionNumber: section, blockIndex: block)
        let blockText = Fixtures.example.block(at: location)!.text
        func range(_ part: String, from start: Int = 0) -> TextRange {
            let scalars = Array(blockText.unicodeScalars), want = Array(part.unicodeScalars)
            let i = (start...(scalars.count - want.count)).first { Array(scalars[$0..<($0 + want.count)]) == want }!
            return TextRange(start: i, end: i + want.count)
        }
        let whole = range(text)
        return AnalyzedSentence(
            location: location, sectionPath: [], range: whole, text: text,
            categories: categories.map { CategoryScore(category: $0.0, score: $0.1) }, scores: [],
            attributes: attributes.map { AttributeMatch(attribute: $0.0, range: range($0.1, from: whole.start), negated: $0.2, hasException: false) })
    }

    static func evidence(_ s: AnalyzedSentence) -> Evidence {
        Evidence(location: s.location, sectionPath: s.sectionPath, range: s.range, text: s.text, negated: s.isNegated)
    }

    private static func make() -> PolicyPractices {
        let collect = sentence(2, 0, "We collect your name, email address and the cookies your browser sends us when you visit.",
                               [(.firstPartyCollectionUse, 0.92), (.thirdPartySharingCollection, 0.31)],
                               [(.dataType(.contact), "name", false), (.dataType(.cookies), "cookies", false)])
        let useCookies = sentence(3, 0, "We use cookies to remember you; you can turn cookies off.", [(.userChoiceControl, 0.8)],
                                  [(.dataType(.cookies), "cookies", false), (.choice(.optOut), "turn cookies off", false)])
        let share = sentence(4, 0, "We share data with service providers.", [(.thirdPartySharingCollection, 0.9)],
                             [(.thirdParty(.serviceProviders), "service providers", false)])
        let noSale = sentence(4, 0, "We do not sell your data.", [(.thirdPartySharingCollection, 0.85)],
                              [(.action(.sell), "sell", true)])
        let contact = sentence(5, 0, "Write to privacy@example.com.", [(.privacyContactInformation, 0.95)],
                               [(.email("privacy@example.com"), "privacy@example.com", false)])
        let sentences = [
            sentence(0, 0, "Last updated: January 2019.", [(.policyChange, 0.7)], [(.lastUpdated("January 2019"), "January 2019", false)]),
            sentence(1, 0, "This policy explains what we collect.", [(.internationalSpecificAudiences, 0.3)]),
            collect,
            sentence(2, 1, "Account details", [(.userAccessEditDeletion, 0.35)]),
            sentence(2, 2, "Device identifiers", [(.dataRetention, 0.3)]),
            sentence(3, 0, "Cookies are small files.", [(.dataSecurity, 0.45)]),
            useCookies, share, noSale, contact,
        ]
        var answers: [Question: Answer] = [:]
        for q in Question.allCases { answers[q] = .notStated(q) }
        answers[.collectsContact] = Answer(question: .collectsContact, value: .yes, confidence: 0.92, evidence: [evidence(collect)])
        answers[.cookies] = Answer(question: .cookies, value: .yes, confidence: 0.88, evidence: [evidence(useCookies), evidence(collect)])
        answers[.sellsData] = Answer(question: .sellsData, value: .no, confidence: 0.85, evidence: [evidence(noSale)])
        answers[.sharesServiceProviders] = Answer(question: .sharesServiceProviders, value: .yes, confidence: 0.4, evidence: [evidence(share)])
        answers[.optOutMarketing] = Answer(question: .optOutMarketing, value: .yes, confidence: 0.3, evidence: [evidence(useCookies)])
        answers[.privacyContact] = Answer(question: .privacyContact, value: .list(["privacy@example.com"]), confidence: 0.95, evidence: [evidence(contact)])
        return PolicyPractices(id: Fixtures.example.id, domain: "example.com", status: .policy, sentences: sentences,
                               answers: answers, lastUpdated: "January 2019")
    }
}
