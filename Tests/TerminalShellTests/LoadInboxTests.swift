import BrowserCore
import Foundation
import PolicyModel
import TerminalShell
import Testing

/// A practice source that records which policies it computed.
private final class RecordingSource: PracticeSource, @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [String] = []
    var computed: [String] { lock.withLock { ids } }

    func cachedSummary(for policy: Policy) -> PracticeSummary? { nil }
    func summary(for policy: Policy) -> PracticeSummary {
        lock.withLock { ids.append(policy.id) }
        return PracticeSummary(answers: [:])
    }
}

/// A source whose first pass is always known and whose second pass records the policies it ran on.
private final class RefiningSource: PracticeSource, @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [String] = []
    var refined: [String] { lock.withLock { ids } }

    func cachedSummary(for policy: Policy) -> PracticeSummary? { PracticeSummary(answers: [:]) }
    func hasDetails(for policy: Policy) -> Bool { true }
    func summary(for policy: Policy) -> PracticeSummary { PracticeSummary(answers: [:]) }
    func wantsRefinement(of policy: Policy) -> Bool { true }
    func refinedSummary(for policy: Policy) -> PracticeSummary? {
        lock.withLock { ids.append(policy.id) }
        return PracticeSummary(answers: [:])
    }
}

/// Background loads leave reports that the key loop drains.
@Suite struct LoadInboxTests {
    @Test func progressOfOneLoadKeepsOnlyTheLatestAndResultsKeepTheirOrder() {
        let inbox = LoadInbox()
        inbox.post(.progress(id: 1, done: 1, total: 9))
        inbox.post(.progress(id: 2, done: 1, total: 3))
        inbox.post(.progress(id: 1, done: 2, total: 9))
        inbox.post(.finished(id: 2, policies: [], problems: ["x"]))
        let events = inbox.drain()
        #expect(events.count == 3)
        guard case .progress(1, 2, 9) = events[0], case .progress(2, 1, 3) = events[1], case .finished(2, _, ["x"]) = events[2] else {
            Issue.record("unexpected \(events)")
            return
        }
        #expect(inbox.drain().isEmpty)
    }

    @Test func postsFromManyTasksAllArrive() async {
        let inbox = LoadInbox()
        await withTaskGroup(of: Void.self) { group in
            for id in 0..<50 {
                group.addTask { inbox.post(.finished(id: id, policies: [], problems: [])) }
            }
        }
        #expect(inbox.drain().count == 50)
    }

    @Test func practiceRequestsOfAPassedEpochArePostedAsSkippedUnrun() {
        let policies = (0..<3).map { i in
            Policy(id: "p\(i).com", domain: "p\(i).com", title: "P\(i)", archivedOn: nil, source: nil, file: "p\(i).md",
                   format: .markdown, language: .undetermined, preamble: [], sections: [])
        }
        let source = RecordingSource()
        var state = BrowserState(policies: policies, size: Size(width: 80, height: 24), practices: source)
        state.update(.char("j"))  // any key: the list asks for the badges of the rows on screen
        let requests = state.takePracticeRequests()
        #expect(requests.map(\.policyIndex) == [0, 1, 2])
        let inbox = LoadInbox()
        inbox.practiceEpoch = state.practiceEpoch + 1  // say the view that asked has closed meanwhile
        inbox.runPractices(Array(requests.prefix(2)))
        inbox.practiceEpoch = state.practiceEpoch
        inbox.runPractices(Array(requests.suffix(1)))
        #expect(source.computed == ["p2.com"])
        let events = inbox.drain()
        guard events.count == 3, case .practicesSkipped(0) = events[0], case .practicesSkipped(1) = events[1],
              case .practices(2, _) = events[2]
        else {
            Issue.record("unexpected \(events)")
            return
        }
    }

    @Test func aSecondPassOverAPolicyNoLongerOpenIsPostedAsSkippedUnrun() {
        let policies = (0..<2).map { i in
            Policy(id: "p\(i).com", domain: "p\(i).com", title: "P\(i)", archivedOn: nil, source: nil, file: "p\(i).md",
                   format: .markdown, language: .undetermined, preamble: [], sections: [])
        }
        let source = RefiningSource()
        var state = BrowserState(policies: policies, size: Size(width: 80, height: 24), highlighter: nil, practices: source)
        state.update(.char("k"))
        #expect(state.takePracticeRequests().isEmpty, "without a text highlighter there is no second pass")
        state = BrowserState(policies: policies, size: Size(width: 80, height: 24), highlighter: NoHighlights(), practices: source)
        state.update(.char("j"))  // the first policy was open at the start, now the second is
        let requests = state.takePracticeRequests().filter(\.refines)
        #expect(requests.map(\.policyIndex) == [0, 1])
        let inbox = LoadInbox()
        inbox.practiceEpoch = state.practiceEpoch
        inbox.openPolicy = state.openPolicy
        inbox.runPractices(requests)
        #expect(source.refined == ["p1.com"])
        let events = inbox.drain()
        guard events.count == 2, case .refined(0, nil) = events[0], case .refined(1, .some) = events[1] else {
            Issue.record("unexpected \(events)")
            return
        }
    }
}

private struct NoHighlights: HighlightProvider {
    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight] { [] }
}
