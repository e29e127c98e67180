import Foundation
import PolicyModel
import Testing
@testable import BrowserCore

/// Practices in two passes, as with the deep classifier: a first pass highlights "cookie" as
/// collection; the second pass, once run for a policy, highlights "share" as sharing instead.
private final class TwoPassSource: HighlightProvider, PracticeSource, @unchecked Sendable {
    private let lock = NSLock()
    private var firstDone: Set<String> = []
    private var refinedDone: Set<String> = []
    private(set) var refinements: [String] = []
    /// The second pass fails (a deep model that does not load).
    var failing = false

    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight] {
        let (first, refined) = lock.withLock { (firstDone.contains(policy.id), refinedDone.contains(policy.id)) }
        guard first || refined else { return [] }
        let word = refined ? "share" : "cookie"
        let category = refined ? "Third Party Sharing/Collection" : "First Party Collection/Use"
        let scalars = Array(block.text.lowercased().unicodeScalars), w = Array(word.unicodeScalars)
        guard scalars.count >= w.count else { return [] }
        return (0...(scalars.count - w.count)).filter { Array(scalars[$0..<($0 + w.count)]) == w }
            .map { Highlight(range: TextRange(start: $0, end: $0 + w.count), category: category) }
    }

    func cachedSummary(for policy: Policy) -> PracticeSummary? { nil }
    func hasDetails(for policy: Policy) -> Bool { lock.withLock { firstDone.contains(policy.id) } }
    func summary(for policy: Policy) -> PracticeSummary {
        lock.withLock { _ = firstDone.insert(policy.id) }
        return PracticeSummary(answers: [:], sectionCategories: [0: "first"])
    }

    func wantsRefinement(of policy: Policy) -> Bool {
        lock.withLock { !failing && !refinedDone.contains(policy.id) }
    }

    func refinedSummary(for policy: Policy) -> PracticeSummary? {
        lock.withLock {
            refinements.append(policy.id)
            if failing { return nil }
            refinedDone.insert(policy.id)
            return PracticeSummary(answers: [:], sectionCategories: [0: "refined"])
        }
    }
}

/// The open policy's second pass (the deep classifier): asked for once the first pass is drawn,
/// only for the open policy, and its highlights replace the first ones in place.
@Suite struct RefinementTests {
    private func state(_ source: TwoPassSource) -> BrowserState {
        BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 30), highlighter: source, practices: source)
    }

    @Test func theSecondPassRedrawsTheOpenPolicyInPlace() {
        let source = TwoPassSource()
        var s = state(source)
        s.update(.char("j"))
        s.update(.char("k"))  // policy 0 open again: its first pass is asked for
        let first = s.takePracticeRequests()
        #expect(first.contains { $0.policyIndex == 0 && !$0.refines })
        for request in first { s.apply(request.run()) }
        #expect(s.document.categories == ["First Party Collection/Use"])
        #expect(s.isRefiningOpenPolicy && s.isComputingPractices)
        #expect(s.render().text.contains("deep highlights…"))
        let top = s.textTop
        let second = s.takePracticeRequests()
        #expect(second.map(\.policyIndex) == [0] && second.allSatisfy(\.refines))
        for request in second { s.apply(request.run()) }
        #expect(s.document.categories == ["Third Party Sharing/Collection"])
        #expect(s.textTop == top)
        #expect(!s.isRefiningOpenPolicy && !s.render().text.contains("deep highlights…"))
        #expect(s.practices.summaries[0]?.sectionCategories[0] == "refined")
        // Done once: opening the policy again asks for nothing more.
        s.update(.char("j"))
        s.update(.char("k"))
        s.computeRequestedPractices()
        #expect(source.refinements == [Fixtures.all[0].id, Fixtures.all[1].id])
    }

    @Test func aFailedSecondPassKeepsTheFirstAndIsNotAskedAgain() {
        let source = TwoPassSource()
        source.failing = true
        var s = state(source)
        s.update(.char("k"))
        s.computeRequestedPractices()
        #expect(s.document.categories == ["First Party Collection/Use"])
        #expect(!s.isComputingPractices)
        #expect(source.refinements.isEmpty, "a source that wants no second pass is not asked")
    }

    @Test func aSkippedSecondPassIsAskedAgainWhenThePolicyIsOpenedAgain() {
        let source = TwoPassSource()
        var s = state(source)
        s.update(.char("k"))
        for request in s.takePracticeRequests() { s.apply(request.run()) }
        let refinement = s.takePracticeRequests()
        #expect(refinement.count == 1)
        s.update(.char("j"))  // another policy opened before the pass ran: the shell drops it
        for request in refinement { s.apply(request.skipped) }
        #expect(!s.practices.refining.contains(0), "dropped: no longer waited for")
        s.update(.char("k"))
        #expect(s.takePracticeRequests().contains { $0.policyIndex == 0 && $0.refines })
        #expect(source.refinements.isEmpty)
    }
}
