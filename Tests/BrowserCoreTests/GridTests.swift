import BrowserCore
import Testing

@Suite struct GridTests {
    @Test func widthsOfCJKEmojiAndCombiningMarks() {
        #expect(CharWidth.columns("a") == 1)
        #expect(CharWidth.columns("漢") == 2)
        #expect(CharWidth.columns("ク") == 2)
        #expect(CharWidth.columns("🍪") == 2)
        #expect(CharWidth.columns("👍🏽") == 2)
        #expect(CharWidth.columns("e\u{301}") == 1)
        #expect(CharWidth.columns("\u{301}" as Character) == 0)
        #expect(CharWidth.columns("❤\u{FE0F}") == 2)
        #expect(CharWidth.columns("Ａ") == 2)
        #expect(CharWidth.columns("プライバシー") == 12)
    }

    @Test func controlCharactersBecomePictures() {
        var grid = Grid(width: 6, height: 1)
        grid.put("a\u{1B}[b\u{7F}\u{85}", x: 0, y: 0, limit: 6, role: .normal)
        #expect(grid.text == "a␛[b␡\u{FFFD}")
        #expect(!grid.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func wideCharactersTakeTwoCellsAndNeverOverflow() {
        var grid = Grid(width: 5, height: 1)
        let used = grid.put("漢字x", x: 0, y: 0, limit: 5, role: .heading)
        #expect(used == 5)
        #expect(grid[0, 0].width == 2 && grid[1, 0].isContinuation)
        #expect(grid.text == "漢字x")
        var cut = Grid(width: 5, height: 1)
        #expect(cut.put("ab漢字", x: 0, y: 0, limit: 5, role: .normal) == 5)
        #expect(cut.text == "ab漢 ")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.put("漢字", x: 0, y: 0, limit: 4, role: .normal)
        grid.put("x", x: 1, y: 0, limit: 1, role: .normal)
        #expect(grid.text == " x字")
    }
}

@Suite struct TextLayoutTests {
    @Test func wrapsAtSpacesAndCutsLongWords() {
        let chars = Array("the quick brown fox")
        let lines = TextLayoutProbe.wrap("the quick brown fox", width: 10)
        #expect(lines == ["the quick ", "brown fox"])
        #expect(TextLayoutProbe.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(TextLayoutProbe.wrap("漢字漢字漢字", width: 5) == ["漢字", "漢字", "漢字"])
        #expect(chars.count == 19)
    }

    @Test func aHardLineBreakStartsANewLineAndNeverShowsAsAControlPicture() throws {
        #expect(TextLayoutProbe.wrap("Lithium Technologies\n6121 Hollis Street #4\nEmeryville", width: 40)
            == ["Lithium Technologies", "6121 Hollis Street #4", "Emeryville"])
        #expect(TextLayoutProbe.wrap("aaaa \nb", width: 4) == ["aaaa", "b"])
        #expect(TextLayoutProbe.wrap("aaaa\nb", width: 4) == ["aaaa", "b"])
        #expect(TextLayoutProbe.wrap("a\n\nb", width: 4) == ["a", "", "b"])
        let policy = Fixtures.policy("lithium.com", year: 2016, title: "Privacy", sections: [
            Fixtures.section("Contacting Us", level: 1, [Fixtures.block("Lithium Technologies\n6121 Hollis Street #4\nEmeryville, CA")]),
        ])
        var s = BrowserState(policies: [policy], size: Size(width: 100, height: 12))
        s.update([.tab, .tab])
        let rows = s.render().text.split(separator: "\n").map(String.init)
        let first = try #require(rows.firstIndex { $0.contains("Lithium Technologies") })
        #expect(!rows[first].contains("6121") && rows[first + 1].contains("6121 Hollis Street #4"))
        #expect(rows[first + 2].contains("Emeryville, CA"))
        #expect(!rows.joined().contains("␊"))
    }
}
