@testable import BrowserCore
import Testing

/// `--mouse`: clicks focus and select, the wheel scrolls the pane under the pointer.
@Suite struct MouseTests {
    // At 120x30: policies x 0..<24, tree x 25..<55, text x 56..<120; row 0 is the titles.
    func state(_ w: Int = 120, _ h: Int = 30) -> BrowserState {
        BrowserState(policies: Fixtures.all, size: Size(width: w, height: h))
    }

    @Test func clickingAListRowFocusesTheListAndOpensThePolicy() {
        var s = state()
        s.update(.tab)
        s.update(MouseEvent(.press, x: 3, y: 3))
        #expect(s.focus == .policies)
        #expect(s.listCursor == 2 && s.openPolicy == 2)
        s.update(MouseEvent(.press, x: 3, y: 20)) // below the last row: focus only
        #expect(s.openPolicy == 2)
    }

    @Test func clickingATreeRowShowsThatSection() {
        var s = state()
        s.update(MouseEvent(.press, x: 30, y: 4)) // rows: preamble, root, Information, Cookies
        #expect(s.focus == .tree)
        #expect(s.currentTreeSection == 3)
        #expect(s.sectionAtTop == 3)
    }

    @Test func clickingTheTitleOrTheTextOnlyFocuses() {
        var s = state()
        s.update(MouseEvent(.press, x: 80, y: 5))
        #expect(s.focus == .text)
        s.update(MouseEvent(.press, x: 30, y: 0))
        #expect(s.focus == .tree && s.currentTreeSection == 0)
        s.update(MouseEvent(.press, x: 24, y: 5)) // the separator
        #expect(s.focus == .tree)
    }

    @Test func theWheelScrollsThePaneUnderThePointerWithoutFocusingIt() {
        var s = state(120, 8)
        s.update(MouseEvent(.wheelDown, x: 80, y: 3))
        #expect(s.focus == .policies)
        #expect(s.textTop == MouseEvent.wheelStep)
        s.update(MouseEvent(.wheelUp, x: 80, y: 3))
        #expect(s.textTop == 0)
        s.update(MouseEvent(.wheelDown, x: 30, y: 3))
        #expect(s.treeCursor == MouseEvent.wheelStep)
        s.update(MouseEvent(.wheelDown, x: 3, y: 3))
        #expect(s.openPolicy == 2)
    }

    @Test func narrowScreensAndOverlays() {
        var s = state(60, 20) // one pane: the focused list fills the screen
        s.update(MouseEvent(.press, x: 50, y: 2))
        #expect(s.focus == .policies && s.openPolicy == 1)
        s.update(.char("?"))
        s.update(MouseEvent(.wheelDown, x: 30, y: 10))
        #expect(s.helpTop == MouseEvent.wheelStep)
        s.update(MouseEvent(.press, x: 30, y: 10))
        #expect(!s.showingHelp)
        s.update(.char(":"))
        s.update(MouseEvent(.press, x: 3, y: 3)) // typing: ignored
        #expect(s.prompt != nil && s.listCursor == 1)
    }
}
