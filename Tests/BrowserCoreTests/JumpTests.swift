@testable import BrowserCore
import PolicyModel
import Testing

/// The jump list (`C-o` back, `C-r` forward), `:N` section numbers and `h` on the tree's root.
@Suite struct JumpTests {
    func state(_ width: Int = 120, _ height: Int = 30) -> BrowserState {
        BrowserState(policies: Fixtures.all, size: Size(width: width, height: height))
    }

    func command(_ s: inout BrowserState, _ line: String) {
        s.update([.char(":")] + Key.typing(line) + [.enter])
    }

    @Test func backAndForwardWalkTheJumps() {
        var s = state()
        command(&s, "cookies")
        command(&s, "cksettings")
        #expect(s.openPolicy == 2 && s.sectionAtTop == 2)
        s.update(.ctrl("o"))
        #expect(s.openPolicy == 0 && s.sectionAtTop == 3 && s.focus == .text)
        #expect(s.message == "back: example.com › Example Privacy Policy › Information We Collect › Cookies")
        s.update(.backspace) // the same as C-o
        #expect(s.openPolicy == 0 && s.textTop == 0 && s.focus == .policies)
        #expect(s.message == "back: example.com › (preamble)")
        s.update(.ctrl("o"))
        #expect(s.message == "no earlier jump to go back to" && s.textTop == 0)
        s.update(.ctrl("r"))
        #expect(s.openPolicy == 0 && s.sectionAtTop == 3 && s.message?.hasPrefix("forward: example.com") == true)
        s.update(.ctrl("r"))
        #expect(s.openPolicy == 2 && s.sectionAtTop == 2 && s.message == "forward: other.org › Privacy › Cookie Settings")
        s.update(.ctrl("r"))
        #expect(s.message == "no later jump to go forward to")
        #expect(s.render().text.contains("▶ Text: Cookie Settings"))
    }

    @Test func aJumpAfterGoingBackDropsTheForwardHistory() {
        var s = state()
        command(&s, "cookies")
        command(&s, "cksettings")
        s.update(.ctrl("o"))
        command(&s, "share")
        #expect(s.sectionAtTop == 4)
        s.update(.ctrl("r"))
        #expect(s.message == "no later jump to go forward to" && s.sectionAtTop == 4)
        s.update(.ctrl("o"))
        #expect(s.openPolicy == 0 && s.sectionAtTop == 3)
    }

    @Test func theTextPositionSurvivesAResize() {
        var s = state()
        command(&s, "cookies")
        s.update(.char("j"))
        let top = s.layout.lines[s.textTop]
        command(&s, "cksettings")
        s.resize(to: Size(width: 100, height: 20))
        s.update(.ctrl("o"))
        let back = s.layout.lines[s.textTop]
        #expect(back.piece == top.piece && back.range.lowerBound == top.range.lowerBound)
    }

    @Test func searchResultsAreJumpsAndBackCrossesAClosedScreen() {
        var s = SearchViewTests.searched("share", 100, 12)
        s.update(.enter)
        let result = s.textTop
        #expect(s.view == .reader && result > 0)
        s.update(.ctrl("o"))
        #expect(s.message == "back: example.com › (preamble)" && s.view == .reader && s.textTop == 0)
        s.update(.ctrl("r"))
        #expect(s.textTop == result)
        s.update([.escape, .char("q")])
        #expect(s.view == .browser && s.textTop == result)
        s.update(.ctrl("o"))
        #expect(s.view == .browser && s.textTop == 0 && s.focus == .policies)
    }

    @Test func matrixEvidenceIsAJumpAndScreensLeaveTheKeysToThePanes() {
        var s = MatrixViewTests.opened()
        s.update([.char("j"), .char("j"), .char("j"), .char("j"), .enter])
        #expect(s.view == .reader && s.openPolicy == 0)
        s.update(.escape)
        s.update(.ctrl("o"))
        #expect(s.view == .matrix && s.message == "jumps go back and forth in the panes: q/Esc first")
        s.update([.char("q"), .backspace])
        #expect(s.view == .browser && s.openPolicy == 2 && s.message == "back: other.org › Privacy")
    }

    @Test func aVersionsChangeIsAJump() {
        var s = ComparisonFixtures.state(60, 12)
        s.update(.char("v"))
        s.computeRequestedPractices()
        s.update([.char("G"), .char("["), .enter]) // the last section change
        let change = s.textTop
        #expect(s.view == .reader && change > 0)
        s.update(.ctrl("o"))
        #expect(s.view == .reader && s.textTop == 0 && s.message == "back: example.com › (preamble)")
        s.update(.ctrl("r"))
        #expect(s.textTop == change)
    }

    @Test func colonNumberJumpsToTheOutlinesSection() {
        var s = state()
        command(&s, "3")
        #expect(s.sectionAtTop == 3 && s.focus == .text)
        #expect(s.message == "jumped to Example Privacy Policy › Information We Collect › Cookies")
        command(&s, "0")
        #expect(s.sectionAtTop == 0 && s.textTop == 0 && s.message == "jumped to (preamble)")
        command(&s, "99")
        #expect(s.message == "no section 99 in example.com (sections 0–5)" && s.sectionAtTop == 0)
        s.update(.ctrl("o"))
        #expect(s.sectionAtTop == 3)
        s.update([.tab, .char("G")]) // other.org: no preamble
        command(&s, "0")
        #expect(s.message == "no section 0 in other.org (sections 1–2)")
    }

    @Test func hOnTheRootGoesBackToTheList() {
        var s = state()
        s.update([.enter, .char("j")]) // rows: preamble, root, ...
        #expect(s.focus == .tree && s.currentTreeSection == 1)
        s.update(.char("h"))
        #expect(s.focus == .policies && s.treeRows.count == 6)
        s.update([.enter, .char("h")]) // the preamble is top level too
        #expect(s.focus == .policies)
    }
}
