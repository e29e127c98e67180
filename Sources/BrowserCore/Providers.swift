import PolicyModel

/// A practice highlight: a range of a block's text and the OPP-115 category it shows.
public struct Highlight: Hashable, Sendable {
    public var range: TextRange
    public var category: String

    public init(range: TextRange, category: String) {
        self.range = range
        self.category = category
    }
}

/// Where practice highlights come from (the extraction module plugs in here).
public protocol HighlightProvider: Sendable {
    /// The highlights of one block of a policy, as Unicode-scalar ranges of `block.text`.
    func highlights(for block: Block, in policy: Policy) -> [Highlight]
}

/// A section found by the `:` command line: the policy, the section number, and a score.
public struct SectionHit: Hashable, Sendable {
    public var policyIndex: Int
    /// 1-based section number in ``Policy/flattenedSections`` order.
    public var sectionNumber: Int
    /// Lower is better.
    public var score: Int

    public init(policyIndex: Int, sectionNumber: Int, score: Int) {
        self.policyIndex = policyIndex
        self.sectionNumber = sectionNumber
        self.score = score
    }
}

/// Finds sections by a typed query (the index module plugs in here).
public protocol SectionFinder: Sendable {
    /// Hits, best first.
    func sections(matching query: String, in policies: [Policy]) -> [SectionHit]
}

/// The built-in finder: the query's characters must appear in order in the section title
/// (case-insensitive); tighter and earlier matches score better.
public struct SubsequenceSectionFinder: SectionFinder {
    public init() {}

    public func sections(matching query: String, in policies: [Policy]) -> [SectionHit] {
        let q = Array(query.lowercased().filter { $0 != " " })
        guard !q.isEmpty else { return [] }
        var hits: [SectionHit] = []
        for (p, policy) in policies.enumerated() {
            for (location, section) in policy.flattenedSections {
                if let score = Self.score(q, Array(section.title.lowercased())) {
                    hits.append(SectionHit(policyIndex: p, sectionNumber: location.number, score: score))
                }
            }
        }
        return hits.sorted { ($0.score, $0.policyIndex, $0.sectionNumber) < ($1.score, $1.policyIndex, $1.sectionNumber) }
    }

    /// The span the subsequence covers plus its start, or nil when `q` is not a subsequence.
    static func score(_ q: [Character], _ title: [Character]) -> Int? {
        var best: Int?
        for start in title.indices where title[start] == q[0] {
            var i = 0, j = start
            while j < title.count, i < q.count {
                if title[j] == q[i] { i += 1 }
                j += 1
            }
            guard i == q.count else { break }
            let s = (j - start) * 4 + start + title.count / 8
            if best.map({ s < $0 }) ?? true { best = s }
        }
        return best
    }
}
