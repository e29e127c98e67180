import PolicyModel

/// A section whose title fuzzily matches a typed string (the browser's `:` jump, `search --sections`).
public struct SectionMatch: Sendable, Hashable {
    /// Index into ``PolicyIndex/policies``.
    public var policyIndex: Int
    public var policyID: String
    public var domain: String?
    /// ``SectionLocation/number`` (never 0: the preamble has no title).
    public var sectionNumber: Int
    public var indexPath: [Int]
    public var titlePath: [String]
    /// Higher is better: 100 for the same words, down to about 1 for scattered letters.
    public var score: Double
}

extension PolicyIndex {
    /// Sections of all loaded policies whose titles match `text`, best first; ties go to
    /// policy order, then document order.
    public func sections(matching text: String, limit: Int = 20) -> [SectionMatch] {
        let queryWords = Tokenizer.words(of: text)
        let query = queryWords.joined(separator: " ")
        guard !query.isEmpty, limit > 0 else { return [] }
        var scored: [(score: Double, section: UInt32)] = []
        let titles = titles.strings
        for k in titles.keys.indices {
            guard let s = FuzzyMatcher.score(query: query, queryWords: queryWords, key: titles.keys[k], words: titles.words[k]) else { continue }
            for member in titles.members[k] { scored.append((s, member)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.section < $1.section }
        var numbered: [Int: [NumberedSection]] = [:]
        return scored.prefix(limit).compactMap { item in
            let p = policyIndex(ofSection: item.section)
            let policy = policies[p]
            let number = Int(sections.number[Int(item.section)])
            if numbered[p] == nil { numbered[p] = self.text(of: p)?.numberedSections }
            // A text that cannot be read, or is not the one indexed, gives no match.
            guard let all = numbered[p], all.indices.contains(number) else { return nil }
            let location = all[number].location
            return SectionMatch(policyIndex: p, policyID: policy.id, domain: policy.domain, sectionNumber: number,
                                indexPath: location.indexPath, titlePath: location.titlePath, score: item.score)
        }
    }
}
