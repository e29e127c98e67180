import PolicyClassifier
import PolicyExtraction
import PolicyModel
import Testing
@testable import PolicyComparison

@Suite("Section pairing")
struct SectionPairingTests {
    typealias Pair = SectionPairing.Pair

    typealias Facts = SectionPairing.Facts

    static func facts(_ title: String, _ category: String? = nil, _ text: String = "") -> Facts {
        Facts(title: title, category: category, text: text)
    }

    @Test func sameTitlesThenSimilarTitlesThenCategoryAndText() {
        let left = [
            Self.facts("1. Cookies"),
            Self.facts("Security"),
            Self.facts("Compliance with Children's Online Privacy Protection Act"),
            Self.facts("Compliance with California Online Privacy Protection Act"),
            Self.facts("Questions", "contact", "Write to us at privacy@example.com or call us with any questions."),
            Self.facts("Links", "other", "Other sites have their own policies."),
        ]
        let right = [
            Self.facts("COOKIES"),
            Self.facts("Children's On-line Privacy Information"),
            Self.facts("Our Commitment to Data Security"),
            Self.facts("Contact Us", "contact", "Questions about this policy: write to privacy@other.org."),
            Self.facts("Third Parties", "other", "Other sites have their own policies."),
        ]
        #expect(SectionPairing.pair(left: left, right: right) == [
            Pair(left: 0, right: 0, basis: .sameTitle),
            // Across the right side's order: the children's section comes with its partner.
            Pair(left: 1, right: 2, basis: .similarTitle),
            Pair(left: 2, right: 1, basis: .similarTitle),
            // "Online" and "protection act" alone are not enough.
            Pair(left: 3, right: nil),
            Pair(left: 4, right: 3, basis: .sameCategory),
            // The catch-all category does not make them alike (no c), their same text does.
            Pair(left: 5, right: 4, basis: .similarText),
        ])
    }

    @Test func oneRightSectionMayFaceSeveralAndEveryRightSectionShows() {
        let text = "We collect your IP address, browser type and the pages you visit with cookies and log files."
        let left = [Self.facts("Cookies", "collection", text), Self.facts("Log Files", "collection", text), Self.facts("Web Beacons", "collection", "Beacons count visits.")]
        let right = [Self.facts("Sharing", "sharing", "We share data with partners."), Self.facts("Automatically Collected Information", "collection", text)]
        let pairs = SectionPairing.pair(left: left, right: right)
        #expect(pairs == [
            Pair(left: nil, right: 0),
            Pair(left: 0, right: 1, basis: .sameCategory),
            Pair(left: 1, right: 1, basis: .sameCategory),
            // A text of that category, but too unlike.
            Pair(left: 2, right: nil),
        ])
        #expect(SectionPairing.pair(left: [], right: []).isEmpty)
        #expect(SectionPairing.pair(left: [Self.facts("A")], right: []) == [Pair(left: 0, right: nil)])
    }

    /// Every left section once and in order, every right section at least once; paired
    /// sections share a title, title words or a category.
    @Test func everyLeftSectionOnceInOrderEveryRightSectionShown() {
        var rng = SplitMix64(seed: 7)
        let titles = ["Cookies", "Security", "Your Choices", "Cookies and Beacons", "Contact Us", "Security Measures"]
        func random() -> [Facts] {
            (0..<rng.below(8)).map { _ in
                Self.facts(titles[rng.below(titles.count)], rng.below(4) == 0 ? nil : ["a", "b"][rng.below(2)], ["x y z", "x y", "q r"][rng.below(3)])
            }
        }
        for _ in 0..<300 {
            let left = random(), right = random()
            let pairs = SectionPairing.pair(left: left, right: right)
            #expect(pairs.compactMap(\.left) == Array(left.indices))
            #expect(Set(pairs.compactMap(\.right)) == Set(right.indices))
            for p in pairs {
                guard let i = p.left, let j = p.right else { #expect(p.basis == nil); continue }
                switch p.basis {
                case .sameTitle: #expect(left[i].title == right[j].title)
                case .similarTitle: #expect(SectionSimilarity.titles(left[i].title, right[j].title) >= SectionPairing.similarTitle)
                case .opening: #expect(left[i].isOpening && right[j].isOpening)
                case .sameCategory: #expect(left[i].category == right[j].category && left[i].category != nil && left[i].category != "other")
                case .similarText: #expect(left[i].text != "q r" || right[j].text == "q r")
                case nil: Issue.record("a pair without a basis")
                }
            }
        }
    }

    @Test func dominantCategoryIsTheHighestSummedBestScore() {
        func sentence(_ section: Int, _ scores: [(OPP115Category, Float)]) -> AnalyzedSentence {
            AnalyzedSentence(location: BlockLocation(sectionNumber: section, blockIndex: 0), sectionPath: [], range: TextRange(start: 0, end: 1),
                             text: "x", categories: scores.map { CategoryScore(category: $0.0, score: $0.1) }, scores: [], attributes: [])
        }
        let practices = PolicyPractices(id: "p", domain: nil, status: .policy, sentences: [
            sentence(1, [(.dataRetention, 0.6)]),
            sentence(1, [(.firstPartyCollectionUse, 0.9), (.dataRetention, 0.8)]),
            sentence(1, [(.dataRetention, 0.5)]),
            sentence(2, []),
            sentence(3, [(.dataSecurity, 0.7)]),
        ], answers: [:], lastUpdated: nil)
        // Only each sentence's best category counts: retention 1.1 beats collection 0.9.
        #expect(SectionPairing.dominantCategories(practices, sectionCount: 3) == [nil, .dataRetention, nil, .dataSecurity])
    }
}
