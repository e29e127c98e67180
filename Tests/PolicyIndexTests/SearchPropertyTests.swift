import Testing
import TestSupport
import PolicyModel
@testable import PolicyIndex

/// Random term, phrase, prefix, OR and exclusion queries drawn from the corpus's own words
/// (fixed seed) must return exactly the sentences a brute-force scan finds.
@Suite struct SearchPropertyTests {
    @Test func randomQueriesMatchBruteForce() async throws {
        let policies = await TestSupport.seeds()
        try #require(policies.count >= 3)
        let index = await PolicyIndex.build(policies: policies, parallelism: 2)
        let sentences = Fixtures.sentences(of: policies)
        #expect(index.sentenceCount == sentences.count)
        let withWords = sentences.filter { $0.words.count >= 3 }
        var rng = SplitMix64(seed: 0x5EED_1DE8)
        var oracle = Oracle()
        var nonEmpty = 0
        for round in 0..<300 {
            let s = withWords.randomElement(using: &rng)!
            let other = withWords.randomElement(using: &rng)!
            let w = s.words.randomElement(using: &rng)!
            let v = other.words.randomElement(using: &rng)!
            let start = Int.random(in: 0..<(s.words.count - 1), using: &rng)
            let length = Int.random(in: 2...min(3, s.words.count - start), using: &rng)
            let phrase = s.words[start..<(start + length)].joined(separator: " ")
            let text: String
            switch round % 6 {
            case 0: text = w
            case 1: text = "\"\(phrase)\""
            case 2: text = String(w.prefix(Int.random(in: 1...max(1, min(4, w.count)), using: &rng))) + "*"
            case 3: text = "\(w) OR \(v)"
            case 4: text = "\(w) -\(v)"
            default: text = "\(w) \(v)"
            }
            let query = try Query.parse(text)
            let hits = try index.search(query, limit: Int.max)
            let got = hits.map { "\($0.policyID)|\($0.sectionNumber)|\($0.blockIndex)|\($0.sentenceIndex)" }
            let want = sentences.filter { oracle.matches(query.root, $0) }
                .map { "\($0.policyID)|\($0.address.section)|\($0.address.block)|\($0.address.sentence)" }
            #expect(Set(got) == Set(want), "query \(text)")
            #expect(got.count == Set(got).count, "duplicate hits for \(text)")
            #expect(try index.matchCount(query) == want.count, "count for \(text)")
            if !want.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 250, "random queries should mostly hit something")
    }

    @Test func hitsCarryTheirSentenceAndMarks() async throws {
        let policies = await TestSupport.seeds()
        let index = await PolicyIndex.build(policies: policies)
        let hits = try index.search("\"personal information\" retain*", limit: 5)
        try #require(!hits.isEmpty)
        for hit in hits {
            let policy = index.policies[hit.policyIndex]
            let block = hit.sectionNumber == 0 ? policy.preamble[hit.blockIndex]
                : policy.flattenedSections[hit.sectionNumber - 1].section.blocks[hit.blockIndex]
            #expect(block.text(of: hit.range) == hit.text)
            let marked = hit.matches.map { block.text(of: $0).lowercased() }
            #expect(marked.contains("personal information"))
            #expect(marked.contains { $0.hasPrefix("retain") })
            #expect(hit.snippet.marked().contains("«"))
        }
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
    }
}
