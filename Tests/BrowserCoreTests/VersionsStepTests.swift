import Testing
@testable import BrowserCore

/// `]`/`[` in the versions diff and side by side: one change (pair) at a time, both ways, from
/// anywhere; Enter opens the marked one.
@Suite struct VersionsStepTests {
    static func versions(_ w: Int = 60, _ h: Int = 12) -> BrowserState {
        var s = ComparisonFixtures.state(w, h)
        s.update(.char("v"))
        s.computeRequestedPractices()
        return s
    }

    @Test func bracketsVisitEveryChangeForwardThenBack() throws {
        var s = Self.versions()
        let count = try #require(s.topScreen(VersionsView.self)).changes.count
        #expect(count == 5)
        for k in 0..<count {
            s.update(.char("]"))
            let v = try #require(s.topScreen(VersionsView.self))
            #expect(v.cursor.current == k && s.message == nil)
            // The marked change is on screen, even where the view cannot scroll it to the top.
            #expect((v.top..<(v.top + 10)).contains(v.changeRows[k]))
        }
        s.update(.char("]"))
        #expect(s.topScreen(VersionsView.self)?.cursor.current == count - 1 && s.message == "no change after this one")
        for k in stride(from: count - 2, through: 0, by: -1) {
            s.update(.char("["))
            #expect(s.topScreen(VersionsView.self)?.cursor.current == k)
        }
        s.update(.char("["))
        #expect(s.topScreen(VersionsView.self)?.cursor.current == 0 && s.message == "no change before this one")
    }

    @Test func afterGBracketGoesToTheLastChangeAndEnterOpensIt() throws {
        var s = Self.versions()
        s.update([.char("G"), .char("[")])
        let v = try #require(s.topScreen(VersionsView.self))
        let last = v.changes.count - 1
        #expect(v.cursor.current == last)
        s.update(.char("["))
        #expect(s.topScreen(VersionsView.self)?.cursor.current == last - 1)
        s.update(.enter)
        #expect(s.view == .reader && s.openPolicy == v.changes[last - 1].policy)
        #expect(s.reader.sectionAtTop == v.changes[last - 1].section)
    }

    @Test func scrollingAwayForgetsTheMarkAndBracketsStartFromTheScreen() throws {
        var s = Self.versions()
        s.update([.char("]"), .char("]")])
        #expect(s.topScreen(VersionsView.self)?.cursor.current == 1)
        s.update(.char("G"))
        let end = try #require(s.topScreen(VersionsView.self))
        #expect(end.cursor.current == nil)
        // From the end, ] has nowhere to go; g then ] starts again at the first change.
        s.update([.char("g"), .char("]")])
        #expect(s.topScreen(VersionsView.self)?.cursor.current == 0)
        // Enter with no mark opens the first change on screen (at the end: not the first change).
        s.update(.char("G"))
        let shown = try #require(end.changeRows.firstIndex { (end.top..<(end.top + 10)).contains($0) })
        #expect(shown > 0)
        s.update(.enter)
        #expect(s.view == .reader && s.openPolicy == end.changes[shown].policy && s.reader.sectionAtTop == end.changes[shown].section)
    }

    @Test func sideBySideStepsPairByPair() throws {
        var s = ComparisonFixtures.state(60, 12)
        s.update([.char("l"), .char("j"), .char(" "), .char("j"), .char("j"), .char(" "), .char("b")])
        s.computeRequestedPractices()
        let pairs = try #require(s.topScreen(SideBySideView.self)).pairs.count
        // The first pair starts on the top line: ] goes to the second.
        for k in 1..<pairs {
            s.update(.char("]"))
            #expect(s.topScreen(SideBySideView.self)?.cursor.current == k)
        }
        s.update(.char("]"))
        #expect(s.message == "no pair after this one")
        s.update([.char("g"), .char("G"), .char("["), .char("[")])
        #expect(s.topScreen(SideBySideView.self)?.cursor.current == pairs - 2)
    }
}
