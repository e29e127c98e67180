import BrowserCore
import Testing

/// The comparison views rendered at two sizes each, compared with `__Snapshots__/`.
@Suite struct ComparisonSnapshotTests {
    static func matrix(_ w: Int, _ h: Int) -> BrowserState {
        var s = MatrixViewTests.opened(w, h)
        s.update([.char("j"), .char("j"), .char("j"), .char("j")])  // cookies
        return s
    }

    /// The cursor's row shows its mark (`●✓`), and a name too long for the pane ends in `…`.
    @Test func markOnTheCursorRowAndCutNames() {
        let long = Fixtures.policy("a-very-long-domain-name-for-a-policy.example", year: 2020, title: "Long",
                                   sections: [Fixtures.section("Privacy", level: 1, [Fixtures.block("Text.")])])
        var s = BrowserState(policies: [Fixtures.example, long], size: Size(width: 40, height: 6))
        s.update([.char(" "), .char("k")])
        #expect(s.marked == [0] && s.openPolicy == 0)
        assertSnapshot(s.render(), named: "list-mark-on-cursor-40x6")
    }

    @Test func listWithAGroupAndMarks() {
        var s = ComparisonFixtures.state(100, 30)
        s.update([.char("l"), .char("j"), .char(" ")])
        assertSnapshot(s.render(), named: "list-groups-marks-100x30")
    }

    @Test func matrix100x30() {
        assertSnapshot(Self.matrix(100, 30).render(), named: "matrix-100x30")
    }

    @Test func matrixTransposedIn40x14() {
        var s = MatrixViewTests.opened(40, 14)
        s.update([.char("l"), .char("l"), .char("l"), .char("l"), .char("l"), .char("l")])  // web-beacons, scrolled
        assertSnapshot(s.render(), named: "matrix-40x14")
    }

    /// The cursor on other.org's frameworks: a list longer than its cell, shown in full below.
    static func matrixOnAList(_ w: Int, _ h: Int, transposed: Bool = false) -> BrowserState {
        var s = MatrixViewTests.opened(w, h)
        if transposed { s.update(.char("t")) }
        s.update(Array(repeating: Key.char(transposed ? "l" : "j"), count: 20) + [.char(transposed ? "j" : "l")])
        return s
    }

    @Test func matrixListValueAt80And200() {
        assertSnapshot(Self.matrixOnAList(80, 24).render(), named: "matrix-list-80x24")
        assertSnapshot(Self.matrixOnAList(200, 30).render(), named: "matrix-list-200x30")
    }

    @Test func matrixTransposedHeadersAt80And200() {
        assertSnapshot(Self.matrixOnAList(80, 24, transposed: true).render(), named: "matrix-transposed-80x24")
        assertSnapshot(Self.matrixOnAList(200, 30, transposed: true).render(), named: "matrix-transposed-200x30")
    }

    @Test func matrixWaitingForPractices() {
        assertSnapshot(MatrixViewTests.opened(80, 24, compute: false).render(), named: "matrix-pending-80x24")
    }

    @Test func evidenceOpenedFromTheMatrix() {
        var s = Self.matrix(100, 30)
        s.update(.enter)
        assertSnapshot(s.render(), named: "matrix-evidence-100x30")
    }

    static func versions(_ w: Int, _ h: Int) -> BrowserState {
        var s = ComparisonFixtures.state(w, h)
        s.update(.char("v"))
        s.computeRequestedPractices()
        return s
    }

    @Test func versions100x30() {
        assertSnapshot(Self.versions(100, 30).render(), named: "versions-100x30")
    }

    @Test func versions50x16() {
        var s = Self.versions(50, 16)
        s.update(.char("]"))
        assertSnapshot(s.render(), named: "versions-50x16")
    }

    static func sideBySide(_ w: Int, _ h: Int) -> BrowserState {
        var s = ComparisonFixtures.state(w, h)
        s.update([.char("l"), .char("j"), .char(" "), .char("j"), .char("j"), .char(" "), .char("b")])
        s.computeRequestedPractices()
        return s
    }

    @Test func sideBySide100x30() {
        assertSnapshot(Self.sideBySide(100, 30).render(), named: "side-100x30")
    }

    @Test func sideBySide60x16() {
        var s = Self.sideBySide(60, 16)
        s.update([.tab, .char("j"), .char("j")])
        assertSnapshot(s.render(), named: "side-60x16")
    }
}
