import Testing
@testable import BrowserCore

/// `i` tells what the sentence under the cursor is; `}` puts the cursor on a highlight.
@Suite struct SentenceInfoTests {
    /// The fixture opened in all-highlights mode, the cursor moved by `}` to the denial.
    static func atDenial(_ w: Int, _ h: Int) -> BrowserState {
        var s = LegendTests.opened(w, h)
        s.update(.char("H"))
        for _ in 0..<20 {
            s.update(.char("}"))
            if let c = s.reader.cursor, String(s.reader.document.pieces[c.piece].chars[c.range]) == "We do not sell your data." { break }
        }
        return s
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theDenialIsToldAsADenialWithItsAnswer(size: (Int, Int)) {
        var s = Self.atDenial(size.0, size.1)
        #expect(s.render().text.contains("›"), "the cursor is drawn in the margin")
        s.update(.char("i"))
        #expect(s.showingHelp)
        let text = s.render().text
        #expect(text.contains("This sentence"))
        #expect(text.contains("“We do not sell your data.”"))
        #expect(text.contains("sharing 0.85"))
        #expect(text.contains("denies action:sell"))
        #expect(text.contains("a denial (italic)"))
        #expect(text.contains("sells-data: no (confidence 0.85)"))
        assertSnapshot(s.render(), named: "sentence-info-\(size.0)x\(size.1)")
        s.update(.escape)
        #expect(!s.showingHelp && s.overlay == nil)
        s.update(.char("?"))
        #expect(s.render().text.contains("Keys —"), "? shows the keys again, not the sentence")
    }

    @Test func withoutTheCursorTheTopLineIsTold() {
        var s = LegendTests.opened(120, 40)
        s.update(.char("i"))
        let text = s.render().text
        #expect(text.contains("“Last updated: January 2019.”"))
        #expect(text.contains("changes 0.70"))
        #expect(text.contains("none: a statement"))
        #expect(text.contains("updated:January 2019"))
        #expect(text.contains("no answer"))
    }

    @Test func aWeakAnswerAndAHiddenHighlightAreSaidSo() {
        var s = LegendTests.opened(120, 40)
        s.update([.char("H"), .char("}"), .char("}"), .char("}"), .char("}"), .char("}"), .char("}"), .char("}")])
        s.update([.char("H"), .char("H")])  // back to strongest
        s.update([.char("2"), .char("i")])  // sharing hidden
        let text = s.render().text
        // The eighth highlight (the first below the top line is the second).
        #expect(text.contains("“We share data with service providers.”"))
        #expect(text.contains("shares-service-providers: yes (confidence 0.40, weak)"))
        #expect(text.contains("party:service-providers"))
        #expect(text.contains("a statement (underlined); hidden now (digit 2)"))
    }

    @Test func withoutPracticesItSaysSo() {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 40), highlighter: WordHighlighter())
        s.update([.enter, .enter, .char("i")])
        #expect(!s.showingHelp)
        #expect(s.render().text.contains("no analysed sentence here") || s.render().text.contains("practices not computed"))
    }
}
