import Foundation
import PolicyModel
import PolicyParsing
@testable import PolicyIndex


/// One sentence of a policy, with its address and words, for brute-force scans.
struct ScannedSentence {
    var policyID: String
    var english: Bool
    var address: SentenceAddress
    var words: [String]
}

enum Fixtures {
    /// Every sentence, in the index's document order.
    static func sentences(of policies: [Policy]) -> [ScannedSentence] {
        var out: [ScannedSentence] = []
        for policy in policies {
            var units: [(Int, [Block])] = [(0, policy.preamble)]
            for (location, section) in policy.flattenedSections { units.append((location.number, section.blocks)) }
            for (number, blocks) in units {
                for (b, block) in blocks.enumerated() {
                    for (s, range) in block.sentences.enumerated() {
                        out.append(ScannedSentence(
                            policyID: policy.id, english: policy.language.code == "en",
                            address: SentenceAddress(section: number, block: b, sentence: s),
                            words: Tokenizer.words(of: block.text(of: range))))
                    }
                }
            }
        }
        return out
    }
}

/// The brute-force meaning of a query for one sentence, written independently of the index.
struct Oracle {
    let stemmer = SnowballStemmer()!
    var stems: [String: String] = [:]

    mutating func stem(_ w: String) -> String {
        if let s = stems[w] { return s }
        let s = stemmer.stem(w)
        stems[w] = s
        return s
    }

    mutating func matches(_ node: QueryNode, _ s: ScannedSentence) -> Bool {
        switch node {
        case .term(let w):
            if s.english {
                let target = stem(w)
                return s.words.contains { stem($0) == target }
            }
            return s.words.contains(w)
        case .prefix(let p):
            return s.words.contains { $0.hasPrefix(p) }
        case .phrase(let words):
            guard s.words.count >= words.count else { return false }
            return (0...(s.words.count - words.count)).contains { start in
                words.enumerated().allSatisfy { k, word in
                    switch word {
                    case .exact(let w): s.words[start + k] == w
                    case .prefix(let p): s.words[start + k].hasPrefix(p)
                    }
                }
            }
        case .not(let inner): return !matches(inner, s)
        case .all(let parts): return parts.allSatisfy { matches($0, s) }
        case .any(let parts): return parts.contains { matches($0, s) }
        case .filter: fatalError("the oracle does not model filters")
        }
    }
}

extension SentenceAddress {
    init(_ hit: Hit) {
        self.init(section: hit.sectionNumber, block: hit.blockIndex, sentence: hit.sentenceIndex)
    }
}

/// A one-section policy built by hand.
func makePolicy(id: String, domain: String?, year: Int?, language: String = "en", title: String = "Data Retention",
                sentences: [String], preamble: [String] = []) -> Policy {
    func block(_ text: String) -> Block {
        Block(kind: .paragraph, text: text, sentences: [TextRange(start: 0, end: text.unicodeScalars.count)], line: 1)
    }
    return Policy(
        id: id, domain: domain, title: title, archivedOn: year.flatMap { ArchiveDate(year: $0, month: 1, day: 2) },
        source: nil, file: "\(id).md", format: .markdown, language: LanguageGuess(code: language, confidence: 1),
        preamble: preamble.map(block),
        sections: [Section(title: title, level: 1, style: .markdown, line: 1, blocks: sentences.map(block))])
}
