import BrowserCore
import PolicyIndex
import PolicyModel

/// The browser's `:` section jump: the fast in-order character match first; when it finds
/// nothing, the index's fuzzy title scoring, which forgives typos (`retension`).
struct TypoTolerantSectionFinder: SectionFinder {
    private let fast = SubsequenceSectionFinder()

    func sections(matching query: String, in policies: [Policy]) -> [SectionHit] {
        let hits = fast.sections(matching: query, in: policies)
        if !hits.isEmpty { return hits }
        let matcher = SectionTitleMatcher(query)
        var scored: [SectionHit] = []
        for (p, policy) in policies.enumerated() {
            for (location, section) in policy.flattenedSections {
                guard let s = matcher.score(title: section.title) else { continue }
                // SectionHit scores: lower is better.
                scored.append(SectionHit(policyIndex: p, sectionNumber: location.number, score: Int((100 - s) * 100)))
            }
        }
        return scored.sorted { ($0.score, $0.policyIndex, $0.sectionNumber) < ($1.score, $1.policyIndex, $1.sectionNumber) }
    }
}
