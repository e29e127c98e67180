import Testing
import PolicyExtraction
import PolicyModel
@testable import BrowserCore

@Suite("Policy list badges")
struct ListBadgeTests {
    static func source() -> TableSource {
        func answers(_ pairs: [(Question, AnswerValue)]) -> PracticeSummary {
            PracticeSummary(answers: Dictionary(uniqueKeysWithValues: pairs.map {
                ($0.0, Answer(question: $0.0, value: $0.1, confidence: 0.9, evidence: []))
            }))
        }
        return TableSource(table: [
            Fixtures.example.id: answers([(.sellsData, .yes), (.thirdPartyTracking, .yes)]),
            Fixtures.other.id: answers([(.sellsData, .no), (.doNotTrack, .yes)]),
        ])
    }

    @Test func badgesAppearOnceThePracticesArrive() {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 30), practices: Self.source())
        s.update(.char("j"))  // any key asks for the rows on screen
        #expect(!s.render().text.contains("$T"))
        let requests = s.takePracticeRequests()
        #expect(Set(requests.map(\.policyIndex)) == [0, 1, 2])
        for r in requests { s.apply(r.run()) }
        let lines = s.render().text.split(separator: "\n")
        let example = lines.first { $0.contains("example.com") }!
        let other = lines.first { $0.contains("other.org") }!
        #expect(example.contains("$T"))
        #expect(other.contains(" D "))
        #expect(!other.contains("$"))
    }

    @Test func noBadgesWithoutAPracticeSource() {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 30))
        s.update(.char("j"))
        #expect(s.takePracticeRequests().isEmpty)
    }

    @Test func helpExplainsEveryBadge() {
        let lines = Keymap.helpLines
        for entry in ListBadges.table {
            #expect(lines.contains { $0.label == String(entry.mark) && $0.help.hasPrefix("list badge:") })
        }
    }
}

/// A provider whose highlights exist only after the practices were computed, like the app's.
final class LateHighlights: HighlightProvider, PracticeSource, @unchecked Sendable {
    private var ready = Set<String>()

    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight] {
        ready.contains(policy.id) ? WordHighlighter().highlights(for: block, at: location, in: policy) : []
    }

    func cachedSummary(for policy: Policy) -> PracticeSummary? { nil }

    func summary(for policy: Policy) -> PracticeSummary {
        ready.insert(policy.id)
        return PracticeSummary(answers: [:])
    }
}

@Suite("Highlights arrive after opening")
struct LateHighlightTests {
    @Test func openingNeverWaitsAndTheTextRedrawsWhenPracticesArrive() {
        let late = LateHighlights()
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 200, height: 60), highlighter: late, practices: late)
        s.update([.enter, .char("j"), .char("j")])
        #expect(!s.render().text.contains("■"), "no legend before the practices are computed")
        let top = s.textTop
        for r in s.takePracticeRequests() { s.apply(r.run()) }
        #expect(s.render().text.contains("■ First Party Collection/Use"))
        #expect(s.textTop == top)
    }
}
