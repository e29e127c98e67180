import Foundation
import PolicyExtraction
import PolicyHistory
import PolicyModel
import PolicyParsing
import Testing
import TestSupport
@testable import BrowserCore

/// The timeline (`T`): a made three-version history of example.com (2017: sells data; 2018:
/// adds a cookie section; 2019: no longer sells) and pga-v1's Instagram (9 versions).
@Suite struct TimelineTests {
    /// example.com in 2018: the 2017 text plus a cookie section; it still sells data.
    static let middle = Fixtures.policy("example.com", year: 2018, title: "Example Privacy Policy",
        preamble: [Fixtures.block("Last updated: May 2018.")],
        sections: [Fixtures.section("Example Privacy Policy", level: 1, [Fixtures.block("This policy explains what we collect.")], children: [
            Fixtures.section("Information We Collect", [
                Fixtures.block("We collect your name and email address when you visit."),
            ], children: [
                Fixtures.section("Cookies", level: 3, [Fixtures.block("We use cookies to remember you.")]),
            ]),
            Fixtures.section("How We Share Information", [Fixtures.block("We share data with service providers. We may sell your data to partners.")]),
            Fixtures.section("Contact", [Fixtures.block("Write to privacy@example.com.")]),
        ])])

    /// The list: example.com 2019, other.org, example.com 2017, example.com 2018.
    static var policies: [Policy] {
        [Fixtures.example, Fixtures.other, ComparisonFixtures.exampleOld, middle].map(ComparisonFixtures.withSentences)
    }

    static let source: TableSource = {
        var table = ComparisonFixtures.source.table
        table[middle.id] = ComparisonFixtures.summary([
            .collectsContact: ComparisonFixtures.answer(.yes),
            .cookies: ComparisonFixtures.answer(.yes),
            .sellsData: ComparisonFixtures.answer(.yes, 0.7),
            .sharesServiceProviders: ComparisonFixtures.answer(.yes),
            .privacyContact: ComparisonFixtures.answer(.list(["privacy@example.com"])),
        ])
        return TableSource(table: table)
    }()

    /// The browser on the list's first row (example.com 2019), the timeline opened with `T`
    /// and, with `fill`, filled.
    static func timeline(_ w: Int = 120, _ h: Int = 40, fill: Bool = true) -> BrowserState {
        var s = BrowserState(policies: policies, size: Size(width: w, height: h), practices: source)
        s.update(.char("T"))
        s.computeRequestedPractices()
        if fill { s.runScreenWork() }
        return s
    }

    @Test func tOpensTheSelectedDocumentsVersionsAtOnceWithTheStripPending() throws {
        let s = Self.timeline(fill: false)
        #expect(s.view == .timeline)
        let t = try #require(s.topScreen(TimelineView.self))
        #expect(t.history.versions.map(\.label) == ["2017-01-01", "2018-01-01", "2019-01-01"])
        // The cursor starts on the selected policy's version: the newest here.
        #expect(t.cursor == 2 && t.policyIndex == [2, 3, 0])
        #expect(t.answers.allSatisfy { $0 == nil } && t.extractedCount == 0)
        #expect(s.isWorking)
        #expect(s.render().text.contains("░"))
    }

    @Test func fillingComputesEveryVersionAndEveryStep() throws {
        let s = Self.timeline()
        let t = try #require(s.topScreen(TimelineView.self))
        #expect(t.finished && t.extractedCount == 3 && !s.isWorking)
        #expect(t.words.allSatisfy { $0 != nil })
        #expect(t.steps[0] == nil)
        let added = try #require(t.steps[1]), dropped = try #require(t.steps[2])
        #expect(added.answers.map(\.question) == [.cookies])
        #expect(added.added == 1)
        #expect(dropped.answers.map(\.question).contains(.sellsData))
        #expect(t.changed(.sellsData, column: [2]) && !t.changed(.sellsData, column: [1]))
    }

    @Test func nearestVersionsComeFirst() {
        #expect(TimelineFill.nearestFirst(5, from: 2) == [2, 3, 1, 4, 0])
        #expect(TimelineFill.nearestFirst(4, from: 3) == [3, 2, 1, 0])
        #expect(TimelineFill.nearestFirst(1, from: 0) == [0])
        #expect(TimelineFill.nearestFirst(0, from: 0) == [])
    }

    @Test func leftAndRightShowWhatChangedAtEachStep() throws {
        var s = Self.timeline()
        #expect(s.render().text.contains("sells-data: yes -> no"))
        s.update(.left)
        #expect(s.topScreen(TimelineView.self)?.cursor == 1)
        let text = s.render().text
        #expect(text.contains("2018-01-01  2 of 3") && text.contains("cookies: - -> yes") && text.contains("sections +1 -0 ~1"))
        s.update(.char("h"))
        #expect(s.render().text.contains("the first version"))
        s.update(.left)
        #expect(s.message == "the first version" && s.topScreen(TimelineView.self)?.cursor == 0)
        s.update([.char("l"), .right, .right])
        #expect(s.topScreen(TimelineView.self)?.cursor == 2 && s.message == "the newest version")
        s.update([.char("g"), .char("]")])
        #expect(s.topScreen(TimelineView.self)?.cursor == 1)
        s.update(.char("["))
        #expect(s.topScreen(TimelineView.self)?.cursor == 1 && s.message?.hasPrefix("no answer changes before") == true)
    }

