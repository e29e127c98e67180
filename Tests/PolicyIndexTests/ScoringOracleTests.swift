import Foundation
import Testing
import TestSupport
import PolicyModel
@testable import PolicyIndex

/// Scores from the index (title postings, galloping, phrases checked only inside an AND's
/// bound) must equal BM25F computed naively from each sentence's and title's words.
@Suite struct ScoringOracleTests {
    /// One sentence with its section title's words.
    struct Row {
        var sentence: ScannedSentence
        var title: [String]
    }

    static func rows(_ policies: [Policy]) -> [Row] {
        var titles: [String: [Int: [String]]] = [:]
        for policy in policies {
            for (location, section) in policy.flattenedSections {
                titles[policy.id, default: [:]][location.number] = Tokenizer.words(of: section.title)
            }
        }
        return Fixtures.sentences(of: policies).map { s in
            Row(sentence: s, title: s.address.section == 0 ? [] : titles[s.policyID]?[s.address.section] ?? [])
        }
    }

    /// Occurrences of a scoring leaf in a word list, as the index counts them.
    static func count(_ leaf: QueryNode, in words: [String], english: Bool, oracle: inout Oracle) -> Int {
        switch leaf {
        case .term(let w):
            return english ? words.filter { oracle.stem($0) == oracle.stem(w) }.count : words.filter { $0 == w }.count
        case .prefix(let p):
            return words.filter { $0.hasPrefix(p) }.count
        case .phrase(let parts):
            guard words.count >= parts.count else { return 0 }
            return (0...(words.count - parts.count)).filter { start in
                parts.enumerated().allSatisfy { k, part in
                    switch part {
                    case .exact(let w): words[start + k] == w
                    case .prefix(let p): words[start + k].hasPrefix(p)
                    }
                }
            }.count
        default:
            return 0
        }
    }

    /// Leaves that score: terms, prefixes and phrases outside `-`.
    static func leaves(_ node: QueryNode) -> [QueryNode] {
        switch node {
        case .term, .prefix: [node]
        case .phrase: [node]
        case .all(let parts), .any(let parts): parts.flatMap(leaves)
        case .not, .filter: []
        }
    }

    static func expectedScores(_ query: Query, rows: [Row], policies: [Policy]) -> [Double] {
        var oracle = Oracle()
        let n = Double(rows.count)
        let totalLength = rows.reduce(0) { $0 + $1.sentence.words.count }
        let averageLength = max(1, Double(totalLength) / n)
        let titles = policies.flatMap { $0.flattenedSections.map { Tokenizer.words(of: $0.section.title) } }
        let titleWords = titles.reduce(0) { $0 + $1.count }, titled = titles.count
        let averageTitle = titled == 0 ? 1 : max(1, Double(titleWords) / Double(titled))
        func idf(_ df: Int) -> Double { log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)) }
        func df(_ leaf: QueryNode) -> Int {
            rows.filter { count(leaf, in: $0.sentence.words, english: $0.sentence.english, oracle: &oracle) > 0 }.count
        }
        let leafIDFs: [(QueryNode, Double)] = leaves(query.root).map { leaf in
            if case .phrase(let parts) = leaf, parts.count > 1 {
                // A phrase scores with the sum of its words' idfs (exact forms, or prefixes).
                return (leaf, parts.reduce(0.0) { sum, part in
                    switch part {
                    case .exact(let w): sum + idf(df(.phrase([.exact(w)])))
                    case .prefix(let p): sum + idf(df(.prefix(p)))
                    }
                })
            }
            return (leaf, idf(df(leaf)))
        }
        return rows.map { row in
            guard oracle.matches(query.root, row.sentence) else { return -1 }
            var score = 0.0
            for (leaf, leafIDF) in leafIDFs {
                let body = Double(count(leaf, in: row.sentence.words, english: row.sentence.english, oracle: &oracle))
                let title = Double(count(leaf, in: row.title, english: row.sentence.english, oracle: &oracle))
                guard body > 0 || title > 0 else { continue }
                let bodyNorm = 1 - 0.75 + 0.75 * Double(row.sentence.words.count) / averageLength
                let titleNorm = 1 - 0.5 + 0.5 * Double(row.title.count) / averageTitle
                let tf = body / bodyNorm + 2.5 * title / titleNorm
                score += leafIDF * tf / (1.2 + tf)
            }
            return score
        }
    }

    @Test(arguments: [
        "personal information", "\"personal information\" us*", "\"third parties\" OR cookies",
        "data -\"third parties\"", "retain* data", "(email OR address) -newsletter", "\"you can\" choose",
        "privacy policy", "shar* \"third part*\"",
    ])
    func scoresMatchANaiveBM25F(_ text: String) async throws {
        let policies = await TestSupport.seeds()
        let index = await PolicyIndex.build(policies: policies, parallelism: 2)
        let rows = Self.rows(policies)
        let query = try Query.parse(text)
        let want = Self.expectedScores(query, rows: rows, policies: policies)
        let hits = try index.search(query, limit: Int.max)
        #expect(hits.count == want.filter { $0 >= 0 }.count, "matches for \(text)")
        try #require(!hits.isEmpty, "\(text) should match the seeds")
        var byKey: [String: Double] = [:]
        for (row, score) in zip(rows, want) where score >= 0 {
            let a = row.sentence.address
            byKey["\(row.sentence.policyID)|\(a.section)|\(a.block)|\(a.sentence)"] = score
        }
        for hit in hits {
            let expected = try #require(byKey["\(hit.policyID)|\(hit.sectionNumber)|\(hit.blockIndex)|\(hit.sentenceIndex)"])
            #expect(abs(hit.score - expected) <= 1e-9 * max(1, expected), "\(text): \(hit.policyID) \(hit.text)")
        }
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
    }
}
