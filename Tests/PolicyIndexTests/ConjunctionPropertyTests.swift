import Testing
import TestSupport
import PolicyModel
@testable import PolicyIndex

/// Phrases inside an AND are checked only within the other parts' documents, and phrase
/// exclusions only within the result: random mixes of both must still equal a brute-force scan.
@Suite struct ConjunctionPropertyTests {
    @Test func phrasesWithOtherPartsMatchBruteForce() async throws {
        let policies = await TestSupport.seeds()
        let index = await PolicyIndex.build(policies: policies, parallelism: 2)
        let sentences = Fixtures.sentences(of: policies)
        let withWords = sentences.filter { $0.words.count >= 4 }
        var rng = SplitMix64(seed: 0xA11_F4A5E)
        var oracle = Oracle()
        var nonEmpty = 0
        for round in 0..<200 {
            let s = withWords.randomElement(using: &rng)!
            let other = withWords.randomElement(using: &rng)!
            let start = Int.random(in: 0..<(s.words.count - 1), using: &rng)
            let phrase = s.words[start..<(start + 2)].joined(separator: " ")
            let w = s.words.randomElement(using: &rng)!
            let v = other.words.randomElement(using: &rng)!
            let text: String
            switch round % 5 {
            case 0: text = "\"\(phrase)\" \(w)"
            case 1: text = "\(w) \"\(phrase)\" \(v)"
            case 2: text = "\(w) -\"\(phrase)\""
            case 3: text = "\"\(phrase)\" \(String(v.prefix(2)))*"
            default: text = "\"\(phrase)\" (\(w) OR \(v))"
            }
            let query = try Query.parse(text)
            let got = try index.search(query, limit: Int.max)
                .map { "\($0.policyID)|\($0.sectionNumber)|\($0.blockIndex)|\($0.sentenceIndex)" }
            let want = sentences.filter { oracle.matches(query.root, $0) }
                .map { "\($0.policyID)|\($0.address.section)|\($0.address.block)|\($0.address.sentence)" }
            #expect(Set(got) == Set(want), "query \(text)")
            #expect(try index.matchCount(query) == want.count, "count for \(text)")
            if !want.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 120, "random queries should mostly hit something")
    }
}
