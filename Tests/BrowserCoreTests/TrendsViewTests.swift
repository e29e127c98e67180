import PolicyExtraction
import PolicyHistory
import PolicyModel
import Testing
@testable import BrowserCore

/// Made answers for the comparison fixtures (example.com 2017 and 2019, other.org 2015,
/// 例え.jp 2021: years 2015-2021), counted by the real ``Trends``.
struct MadeTrends: TrendsSource {
    static let newer = ComparisonFixtures.policies[0]

    static func answers(_ policy: Policy) -> [Question: Answer] {
        func a(_ q: Question, _ v: AnswerValue, _ evidence: [Evidence] = []) -> (Question, Answer) {
            (q, Answer(question: q, value: v, confidence: 0.9, evidence: evidence))
        }
        switch policy.id {
        case "example.com@2019-01-01":
            return Dictionary(uniqueKeysWithValues: [
                a(.cookies, .yes, [ComparisonFixtures.ref(policy, 3, 0, "We use cookies to remember you;")]),
                a(.childrenMinAge, .integer(13)), a(.frameworks, .list(["GDPR"])),
            ])
        case "例え.jp@2021-01-01":
            return Dictionary(uniqueKeysWithValues: [a(.cookies, .yes), a(.childrenMinAge, .integer(16)), a(.frameworks, .list(["GDPR", "CCPA"]))])
        case "other.org@2015-01-01":
            return Dictionary(uniqueKeysWithValues: [a(.cookies, .no)])
        default:
            return [:]
        }
    }

    func trends(of policies: [Policy], progress: @Sendable (Int, Int) -> Void) -> Result<Trends, TrendsUnavailable> {
        let plan = TrendPlan(FileVersions.catalog(policies).histories)
        let byID = Dictionary(uniqueKeysWithValues: policies.map { ($0.id, $0) })
        var samples: [String: TrendSample] = [:]
        for (i, version) in plan.distinctVersions.enumerated() {
            let policy = byID[version.policyID!]!
            samples[version.id] = TrendSample(version: version, words: policy.wordCount, answers: Self.answers(policy))
            progress(i + 1, plan.distinctVersions.count)
        }
        return .success(Trends(plan, samples: samples))
    }
}

@Suite struct TrendsViewTests {
    static func state(_ w: Int, _ h: Int, source: (any TrendsSource)? = MadeTrends()) -> BrowserState {
        BrowserState(policies: ComparisonFixtures.policies, size: Size(width: w, height: h), trends: source)
    }

    static func opened(_ w: Int = 120, _ h: Int = 40, _ argument: String = "cookies") -> BrowserState {
        var s = state(w, h)
        s.update([.char(":")] + Key.typing("trends \(argument)") + [.enter])
        return s
    }

    func lines(_ s: BrowserState) -> [String] { s.render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func opensAtOnceAndCountsInTheBackground() {
        var s = Self.opened()
        #expect(s.view == .trends)
        #expect(s.isWorking, "the job waits for the shell")
        #expect(lines(s)[3].contains("counting the answers of 4 policies"))
        s.runScreenWork()
        #expect(!s.isWorking)
        let view = s.topScreen(TrendsView.self)!
        #expect(view.trends?.years == Array(2015...2021))
        #expect(view.shownQuestion == .cookies)
        let shown = lines(s)
        #expect(shown[0].hasPrefix("▶ Trends: cookies — Does it use cookies?"))
        #expect(shown[2].hasPrefix(" year  docs yes"))
        #expect(shown[3].hasPrefix(" 2015     1"))
        #expect(shown[9].hasPrefix(" 2021     3"))
    }

    @Test func progressReportsReachTheScreen() {
        var s = Self.opened()
        let view = s.topScreen(TrendsView.self)!
        s.apply(.screenProgress(TrendsView.Progress(tag: view.tag, done: 2, total: 4)))
        #expect(lines(s)[3].contains("extracting the versions in force at each year's end: 2 of 4"))
        // Another screen's report is not taken.
        s.apply(.screenProgress(TrendsView.Progress(tag: view.tag &+ 1, done: 3, total: 4)))
        #expect(lines(s)[3].contains("2 of 4"))
    }

    @Test func keysChangeQuestionYearAndBarThenListAndOpen() throws {
        var s = Self.opened()
        s.runScreenWork()
        s.update(.char("l"))
        #expect(s.topScreen(TrendsView.self)?.shownQuestion == .webBeacons)
        s.update([.char("h"), .left])
        #expect(s.topScreen(TrendsView.self)?.shownQuestion == .collectsLocation)
        s.update([.char("l"), .char("G")])
        var view = try #require(s.topScreen(TrendsView.self))
        #expect(view.shownQuestion == .cookies && view.year == 6)
        // 2021: yes 2 (example.com@2019, 例え.jp), no 1 (other.org).
        #expect(view.selectedBar?.bar.count == 2)
        s.update(.tab)
        view = try #require(s.topScreen(TrendsView.self))
        #expect(view.selectedBar?.bar.value == "no" && view.selectedBar?.bar.versions == ["other.org@2015-01-01"])
        s.update(.char("["))
        #expect(lines(s).last?.contains("2021 yes: 2 of 3") == true)
        s.update(.enter)
        let listed = lines(s)
        #expect(listed[0].hasPrefix("▶ Trends: cookies yes in 2021: 2 of 3 documents"))
        #expect(listed[2].contains("example.com") && listed[2].contains("2019-01-01"))
        #expect(listed[3].contains("例え.jp"))
        // Enter opens example.com@2019 at its evidence; q comes back to the list, then the bars.
        s.update(.enter)
        #expect(s.view == .reader)
        #expect(s.message?.contains("cookies yes") == true)
        s.update(.char("q"))
        #expect(s.view == .trends && s.topScreen(TrendsView.self)?.listing != nil)
        s.update(.char("q"))
        #expect(s.view == .trends && s.topScreen(TrendsView.self)?.listing == nil)
        s.update(.char("q"))
        #expect(s.view == .browser)
    }

    @Test func anEmptyBarSaysSoAndAgesShowTheirMedian() throws {
        var s = Self.opened(120, 40, "children-min-age")
        s.runScreenWork()
        let view = try #require(s.topScreen(TrendsView.self))
        #expect(view.values == ["13", "16", "not-stated"])
        let shown = lines(s)
        #expect(shown[2].contains("median"))
        #expect(shown[9].contains("14.5"), "2021: ages 13 and 16")
        s.update(.enter)
        #expect(s.message == "no document says 13 in 2015")
    }

    @Test func refusalsAndUnknownQuestions() {
        var none = Self.state(100, 30, source: nil)
        none.update([.char(":")] + Key.typing("trends") + [.enter])
        #expect(none.view == .browser && none.message == "no trends in this browser (no classifier)")
        var s = Self.opened(120, 40, "sells")
        #expect(s.message?.hasPrefix("unknown question 'sells'; known: collects-contact,") == true)
        s.update(.char("q"))
        #expect(s.view == .browser)
    }

    @Test func snapshots() {
        for (w, h) in [(120, 40), (80, 24)] {
            var s = Self.opened(w, h, "frameworks")
            s.runScreenWork()
            s.update([.char("G"), .tab])
            assertSnapshot(s.render(), named: "trends-frameworks-\(w)x\(h)")
            s.update(.enter)
            assertSnapshot(s.render(), named: "trends-listing-\(w)x\(h)")
        }
    }
}
