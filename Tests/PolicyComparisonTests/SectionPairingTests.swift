import PolicyClassifier
import PolicyExtraction
import PolicyModel
import Testing
@testable import PolicyComparison

@Suite("Section pairing")
struct SectionPairingTests {
    typealias Pair = SectionPairing.Pair

    @Test func equalCategoriesPairInOrder() {
        let left: [String?] = ["intro", "collection", "cookies", "retention", "contact"]
        let right: [String?] = ["intro", "cookies", "sharing", "retention"]
        let pairs = SectionPairing.pair(left: left, right: right)
        #expect(pairs == [
            Pair(left: 0, right: 0),
            Pair(left: 1, right: nil),
            Pair(left: 2, right: 1),
            Pair(left: nil, right: 2),
            Pair(left: 3, right: 3),
            Pair(left: 4, right: nil),
        ])
    }

    @Test func sectionsWithoutACategoryNeverPair() {
        let pairs = SectionPairing.pair(left: [nil, "a"], right: [nil, "a"] as [String?])
        #expect(pairs == [Pair(left: 0, right: nil), Pair(left: nil, right: 0), Pair(left: 1, right: 1)])
        let none: [Pair] = SectionPairing.pair(left: [String?](), right: [])
        #expect(none.isEmpty)
        #expect(SectionPairing.pair(left: ["a"], right: [String?]()) == [Pair(left: 0, right: nil)])
    }

    @Test func repeatedCategoriesPairOneToOne() {
        let pairs = SectionPairing.pair(left: ["c", "c", "c"], right: ["c", "c"] as [String?])
        #expect(pairs.filter(\.isPaired).count == 2)
        #expect(pairs.compactMap(\.left) == [0, 1, 2])
    }

    /// Every section appears once, in order on each side; pairs join equal categories; the
    /// number of pairs is the longest common subsequence's length.
    @Test func everySectionOnceInOrderAndAsManyPairsAsPossible() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let left = (0..<rng.below(8)).map { _ in rng.below(5) == 0 ? nil : "abc".randomElement(using: &rng).map(String.init) }
            let right = (0..<rng.below(8)).map { _ in rng.below(5) == 0 ? nil : "abc".randomElement(using: &rng).map(String.init) }
            let pairs = SectionPairing.pair(left: left, right: right)
            #expect(pairs.compactMap(\.left) == Array(left.indices))
            #expect(pairs.compactMap(\.right) == Array(right.indices))
            for p in pairs where p.isPaired { #expect(left[p.left!] != nil && left[p.left!] == right[p.right!]) }
            #expect(pairs.filter(\.isPaired).count == Self.lcs(left, right))
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

    static func lcs(_ a: [String?], _ b: [String?]) -> Int {
        guard let x = a.first else { return 0 }
        guard let y = b.first else { return 0 }
        if let x, x == y { return 1 + lcs(Array(a.dropFirst()), Array(b.dropFirst())) }
        return max(lcs(Array(a.dropFirst()), b), lcs(a, Array(b.dropFirst())))
    }
}
