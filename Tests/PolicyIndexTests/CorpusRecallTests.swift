import Foundation
import Testing
import TestSupport
import PolicyModel
import PolicyParsing
@testable import PolicyIndex

/// Per-policy match counts over the shared corpus against plain scans: the tokenizer-based
/// scan for every query kind, and a regular-expression word scan over the sentence text for
/// plain ASCII words (an apostrophe inside a word joins it, as the tokenizer does).
@Suite(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus beside the repository"))
struct CorpusRecallTests {
    @Test func perPolicyCountsMatchAPlainScan() async throws {
        let loaded = await PolicyLoader.load([TestSupport.corpusDirectory.path])
        let policies = loaded.policies
        try #require(policies.count > 10)
        let index = await PolicyIndex.build(policies: policies, parallelism: 2)
        let sentences = Fixtures.sentences(of: policies)
        var oracle = Oracle()
        for text in ["cookies", "retain", "\"third parties\"", "encrypt*", "sell OR rent", "advertising -cookies", "opt-out"] {
            let query = try Query.parse(text)
            var want: [String: Int] = [:]
            for s in sentences where oracle.matches(query.root, s) { want[s.policyID, default: 0] += 1 }
            #expect(try index.matchCounts(query) == want, "query \(text)")
            #expect(!want.isEmpty, "query \(text) should match the corpus")
        }
    }

    @Test func wholeWordRegexAgrees() async throws {
        let policies = await PolicyLoader.load([TestSupport.corpusDirectory.path]).policies
        let index = await PolicyIndex.build(policies: policies)
        let joiner = try NSRegularExpression(pattern: "(?<=[\\p{L}\\p{N}])['’ʼ](?=[\\p{L}\\p{N}])")
        for word in ["retention", "encryption", "children", "advertisers"] {
            let regex = try NSRegularExpression(pattern: "\\b\(word)\\b", options: [.caseInsensitive])
            var want: [String: Int] = [:]
            for policy in policies {
                for block in policy.allBlocks {
                    for raw in block.sentenceTexts {
                        // An apostrophe between letters joins them, as in the tokenizer.
                        let sentence = joiner.stringByReplacingMatches(
                            in: raw, range: NSRange(raw.startIndex..., in: raw), withTemplate: "")
                        let range = NSRange(sentence.startIndex..., in: sentence)
                        if regex.firstMatch(in: sentence, range: range) != nil { want[policy.id, default: 0] += 1 }
                    }
                }
            }
            let got = try index.matchCounts(Query.parse("\"\(word)\""))
            let differing = Set(got.keys).union(want.keys).filter { got[$0] != want[$0] }.sorted()
            #expect(got == want, "word \(word): index vs regex per policy differ for \(differing.map { "\($0): \(got[$0] ?? 0) vs \(want[$0] ?? 0)" })")
        }
    }
}