    @Test func enterReadsTheVersionAtItsChangedSentences() throws {
        var s = Self.timeline()
        s.update(.left)
        s.update(.enter)
        #expect(s.view == .reader && s.openPolicy == 3)
        let t = s.render().text
        #expect(t.contains("We use cookies to remember you."))
        #expect(s.message?.hasPrefix("2018-01-01: changed here (1 sentence)") == true)
        s.update(.char("q"))
        #expect(s.view == .timeline)
    }

    @Test func dOpensTheVersionsDiffOfTheStepAndQGoesBack() throws {
        var s = Self.timeline()
        s.update(.char("d"))
        #expect(s.view == .versions)
        let v = try #require(s.topScreen(VersionsView.self))
        #expect(v.old == 3 && v.new == 0)
        s.update(.char("q"))
        #expect(s.view == .timeline)
        s.update(.char("q"))
        #expect(s.view == .browser)
        s.update([.char("T"), .char("g"), .char("d")])
        #expect(s.view == .timeline && s.message == "the first version: nothing before it to diff")
    }

    @Test func closingTheTimelineStopsItsFill() {
        let counting = CountingSource(table: Self.source)
        var s = BrowserState(policies: Self.policies, size: Size(width: 120, height: 40), practices: counting)
        s.computeRequestedPractices()
        let before = counting.count
        s.update([.char("T"), .char("q")])
        s.runScreenWork()
        // The view is gone: at most the version in hand is extracted, not the other two.
        #expect(s.view == .browser && counting.count - before <= 1)
    }

    /// A reader that knows a 2016 version nobody loaded (a git commit, say) and marks 2018's
    /// as a technical commit: the timeline reads the one, marks the other, and `t` hides it.
    @Test func unloadedAndTechnicalVersionsThroughAReader() throws {
        var s = BrowserState(policies: Self.policies, size: Size(width: 120, height: 40), practices: Self.source)
        s.readVersions(with: MadeReader(source: Self.source))
        s.update(.char("T"))
        s.runScreenWork()
        let t = try #require(s.topScreen(TimelineView.self))
        #expect(t.history.versions.map(\.label) == ["2016-01-01", "2017-01-01", "2018-01-01", "2019-01-01"])
        #expect(t.policyIndex[0] == nil && t.words[0] == 7 && t.answers[0] != nil && t.steps[1] != nil)
        #expect(t.history.versions[2].technical && s.render().text.contains("◌"))
        s.update(.left)
        #expect(s.render().text.contains("2018-01-01  3 of 4 · 42 words · sections +1 -0 ~1 · technical"))
        s.update(.char("t"))
        let hidden = try #require(s.topScreen(TimelineView.self))
        #expect(hidden.shown == [0, 1, 3] && hidden.cursor == 1 && s.message == "1 technical version hidden")
        #expect(s.render().text.contains("technical hidden") && !s.render().text.contains("◌"))
        // Enter on the version no file holds: it is read, joins the loaded policies, and opens.
        let loadedBefore = s.policies.count
        s.update([.left, .enter])
        #expect(s.view == .reader && s.policies.count == loadedBefore + 1)
        #expect(s.policies.last?.hasSameText(as: MadeReader.unloaded) == true && s.reader.policy == loadedBefore)
        // Opened again (after q), it is the one loaded now, not a second copy; d diffs 2016 and 2017.
        s.update([.char("q"), .enter])
        #expect(s.view == .reader && s.policies.count == loadedBefore + 1)
        s.update([.char("q"), .right, .char("d")])
        #expect(s.view == .versions && s.policies.count == loadedBefore + 1)
    }

    @Test func timelineCommandAndRefusals() {
        var s = BrowserState(policies: Self.policies, size: Size(width: 120, height: 40), practices: Self.source)
        s.update(.char(":"))
        for ch in "timeline" { s.update(.char(ch)) }
        s.update(.enter)
        #expect(s.view == .timeline)
        var empty = BrowserState(policies: [], size: Size(width: 80, height: 24))
        empty.update(.char("T"))
        #expect(empty.view == .browser && empty.message?.contains("no policy selected") == true)
    }

