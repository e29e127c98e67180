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
}
