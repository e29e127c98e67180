import Testing
import TestSupport
import PolicyModel
@testable import PolicyIndex

/// Ranked search skips document ranges whose exact score bound cannot reach the top `limit`,
/// and reads common stem groups merged ahead of time. For random queries and limits, its hits
/// (documents, scores and order, ties to the lower document) must equal scoring every match
/// of an index without merged groups and selecting, on a corpus of repeated policies where
/// exact ties are everywhere.
@Suite struct TopKEarlyTerminationTests {
    /// The seed policies repeated under new ids, so the index is large enough for precomputed
    /// stem groups and many ranges, and identical sentences tie across copies.
    static func repeatedSeeds(copies: Int) async -> [Policy] {
        let seeds = await TestSupport.seeds()
        var out: [Policy] = []
        for copy in 0..<copies {
            for var policy in seeds {
                policy.id = "\(policy.id)-\(copy)"
                policy.file = "\(copy)-\(policy.file)"
                out.append(policy)
            }
        }
        return out
    }

    static func key(_ hit: Hit) -> String {
        "\(hit.policyID)|\(hit.sectionNumber)|\(hit.blockIndex)|\(hit.sentenceIndex)"
    }

    @Test func earlyTerminatedTopKEqualsExhaustiveRanking() async throws {
        let policies = await Self.repeatedSeeds(copies: 24)
        let index = await PolicyIndex.build(policies: policies, parallelism: 2, stemGroupMinimum: 200)
        let plain = await PolicyIndex.build(policies: policies, parallelism: 2, stemGroupMinimum: Int.max)
        #expect(!index.stemGroups.stems.isEmpty, "common stem groups should come precomputed")
        #expect(index.mergedStemGroups.count > 0, "the next ones should come merged and encoded")
        #expect(plain.stemGroups.stems.isEmpty && plain.mergedStemGroups.count == 0)
        let sentences = Fixtures.sentences(of: Array(policies.prefix(policies.count / 24)))
        let withWords = sentences.filter { $0.words.count >= 3 }
        var rng = SplitMix64(seed: 0x70B_4EE9)
        var pruned = 0
        let common = ["personal", "information", "data", "we", "third", "cookies", "use", "may", "share", "you"]
        for round in 0..<240 {
            let s = withWords.randomElement(using: &rng)!
            let w = s.words.randomElement(using: &rng)!
            let c = common.randomElement(using: &rng)!
            let d = common.randomElement(using: &rng)!
            let start = Int.random(in: 0..<(s.words.count - 1), using: &rng)
            let phrase = s.words[start..<(start + 2)].joined(separator: " ")
            let text: String
            switch round % 8 {
            case 0: text = c
            case 1: text = "\(c) \(d)"
            case 2: text = "\(c) \(w)"
            case 3: text = "\(c) OR \(w)"
            case 4: text = "\(c) -\(w)"
            case 5: text = "\"\(phrase)\""
            case 6: text = "\(String(c.prefix(3)))* \(d)"
            default: text = "\"\(phrase)\" \(c)"
            }
            let limit = [1, 3, 10, 20, 50].randomElement(using: &rng)!
            let query = try Query.parse(text)
            let want = try plain.search(query, limit: limit, exhaustive: true)
            let got = try index.search(query, limit: limit, exhaustive: false, pruneAbove: 0)
            #expect(got.map(Self.key) == want.map(Self.key), "\(text) limit \(limit)")
            #expect(got.map(\.score) == want.map(\.score), "\(text) limit \(limit)")
            // The documented order: score descending, then policy order, then position.
            #expect(zip(want, want.dropFirst()).allSatisfy { a, b in
                a.score > b.score || (a.score == b.score && a.policyIndex <= b.policyIndex)
            }, "\(text)")
            if try index.matchCount(query) > 4 * limit { pruned += 1 }
        }
        #expect(pruned > 120, "most queries should match more than the limit, so ranges get skipped")
    }

    @Test func rangeBoundsHoldEveryShare() async throws {
        let policies = await Self.repeatedSeeds(copies: 8)
        let index = await PolicyIndex.build(policies: policies, parallelism: 2, stemGroupMinimum: 100)
        for text in ["personal information", "cookies OR data", "\"third parties\" shar*", "you -may"] {
            let query = try Query.parse(text)
            var evaluator = QueryEvaluator(index: index)
            let docs = try evaluator.evaluate(query.root)
            let scorer = BM25F()
            var weights = BM25F.TitleWeights(leaves: evaluator.leaves.count, titles: index.scoring.titleKeyCount)
            let scores = scorer.scores(docs[...], leaves: evaluator.leaves, index: index.scoring, titleWeights: &weights)
            var bound = [Double](repeating: 0, count: (index.sentenceCount >> BM25F.rangeShift) + 1)
            for leaf in evaluator.leaves {
                let b = leaf.rangeBounds ?? scorer.rangeBounds(leaf, index: index.scoring)
                for r in bound.indices { bound[r] += b[r] }
            }
            for (d, score) in zip(docs, scores) {
                #expect(score <= bound[Int(d) >> BM25F.rangeShift], "\(text): doc \(d)")
            }
        }
    }
}