    @Test func columnsPerVersionThenMonthThenYear() throws {
        let s = Self.timeline()
        let versions = try #require(s.topScreen(TimelineView.self)).history.versions
        #expect(TimelineColumns.layout(versions, shown: [0, 1, 2], width: 6).cellWidth == 2)
        #expect(TimelineColumns.layout(versions, shown: [0, 1, 2], width: 90).cellWidth == 11)
        #expect(TimelineColumns.layout(versions, shown: [0, 1, 2], width: 3).cellWidth == 1)
        let years = TimelineColumns.layout(versions, shown: [0, 1, 2], width: 2)
        #expect(years.unit == .month && years.columns.count == 3 || years.unit == .year)
        let one = TimelineColumns.layout(versions, shown: [0, 1, 2], width: 1)
        #expect(one.unit == .year && one.columns == [[2]])
    }

    @Test func snapshots() {
        assertSnapshot(Self.timeline(120, 40).render(), named: "timeline-120x40")
        var s = Self.timeline(80, 24)
        s.update(.left)
        assertSnapshot(s.render(), named: "timeline-80x24")
    }

    /// 492 versions of one site (as many as Facebook's in the bundle), a day apart from 2022:
    /// the timeline opens without extracting anything and packs them by month at 80 columns.
    @Test func fiveHundredVersionsOpenAtOnceInMonthColumns() throws {
        let days = (0..<492).map { n in ArchiveDate(year: 2022 + n / 336, month: n / 28 % 12 + 1, day: n % 28 + 1)! }
        let policies = days.map { day in
            var p = Fixtures.policy("big.example", year: day.year, title: "Big", sections: [Fixtures.section("Data", [Fixtures.block("We collect data on \(day).")])])
            p.id = "big.example@\(day)"
            p.archivedOn = day
            return p
        }
        var s = BrowserState(policies: policies, size: Size(width: 80, height: 24), practices: Self.source)
        let started = ContinuousClock.now
        s.update(.char("T"))
        let frame = s.render()
        let elapsed = ContinuousClock.now - started
        let t = try #require(s.topScreen(TimelineView.self))
        #expect(t.history.versions.count == 492 && t.columns.unit == .month && t.columns.columns.count == 18)
        #expect(frame.text.contains(" · by month") && s.isWorking, "\(frame.text)")
        #expect(elapsed < .milliseconds(500), "opened in \(elapsed)")
    }

    /// pga-v1's Instagram folder: nine dated versions, no classifier (axis and sections only).
    static func instagram(_ w: Int, _ h: Int) async throws -> BrowserState {
        let folder = TestSupport.sharedDirectory.appendingPathComponent("history/pga-v1/Instagram/Privacy Policy")
        let loaded = await PolicyLoader.load([folder.path])
        #expect(loaded.policies.count == 9)
        var s = BrowserState(policies: loaded.policies, size: Size(width: w, height: h))
        s.update(.char("T"))
        s.runScreenWork()
        return s
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
    func instagramSnapshots() async throws {
        var s = try await Self.instagram(120, 40)
        let t = try #require(s.topScreen(TimelineView.self))
        #expect(t.history.versions.count == 9 && t.history.document.description == "Instagram — Privacy Policy")
        #expect(t.steps.dropFirst().allSatisfy { $0 != nil } && !t.extracting)
        s.update([.char("g"), .right])
        assertSnapshot(s.render(), named: "timeline-instagram-120x40")
        var small = try await Self.instagram(80, 24)
        small.update([.right, .right])
        assertSnapshot(small.render(), named: "timeline-instagram-80x24")
    }
}

/// A practice source that counts the summaries it computes.
final class CountingSource: PracticeSource, @unchecked Sendable {
    let table: TableSource
    private let lock = NSLock()
    private var computed = 0

    init(table: TableSource) { self.table = table }

    var count: Int { lock.withLock { computed } }
    func cachedSummary(for policy: Policy) -> PracticeSummary? { nil }
    func summary(for policy: Policy) -> PracticeSummary {
        lock.withLock { computed += 1 }
        return table.summary(for: policy)
    }
}

/// Versions from a made source: the loaded files, a 2016 version only the reader has, and
/// 2018's marked as a technical commit.
struct MadeReader: VersionReader {
    static let unloaded = Fixtures.policy("example.com", year: 2016, title: "Example Privacy Policy",
                                          sections: [Fixtures.section("Data", [Fixtures.block("We collect your name when you visit.")])])
    var source: TableSource

    func records(for policies: [Policy]) -> [VersionRecord] {
        var records = FileVersions.records(policies)
        for i in records.indices where records[i].policyID == TimelineTests.middle.id {
            records[i].summary = "Apply technical or declaration upgrade on Example"
        }
        records.append(VersionRecord(document: .domain("example.com"), date: Self.unloaded.archivedOn, source: .file(path: "old/example.com.md")))
        return records
    }

    func policy(of version: Version) -> Policy? {
        version.date == Self.unloaded.archivedOn ? Self.unloaded : nil
    }

    func extract(_ count: Int, reading text: @Sendable (Int) -> Policy?, done: @Sendable (Int, Policy?, PracticeSummary?) -> Bool) {
        for i in 0..<count {
            let policy = text(i)
            if !done(i, policy, policy.map(source.summary(for:))) { break }
        }
    }
}
