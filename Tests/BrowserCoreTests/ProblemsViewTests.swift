import Testing
@testable import BrowserCore

/// The load problems view (`P`, `:problems`): every problem so far, scrolled, and back.
@Suite struct ProblemsViewTests {
    static let problems = (1...30).map { "/corpus/bad\($0).md: empty file, skipped" } + [
        "/corpus/esc\u{1B}[2J.md: binary file (NUL byte at offset 4), skipped",
        "/a/very/long/folder/name/that/goes/on/and/on/and/on/until/it/cannot/fit/last.md: warning: invalid UTF-8 at byte 8",
    ]

    /// A browser whose one load ended with `problems`.
    static func loaded(_ problems: [String] = problems, _ w: Int = 100, _ h: Int = 30) -> BrowserState {
        var s = BrowserState(policies: [], size: Size(width: w, height: h))
        let id = s.requestLoad(["/corpus"])
        s.apply(.finished(id: id, policies: [Fixtures.example], problems: problems))
        return s
    }

    func lines(_ s: BrowserState) -> [String] { s.render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func theStatusLinePointsToP() {
        let s = Self.loaded()
        #expect(s.message == "loaded 1 policy (32 problems: P lists them)")
    }

    @Test func pWithoutProblemsSaysSo() {
        var s = Self.loaded([])
        s.update(.char("P"))
        #expect(s.view == .browser)
        #expect(s.message == "no load problems")
        s.update([.char(":")] + Key.typing("problems") + [.enter])
        #expect(s.view == .browser && s.message == "no load problems")
    }

    @Test func pListsEveryProblemWithTheCountInTheTitleAndQGoesBack() {
        var s = Self.loaded()
        s.update(.char("P"))
        #expect(s.view == .problems)
        let shown = lines(s)
        #expect(shown[0].hasPrefix("▶ Load problems (32)"))
        #expect(shown[1].hasPrefix(" /corpus/bad1.md: empty file, skipped"))
        #expect(shown.last?.contains("1–28 of 32") == true)
        s.update(.char("q"))
        #expect(s.view == .browser && !s.shouldQuit)
        s.update([.char(":")] + Key.typing("problems") + [.enter])
        #expect(s.view == .problems)
        s.update(.escape)
        #expect(s.view == .browser)
    }

    @Test func scrollingKeysMoveTheRowsWithinRange() {
        var s = Self.loaded()
        s.update(.char("P"))
        s.update(.char("j"))
        #expect(lines(s)[1].hasPrefix(" /corpus/bad2.md"))
        s.update(.char("G"))
        let bottom = lines(s)
        #expect(bottom[28].contains("last.md: warning: invalid UTF-8 at byte 8"))
        #expect(bottom.last?.contains("5–32 of 32") == true)
        s.update(.char("j"))
        #expect(lines(s) == bottom)
        s.update(.pageUp)
        #expect(lines(s)[1].hasPrefix(" /corpus/bad1.md"))
        s.update([.char(" "), .char("g"), .down, .home])
        #expect(lines(s)[1].hasPrefix(" /corpus/bad1.md"))
    }

    @Test func problemsArrivingLaterAreListedToo() {
        var s = Self.loaded(["/a.md: empty file, skipped"])
        s.update(.char("P"))
        let id = s.requestLoad(["/more"])
        s.apply(.finished(id: id, policies: [], problems: ["/more: no .md, .markdown or .txt files in it"]))
        #expect(lines(s)[0].hasPrefix("▶ Load problems (2)"))
        #expect(lines(s)[2].hasPrefix(" /more: no .md, .markdown or .txt files in it"))
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        var s = Self.loaded()
        s.update([.char("P"), .char("G")])
        let text = s.render().text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.contains("esc␛[2J.md"))
    }

    @Test func snapshot100x30() {
        var s = Self.loaded()
        s.update([.char("P"), .char("G")])
        assertSnapshot(s.render(), named: "problems-100x30")
    }

    @Test func snapshot50x12() {
        var s = Self.loaded(Array(Self.problems.suffix(4)), 50, 12)
        s.update(.char("P"))
        assertSnapshot(s.render(), named: "problems-50x12")
    }
}
