import Testing
@testable import BrowserCore

/// The legend names every category of the open policy, wrapped onto more rows when narrow.
@Suite struct LegendTests {
    static func opened(_ w: Int, _ h: Int) -> BrowserState {
        let practices = FixturePractices()
        var s = BrowserState(policies: Fixtures.all, size: Size(width: w, height: h), highlighter: practices, practices: practices)
        s.update([.enter, .enter])
        return s
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func everyCategoryIsInTheLegend(size: (Int, Int)) {
        let s = Self.opened(size.0, size.1)
        let text = s.render().text
        #expect(s.reader.document.categories.count == 9)
        for name in s.reader.document.categories { #expect(text.contains("■ " + name), "\(name) at \(size)") }
        #expect(s.legendRows.count > 1)
        #expect(s.contentHeight(.text) == s.textRect.height - 1 - s.legendRows.count)
        assertSnapshot(s.render(), named: "legend-\(size.0)x\(size.1)")
    }

    @Test func aShortPaneKeepsTwoThirdsForText() {
        let s = Self.opened(30, 8)
        #expect(s.legendRows.count == 2)
        #expect(s.contentHeight(.text) == 4)
    }
}
