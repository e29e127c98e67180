import PolicyExtraction
import PolicyModel

/// A practice highlight: a range of a block's text and the OPP-115 category it shows.
public struct Highlight: Hashable, Sendable {
    public var range: TextRange
    public var category: String
    /// The sentence denies the practice ("we do not sell"): drawn apart from a statement.
    public var negated: Bool
    /// How surely the sentence is about the category (its score, 0...1): the strongest are
    /// drawn first when the text pane thins highlights out (``HighlightDensity``).
    public var strength: Double

    public init(range: TextRange, category: String, negated: Bool = false, strength: Double = 1) {
        self.range = range
        self.category = category
        self.negated = negated
        self.strength = strength
    }
}

/// Where practice highlights come from (the extraction module plugs in here).
public protocol HighlightProvider: Sendable {
    /// The highlights of the block at `location` of a policy, as Unicode-scalar ranges of
    /// `block.text`.
    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight]

    /// A fixed style slot (0..<``StyleRole/categoryRoleCount``) for a category, so a category
    /// keeps its colour and its legend number across policies; nil: slots in order of appearance.
    func styleSlot(forCategory category: String) -> Int?

    /// The analysed sentences of the block at `location` (what `i` tells), in text order;
    /// empty when the policy's practices are not known yet.
    func sentences(at location: BlockLocation, in policy: Policy) -> [AnalyzedSentence]
}

extension HighlightProvider {
    public func styleSlot(forCategory category: String) -> Int? { nil }
    public func sentences(at location: BlockLocation, in policy: Policy) -> [AnalyzedSentence] { [] }
}

/// A section found by the `:` command line: the policy, the section number, and a score.
public struct SectionHit: Hashable, Sendable {
    public var policyIndex: Int
    /// ``SectionLocation/number`` (never 0: the preamble has no title).
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
        // ASCII queries compare bytes against ASCII titles: the same scores, no allocation.
        let asciiQuery = q.allSatisfy(\.isASCII) ? q.map { $0.asciiValue! } : nil
        var hits: [SectionHit] = []
        for (p, policy) in policies.enumerated() {
            var number = 0
            Self.walk(policy.sections, &number) { n, title in
                let score: Int?
                if let aq = asciiQuery, let ascii = title.utf8.withContiguousStorageIfAvailable({ Self.asciiScore(aq, $0) }) ?? nil {
                    score = ascii
                } else {
                    score = Self.score(q, Array(title.lowercased()))
                }
                if let score { hits.append(SectionHit(policyIndex: p, sectionNumber: n, score: score)) }
            }
        }
        return hits.sorted { ($0.score, $0.policyIndex, $0.sectionNumber) < ($1.score, $1.policyIndex, $1.sectionNumber) }
    }

    /// Sections in ``Policy/flattenedSections`` order (numbered from 1), without building paths.
    private static func walk(_ sections: [Section], _ number: inout Int, _ visit: (Int, String) -> Void) {
        for i in sections.indices {
            number += 1
            visit(number, sections[i].title)
            if !sections[i].children.isEmpty { walk(sections[i].children, &number, visit) }
        }
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

    /// ``score(_:_:)`` over bytes, for a lower-case ASCII query: `.some(nil)` when the title is
    /// ASCII and does not match, nil when the title is not ASCII (or holds CR, which would pair
    /// with LF into one grapheme).
    static func asciiScore(_ q: [UInt8], _ title: UnsafeBufferPointer<UInt8>) -> Int?? {
        for b in title where b >= 0x80 || b == 0x0D { return nil }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        var best: Int?
        for start in title.indices where lower(title[start]) == q[0] {
            var i = 0, j = start
            while j < title.count, i < q.count {
                if lower(title[j]) == q[i] { i += 1 }
                j += 1
            }
            guard i == q.count else { break }
            let s = (j - start) * 4 + start + title.count / 8
            if best.map({ s < $0 }) ?? true { best = s }
        }
        return .some(best)
    }
}
