import Testing
@testable import BrowserCore

/// `A`: the open policy's answers beside the text (wide) or in the tree's place; Enter opens
/// the evidence as a jump.
@Suite struct AnswersPanelTests {
    @Test func besideTheTextFrom120Columns() {
        var s = LegendTests.opened(120, 40)
        s.update(.char("A"))
        #expect(s.focus == .answers)
        #expect(Set(s.screenLayout.panes.keys) == [.policies, .tree, .text, .answers])
        #expect(s.screenLayout.panes[.answers]!.x > s.screenLayout.panes[.text]!.x)
        let text = s.render().text
        #expect(text.contains("Answers 6/26, 2 weak"))
        #expect(text.contains("sells-data           no"))
        #expect(text.contains("yes?"), "a weak answer is marked as in the matrix")
        assertSnapshot(s.render(), named: "answers-120x40")
        s.update(.char("q"))
        #expect(s.focus == .text && s.screenLayout.panes[.answers] == nil)
    }

    @Test func inTheTreesPlaceBelow120Columns() {
        var s = LegendTests.opened(100, 30)
        s.update(.char("A"))
        #expect(Set(s.screenLayout.panes.keys) == [.policies, .text, .answers])
        s.update(.char("j"))
        assertSnapshot(s.render(), named: "answers-100x30")
        // Narrow: one pane at a time, Tab goes list, answers, text.
        s.resize(to: Size(width: 80, height: 24))
        #expect(s.paneOrder == [.policies, .answers, .text])
        s.update(.tab)
        #expect(s.focus == .text)
        #expect(s.render().text.contains("[3/3 Tab]"))
    }

    @Test func enterOpensTheEvidenceAndCtrlOComesBack() {
        var s = LegendTests.opened(120, 12)
        s.update(.char("A"))
        s.update(Array(repeating: .char("j"), count: 7))  // sells-data
        let top = s.reader.textTop
        s.update(.enter)
        #expect(s.focus == .text)
        #expect(s.render().text.contains("sells-data: no · n next, C-o back"))
        let match = s.reader.search!.textMatches[0]
        #expect(String(s.reader.document.pieces[match.piece].chars[match.range]) == "We do not sell your data.")
        #expect(s.reader.textTop != top)
        s.update(.ctrl("o"))
        #expect(s.focus == .answers)
        #expect(s.reader.textTop == top)
    }

    @Test func aSilentAnswerHasNoEvidenceToOpen() {
        var s = LegendTests.opened(120, 40)
        s.update([.char("A"), .char("j"), .enter])  // collects-financial: not stated
        #expect(s.focus == .answers)
        #expect(s.render().text.contains("not stated: no sentence answers this question"))
    }

    @Test func helpListsTheKey() {
        #expect(Keymap.helpLines.contains { $0.label == "A" && $0.help.hasPrefix("answers panel") })
    }
}
