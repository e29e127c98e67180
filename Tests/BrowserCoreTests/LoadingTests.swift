@testable import BrowserCore
import PolicyModel
import Testing

/// Background loading as the state sees it: requests out, progress and policies in.
@Suite struct LoadingTests {
    func statusLine(_ s: BrowserState) -> String {
        s.render().text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    @Test func aLoadIsAskedForThenReportsProgressInTheStatusBar() {
        var s = BrowserState(policies: [], size: Size(width: 100, height: 12))
        let id = s.requestLoad(["/corpus"])
        #expect(s.takeLoadRequests() == [LoadRequest(id: id, paths: ["/corpus"])])
        #expect(s.takeLoadRequests().isEmpty)
        #expect(s.isLoading)
        #expect(statusLine(s).contains("loading…"))
        #expect(s.render().text.contains("loading…"))
        s.apply(.progress(id: id, done: 5, total: 20))
        #expect(statusLine(s).contains("loading ▕█████░░░░░░░░░░░░░░░▏ 5/20"))
        s.apply(.progress(id: id, done: 3, total: 20)) // late reports never move it back
        #expect(s.loadProgress?.done == 5)
    }

    @Test func keysWorkWhileLoading() {
        var s = BrowserState(policies: [], size: Size(width: 100, height: 30))
        let id = s.requestLoad(["/corpus"])
        s.apply(.progress(id: id, done: 1, total: 3000))
        s.update(.char("?"))
        #expect(s.showingHelp)
        s.update(.escape)
        s.update([.char("j"), .tab, .char("/"), .char("x"), .escape, .tab, .char("G"), .char("]")])
        #expect(s.focus == .text)
        #expect(s.openPolicy == nil)
        #expect(s.render().text.contains("loading ▕"))
    }

    @Test func finishedPoliciesAreAppendedAndTheFirstOpens() {
        var s = BrowserState(policies: [], size: Size(width: 120, height: 30))
        let id = s.requestLoad(["/corpus"])
        s.apply(.finished(id: id, policies: [Fixtures.example, Fixtures.other], problems: ["/corpus/x.md: empty file"]))
        #expect(!s.isLoading)
        #expect(s.policies.count == 2)
        #expect(s.openPolicy == 0)
        #expect(s.message == "loaded 2 policies (1 problem: P lists it)")
        #expect(s.loadProblems == ["/corpus/x.md: empty file"])
        #expect(!statusLine(s).contains("loading"))
    }

    @Test func laterLoadsAppendKeepTheCursorAndRenameRepeatedIDs() {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 30))
        s.update(.char("j"))
        var edited = Fixtures.example
        edited.title = "Edited"
        let id = s.requestLoad(["more"])
        s.apply(.finished(id: id, policies: [edited, edited], problems: []))
        #expect(s.policies.count == 5)
        #expect(s.openPolicy == 1 && s.listCursor == 1)
        #expect(s.policies[3].id == "example.com@2019-01-01#2")
        #expect(s.policies[4].id == "example.com@2019-01-01#3")
        #expect(s.message == "loaded 2 policies")
    }

    @Test func aPolicyLoadedAgainKeepsItsOneRow() {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 30))
        // `:open` of a file already loaded (by another path: the file differs, the text not).
        var again = Fixtures.other
        again.file = "./other.org.md"
        s.update([.char(":")] + Key.typing("open ./other.org.md") + [.enter])
        let id = s.takeLoadRequests()[0].id
        s.apply(.finished(id: id, policies: [again, Fixtures.example], problems: []))
        #expect(s.policies.count == 3 && s.listRows.count == 3)
        #expect(s.message == "loaded 0 policies, 2 already loaded")
        #expect(!s.render().text.contains("#2"))
    }

    /// A site's second version arriving in a later load groups the two (the first one's row
    /// learns that its site is shared).
    @Test func aLaterVersionOfALoadedSiteFormsAGroup() {
        var s = BrowserState(policies: [Fixtures.example, Fixtures.other], size: Size(width: 120, height: 30))
        #expect(s.listRows.allSatisfy { $0.site == nil })
        let id = s.requestLoad(["older"])
        s.apply(.finished(id: id, policies: [ComparisonFixtures.exampleOld], problems: []))
        #expect(s.listRows.count == 2)
        guard case .group("example.com", let members, true) = s.listRows[0] else {
            Issue.record("no group row: \(s.listRows)")
            return
        }
        #expect(members == [0, 2])
    }

    @Test func anActiveFilterAppliesToPoliciesThatArriveLater() {
        var s = BrowserState(policies: [Fixtures.wide], size: Size(width: 120, height: 30))
        s.update(.char("/"))
        s.update(Key.typing("oth"))
        s.update(.enter)
        #expect(s.visiblePolicies.isEmpty)
        let id = s.requestLoad(["more"])
        s.apply(.finished(id: id, policies: [Fixtures.example, Fixtures.other], problems: []))
        #expect(s.visiblePolicies == [2])
        #expect(s.render().text.contains("Policies (1/3) /oth"))
    }

    @Test func progressAddsUpOverLoadsAndUnknownTotalsShowAsCounting() {
        var s = BrowserState(policies: [], size: Size(width: 60, height: 12))
        let a = s.requestLoad(["a"]), b = s.requestLoad(["b"])
        s.apply(.progress(id: a, done: 2, total: 4))
        #expect(s.loadProgress?.total == nil)
        s.apply(.progress(id: b, done: 1, total: 6))
        #expect(s.loadProgress?.done == 3 && s.loadProgress?.total == 10)
        #expect(statusLine(s).contains("loading ▕███░░░░░░░▏ 3/10"))
        s.apply(.finished(id: a, policies: [], problems: []))
        #expect(s.message == "a: no policies loaded")
        #expect(s.loadProgress?.total == 6)
        s.apply(.finished(id: 99, policies: [Fixtures.other], problems: [])) // unknown load: ignored
        #expect(s.policies.isEmpty)
    }
}
