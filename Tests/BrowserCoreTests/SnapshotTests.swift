import BrowserCore
import Testing

/// Screens rendered into text and compared with `__Snapshots__/`.
@Suite struct SnapshotTests {
    func state(_ w: Int, _ h: Int, highlights: Bool = false) -> BrowserState {
        BrowserState(policies: Fixtures.all, size: Size(width: w, height: h), highlighter: highlights ? WordHighlighter() : nil)
    }

    @Test func startScreen80x24() {
        assertSnapshot(state(80, 24).render(), named: "start-80x24")
    }

    /// 60x20: one pane; Enter on the list shows the policy's text at once.
    @Test func oneKeyToTheTextAt60x20() {
        var s = state(60, 20)
        #expect(s.screenLayout.panes.keys.map { $0 } == [.policies])
        s.update(.enter)
        #expect(s.focus == .text)
        assertSnapshot(s.render(), named: "enter-text-60x20")
    }

    /// 80x24: the list beside the text; Enter puts the tree there, Tab to the text keeps it.
    @Test func twoPanesAt80x24() {
        var s = state(80, 24)
        #expect(Set(s.screenLayout.panes.keys) == [.policies, .text])
        s.update(.enter)
        #expect(Set(s.screenLayout.panes.keys) == [.tree, .text])
        s.update(.tab)
        #expect(s.focus == .text && Set(s.screenLayout.panes.keys) == [.tree, .text])
        assertSnapshot(s.render(), named: "tree-text-80x24")
        s.update(.tab)
        #expect(s.focus == .policies && Set(s.screenLayout.panes.keys) == [.policies, .text])
    }

    @Test func textSearch80x24() {
        var s = state(80, 24)
        s.update([.tab, .tab, .char("/")])
        s.update(Key.typing("cookie"))
        s.update([.enter, .char("n")])
        assertSnapshot(s.render(), named: "text-search-80x24")
    }

    @Test func helpOverlay80x24() {
        var s = state(80, 24)
        s.update(.char("?"))
        assertSnapshot(s.render(), named: "help-80x24")
    }

    @Test func wideTextIn40x12() {
        var s = state(40, 12)
        s.update([.char("j"), .tab, .tab])
        assertSnapshot(s.render(), named: "cjk-text-40x12")
    }

    @Test func wideTreeIn40x12() {
        var s = state(40, 12)
        s.update([.char("j"), .tab, .char("/")])
        s.update(Key.typing("情報"))
        assertSnapshot(s.render(), named: "cjk-tree-search-40x12")
    }

    @Test func threePanesWithHighlights200x60() {
        var s = state(200, 60, highlights: true)
        s.update([.enter, .char("j"), .char("j")])
        assertSnapshot(s.render(), named: "highlights-200x60")
    }

    @Test func threePanesCJK200x60() {
        var s = state(200, 60)
        s.update([.char("j"), .tab, .char("j"), .char("j"), .enter])
        assertSnapshot(s.render(), named: "cjk-200x60")
    }

    @Test func commandPrompt40x12() {
        var s = state(40, 12)
        s.update(.char(":"))
        s.update(Key.typing("share"))
        let grid = s.render()
        #expect(grid.cursor?.y == 11)
        #expect(grid.cursor?.x == 6)
        assertSnapshot(grid, named: "command-40x12")
    }

    @Test func loadingWithHelpOpen80x24() {
        var s = BrowserState(policies: [Fixtures.example], size: Size(width: 80, height: 24))
        let id = s.requestLoad(["corpus"])
        s.apply(.progress(id: id, done: 1234, total: 3000))
        s.update(.char("?"))
        assertSnapshot(s.render(), named: "loading-help-80x24")
    }

    @Test func emptyWhileLoading40x12() {
        var s = BrowserState(policies: [], size: Size(width: 40, height: 12))
        s.requestLoad(["corpus"])
        assertSnapshot(s.render(), named: "loading-empty-40x12")
    }
}
