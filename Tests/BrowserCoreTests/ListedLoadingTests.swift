@testable import BrowserCore
import PolicyModel
import Synchronization
import Testing

/// Listings first: a load lists its policies without their text, the texts follow in batches,
/// and a text the browser needs before its batch is read at once.
@Suite struct ListedLoadingTests {
    /// Texts read through the listings' readers, by policy id.
    final class Reads: Sendable {
        let ids = Mutex<[String]>([])
        var count: Int { ids.withLock { $0.count } }
    }

    /// Each policy listed without its text; its reader counts in `reads`.
    static func listed(_ policies: [Policy], reads: Reads, failing: Set<String> = []) -> [ListedPolicy] {
        policies.map { policy in
            ListedPolicy(PolicyListing(policy)) {
                reads.ids.withLock { $0.append(policy.id) }
                return failing.contains(policy.id) ? .failure(BodyReadError("\(policy.file): cannot read: gone")) : .success(policy)
            }
        }
    }

    func statusLine(_ s: BrowserState) -> String {
        s.render().text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    @Test func theListShowsAtOnceAndOnlyTheOpenPolicysTextIsRead() {
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30))
        let reads = Reads()
        let id = s.requestLoad(["/corpus"])
        s.apply(.listed(id: id, policies: Self.listed(Fixtures.all, reads: reads), problems: []))
        #expect(s.policies.count == 3 && s.listRows.count == 3)
        #expect(s.message == "loaded 3 policies")
        // The first row opens with its text: read then, the others not.
        #expect(s.openPolicy == 0 && reads.ids.withLock { $0 } == [Fixtures.example.id])
        #expect(s.policies[0] == Fixtures.example)
        #expect(s.render().text.contains("We collect your name"))
        #expect(s.unreadCount == 2 && s.isLoading)
        #expect(statusLine(s).contains("reading texts ▕"))
        #expect(statusLine(s).contains("0/3"))
    }

    @Test func textsThatArriveFillTheirRowsAndTheLastEndsTheLoad() {
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30))
        let reads = Reads()
        let id = s.requestLoad(["/corpus"])
        s.apply(.listed(id: id, policies: Self.listed(Fixtures.all, reads: reads), problems: []))
        s.apply(.bodies(id: id, read: [(entry: 1, policy: Fixtures.wide)], failed: [], last: false))
        #expect(s.policies[1] == Fixtures.wide && s.unreadCount == 1)
        #expect(statusLine(s).contains("1/3"))
        // The loader sends every text, the one the key loop read too: it is ignored.
        s.apply(.bodies(id: id, read: [(entry: 0, policy: Fixtures.example), (entry: 2, policy: Fixtures.other)], failed: [], last: true))
        #expect(s.policies == Fixtures.all)
        #expect(s.unreadCount == 0 && !s.isLoading)
        #expect(reads.count == 1)
    }

    @Test func movingToARowReadsItsTextAtOnce() {
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30))
        let reads = Reads()
        let id = s.requestLoad(["/corpus"])
        s.apply(.listed(id: id, policies: Self.listed(Fixtures.all, reads: reads), problems: []))
        s.update(.char("G"))
        #expect(s.openPolicy == 2 && s.policies[2] == Fixtures.other)
        #expect(reads.ids.withLock { $0 } == [Fixtures.example.id, Fixtures.other.id])
        #expect(s.render().text.contains(Fixtures.other.sections[0].title))
    }

    @Test func aTextThatCannotBeReadIsAProblemAndTheLoadStillEnds() {
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30))
        let reads = Reads()
        let id = s.requestLoad(["/corpus"])
        s.apply(.listed(id: id, policies: Self.listed(Fixtures.all, reads: reads, failing: [Fixtures.wide.id]), problems: []))
        s.update(.char("j"))
        #expect(s.openPolicy == 1 && s.loadProblems == ["\(Fixtures.wide.file): cannot read: gone"])
        s.apply(.bodies(id: id, read: [(entry: 2, policy: Fixtures.other)], failed: ["/x: cannot read: gone"], last: true))
        #expect(s.unreadCount == 0 && !s.isLoading)
        #expect(s.loadProblems.count == 2)
    }

    @Test func screensOverEveryTextWaitAndScreensOverAFewReadThem() {
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30), searcher: WordSearcher())
        let reads = Reads()
        let id = s.requestLoad(["/corpus"])
        s.apply(.listed(id: id, policies: Self.listed(Fixtures.all, reads: reads), problems: []))
        s.update(.char("S"))
        #expect(s.view == .browser)
        #expect(s.message == "still reading the loaded policies' texts (2 to go): :search works once they are in")
        // The answer matrix of the marked policies (a: all shown): their texts are read now.
        s.update([.char("a"), .char("c")])
        #expect(s.view == .matrix)
        #expect(reads.ids.withLock { $0 } == Fixtures.all.map(\.id))
        s.update(.char("q"))
        s.apply(.bodies(id: id, read: Fixtures.all.enumerated().map { ($0.offset, $0.element) }, failed: [], last: true))
        s.update(.char("S"))
        #expect(s.view == .search)
    }

    /// A search open when a later load lists more policies waits for their texts.
    @Test func anOpenSearchWaitsForTextsListedLater() {
        var s = BrowserState(policies: ComparisonFixtures.policies, size: Size(width: 120, height: 30), searcher: WordSearcher())
        s.update(.char("S"))
        #expect(s.view == .search)
        let reads = Reads()
        var more = ComparisonFixtures.withSentences(Fixtures.example)
        more.file = "/more/example.md"
        more.id = "more.example@2019-01-01"
        let id = s.requestLoad(["/more"])
        s.apply(.listed(id: id, policies: Self.listed([more], reads: reads), problems: []))
        #expect(s.unreadCount == 1 && s.view == .search)
        s.update(Key.typing("collect") + [.enter])
        #expect(s.message == "still reading 1 loaded policies' texts: search again once they are in")
        s.apply(.bodies(id: id, read: [(entry: 0, policy: more)], failed: [], last: true))
        s.update([.char("q"), .char("S")] + Key.typing("collect") + [.enter])
        #expect(s.message?.hasSuffix("results: Enter opens one") == true, "\(s.message ?? "")")
    }

    /// Calls of a load's `readAll`.
    final class Asks: Sendable {
        let count = Mutex(0)
        var readAll: @Sendable () -> Void { { self.count.withLock { $0 += 1 } } }
        var asked: Int { count.withLock { $0 } }
    }

    /// Too many texts to hold unasked: none is read until a screen needs them all, then the
    /// loader is asked once and the load shows as reading them.
    @Test func textsReadOnlyWhenAskedWaitForAScreenThatNeedsThemAll() {
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30), searcher: WordSearcher())
        let reads = Reads(), asks = Asks()
        let id = s.requestLoad(["/corpus"])
        s.apply(.listed(id: id, policies: Self.listed(Fixtures.all, reads: reads), problems: [], readAll: asks.readAll))
        #expect(s.message == "loaded 3 policies")
        #expect(s.unreadCount == 2 && !s.isLoading && asks.asked == 0)
        #expect(!statusLine(s).contains("reading texts"))
        s.update(.char("j"))
        #expect(reads.count == 2 && s.unreadCount == 1 && asks.asked == 0)
        s.update([.char(":")] + Key.typing("zzqx") + [.enter])
        #expect(s.message?.contains("(1 text not read yet)") == true, "\(s.message ?? "")")
        s.update(.char("S"))
        #expect(s.view == .browser && asks.asked == 1)
        #expect(s.message == "still reading the loaded policies' texts (1 to go): :search works once they are in")
        #expect(s.isLoading && statusLine(s).contains("reading texts ▕"))
        s.update(.char("S"))
        #expect(asks.asked == 1)
        s.apply(.bodies(id: id, read: [(entry: 2, policy: Fixtures.other)], failed: [], last: true))
        #expect(s.unreadCount == 0 && !s.isLoading)
        s.update(.char("S"))
        #expect(s.view == .search)
    }

    /// A load whose every text was read on demand is not asked again (its loader is let go).
    @Test func aLoadWithEveryTextReadIsNotAskedAgain() {
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30), searcher: WordSearcher())
        let reads = Reads(), asks = Asks()
        let id = s.requestLoad(["/corpus"])
        s.apply(.listed(id: id, policies: Self.listed(Fixtures.all, reads: reads), problems: [], readAll: asks.readAll))
        s.update([.char("j"), .char("j")])
        #expect(s.unreadCount == 0)
        s.update(.char("S"))
        #expect(s.view == .search && asks.asked == 0 && !s.isLoading)
    }

    /// A searcher that reads the texts it needs (through a saved index) opens at once.
    @Test func aSearchThatReadsTextsItselfOpensBeforeThem() {
        struct Reading: PolicySearcher {
            func runsAsYouType(_ query: String, in policies: [Policy]) -> Bool { true }
            func searchesWithoutTexts(_ policies: [Policy]) -> Bool { true }
            func search(_ query: String, in policies: [Policy], limit: Int, progress: @Sendable (SearchProgress) -> Void)
                -> Result<[PolicySearchResult], PolicySearchProblem> {
                .success([PolicySearchResult(policyIndex: 2, location: BlockLocation(sectionNumber: 1, blockIndex: 0),
                                             sectionPath: ["Other"], range: TextRange(start: 0, end: 1), snippet: "x", marks: [], score: 1)])
            }
        }
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30), searcher: Reading())
        let reads = Reads(), asks = Asks()
        let id = s.requestLoad(["/corpus"])
        s.apply(.listed(id: id, policies: Self.listed(Fixtures.all, reads: reads), problems: [], readAll: asks.readAll))
        s.update([.char("S")] + Key.typing("name") + [.enter])
        #expect(s.view == .search && asks.asked == 0, "\(s.message ?? "")")
        #expect(s.unreadCount == 2)
    }

    /// Whether the searcher does without the texts is asked as the search opens and once more
    /// for the query typed, not once a key (it looks at every loaded policy).
    @Test func theSearcherIsNotAskedAboutTextsOnEveryKey() {
        final class Counting: PolicySearcher, @unchecked Sendable {
            var asked = 0
            func runsAsYouType(_ query: String, in policies: [Policy]) -> Bool { true }
            func searchesWithoutTexts(_ policies: [Policy]) -> Bool {
                asked += 1
                return true
            }
            func search(_ query: String, in policies: [Policy], limit: Int, progress: @Sendable (SearchProgress) -> Void)
                -> Result<[PolicySearchResult], PolicySearchProblem> { .success([]) }
        }
        let searcher = Counting()
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30), searcher: searcher)
        let reads = Reads(), asks = Asks()
        let id = s.requestLoad(["/corpus"])
        s.apply(.listed(id: id, policies: Self.listed(Fixtures.all, reads: reads), problems: [], readAll: asks.readAll))
        s.update([.char("S")])
        let opening = searcher.asked
        s.update(Key.typing("cookies") + [.enter])
        #expect(s.view == .search && asks.asked == 0)
        #expect(opening >= 1 && searcher.asked == opening + 1, "asked \(searcher.asked) times, \(opening) to open")
    }

    /// A load listed while a screen over every text is open is asked for its texts at once.
    @Test func aLoadListedUnderASearchIsAskedForItsTexts() {
        var s = BrowserState(policies: ComparisonFixtures.policies, size: Size(width: 120, height: 30), searcher: WordSearcher())
        s.update(.char("S"))
        let reads = Reads(), asks = Asks()
        var more = Fixtures.example
        more.file = "/more/example.md"
        more.id = "more.example@2019-01-01"
        let id = s.requestLoad(["/more"])
        s.apply(.listed(id: id, policies: Self.listed([more], reads: reads), problems: [], readAll: asks.readAll))
        #expect(asks.asked == 1 && s.isLoading)
    }

    @Test func theWordsSortUsesTheListingsCountsWithoutReadingTexts() {
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30))
        let reads = Reads()
        let id = s.requestLoad(["/corpus"])
        s.apply(.listed(id: id, policies: Self.listed(Fixtures.all, reads: reads), problems: []))
        s.update([.char(":")] + Key.typing("sort words") + [.enter])
        let byWords = Fixtures.all.indices.sorted { Fixtures.all[$0].wordCount > Fixtures.all[$1].wordCount }
        #expect(s.listRows.compactMap(\.policy) == byWords)
        #expect(reads.count == 1)
    }

    @Test func aListedPolicyLoadedBeforeIsToldByItsText() {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 30))
        var edited = Fixtures.other
        edited.title = "Edited"
        let reads = Reads()
        let id = s.requestLoad(["more"])
        s.apply(.listed(id: id, policies: Self.listed([Fixtures.example, edited], reads: reads), problems: []))
        #expect(s.policies.count == 4)
        #expect(s.policies[3].id == "\(Fixtures.other.id)#2")
        #expect(s.message == "loaded 1 policy, 1 already loaded")
        #expect(s.unreadCount == 0 && reads.count == 2)
        s.apply(.bodies(id: id, read: [(entry: 0, policy: Fixtures.example), (entry: 1, policy: edited)], failed: [], last: true))
        #expect(!s.isLoading && s.policies[3].title == "Edited")
    }
}
