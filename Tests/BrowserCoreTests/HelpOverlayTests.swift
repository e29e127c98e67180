import Testing
@testable import BrowserCore

/// The help overlay: the terminal's width (up to a maximum) with wrapped lines, the keys of the
/// view in use first, and the usual scrolling keys.
@Suite struct HelpOverlayTests {
    func helped(_ w: Int, _ h: Int) -> BrowserState {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: w, height: h))
        s.update(.char("?"))
        return s
    }

    /// The help's heading and key rows in order, as the box holds them.
    func headings(_ s: BrowserState) -> [String] { s.helpBox.rows.filter(\.isHeading).map(\.text) }

    @Test func theBoxUsesTheTerminalWidthUpToAMaximum() {
        #expect(helped(80, 24).helpBox.rect.width == 78)
        #expect(helped(60, 20).helpBox.rect.width == 58)
        #expect(helped(200, 60).helpBox.rect.width == HelpBox.maxWidth)
        #expect(helped(200, 60).helpBox.rect.x == 50)
        let top = helped(200, 60).render().text.split(separator: "\n").first { $0.contains("┌─ Keys — q/Esc closes") }
        #expect(top.map { CharWidth.columns($0.drop { $0 != "┌" }.prefix { $0 != "┐" }) } == 99)
    }

    @Test func longLinesWrapAndLoseNothing() {
        let box = helped(44, 20).helpBox
        let lines = Keymap.helpLines(first: [.list, .browser])
        #expect(box.rows.map(\.text).filter { !$0.isEmpty }.joined(separator: " ") == lines.map(\.help).joined(separator: " "))
        #expect(box.rows.map(\.label).filter { !$0.isEmpty } == lines.map(\.label).filter { !$0.isEmpty })
        #expect(box.rows.allSatisfy { CharWidth.columns($0.text) <= 44 - 5 - ($0.isHeading ? 0 : box.keyColumn) })
        #expect(box.rows.count > lines.count)
        // `1 2 … 0` is wider than the key column: its text starts on the next row.
        let digits = box.rows.firstIndex { $0.label.hasPrefix("1 2 3") }
        #expect(digits.map { box.rows[$0].text.isEmpty && box.rows[$0 + 1].text.hasPrefix("show or hide") } == true)
    }

    @Test func theCurrentViewsKeysComeFirst() {
        var s = helped(100, 30)
        #expect(headings(s).prefix(3) == ["In the policy list:", "In the three panes:", "Everywhere:"])
        #expect(s.helpBox.rows[1].label == "Space")
        s.update([.escape, .tab])
        s.update(.char("?"))
        #expect(headings(s).prefix(2) == ["In the three panes:", "Everywhere:"])
        var m = MatrixViewTests.opened()
        m.update(.char("?"))
        #expect(headings(m).prefix(3) == ["In the answer matrix:", "In the comparison views:", "Everywhere:"])
        #expect(m.render().text.contains("│ In the answer matrix:"))
        // The plain list (nothing first) keeps the keymap's order.
        #expect(Keymap.helpLines.first?.label == "j ↓")
    }

    @Test func everyScrollingKeyScrollsWithinTheRows() {
        var s = helped(80, 24)
        let box = s.helpBox, page = box.visible - 1
        s.update(.char("j"))
        #expect(s.helpTop == 1)
        s.update(.down)
        #expect(s.helpTop == 2)
        s.update([.char("k"), .up])
        #expect(s.helpTop == 0)
        s.update(.pageDown)
        #expect(s.helpTop == page)
        s.update(.char(" "))
        #expect(s.helpTop == 2 * page)
        s.update(.pageUp)
        #expect(s.helpTop == page)
        s.update(.char("G"))
        #expect(s.helpTop == box.maxTop)
        let bottom = s.render().text
        #expect(bottom.contains("▲ more: k") && !bottom.contains("▼ more: j"))
        s.update(.char("j"))
        #expect(s.helpTop == box.maxTop)
        s.update(.char("g"))
        #expect(s.helpTop == 0)
        s.update([.end, .home])
        #expect(s.helpTop == 0)
        s.update(.end)
        #expect(s.helpTop == box.maxTop && s.showingHelp && s.listCursor == 0)
        s.update(.char("q"))
        #expect(!s.showingHelp && !s.shouldQuit)
    }
}
