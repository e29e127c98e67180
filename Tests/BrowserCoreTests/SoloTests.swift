import Testing
@testable import BrowserCore

/// `f`: one category's highlights only; a digit picks another; `f` again shows them all.
@Suite struct SoloTests {
    /// The category roles drawn in the text, legend rows left out (and "b", the sharing denial).
    static func textRoles(_ s: BrowserState) -> Set<Character> {
        let rows = s.render().roleText.split(separator: "\n", omittingEmptySubsequences: false)
        let legendTop = s.size.height - 1 - s.legendRows.count
        return Set(rows.prefix(legendTop).joined().filter { $0.isNumber || $0 == "b" })
    }

    @Test func soloShowsOneCategoryAndDigitsPickAnother() {
        var s = LegendTests.opened(120, 40)
        s.update(.char("H"))  // all: every category drawn
        #expect(Self.textRoles(s).count > 3)
        // The first highlight on screen is "Last updated" (changes, slot 6).
        s.update(.char("f"))
        #expect(s.soloSlot == 6)
        #expect(Self.textRoles(s) == ["6"])
        #expect(s.render().text.contains("solo: changes (a digit picks another, f shows all)"))
        #expect(s.highlightStatus == "all · solo changes")
        s.update(.char("2"))
        #expect(s.soloSlot == 1)
        #expect(Self.textRoles(s) == ["1", "b"], "sharing statements and its denial")
        #expect(s.hiddenCategorySlots.isEmpty, "a digit in solo mode picks, never hides")
        s.update(.char("8"))
        #expect(s.soloSlot == 1)
        #expect(s.render().text.contains("no category 8 in this policy"))
        s.update(.char("f"))
        #expect(s.soloSlot == nil)
        #expect(Self.textRoles(s).count > 3)
    }

    @Test func nextPracticeStaysInTheSoloCategory() {
        var s = LegendTests.opened(80, 12)
        s.update([.char("f"), .char("0")])
        let contact = s.reader.document.pieces.firstIndex { String($0.chars).hasPrefix("Write to privacy") }!
        s.update(.char("}"))
        #expect(s.reader.textTop == min(s.reader.layout.pieceLine[contact], s.maxTextTop))
        #expect(s.reader.textTop > 0)
    }

    @Test func theHelpListsSolo() {
        #expect(Keymap.helpLines.contains { $0.label == "f" && $0.help.hasPrefix("solo") })
        #expect(Keymap.helpLines.contains { $0.label == "H" })
    }
}
