import PolicyModel
import Testing

@Suite("Slicing a text by scalar ranges")
struct TextSlicesTests {
    /// Every range of `text` up to `length` scalars long.
    private func allRanges(_ text: String) -> [TextRange] {
        let n = text.unicodeScalars.count
        return (0...n).flatMap { start in (start...n).map { TextRange(start: start, end: $0) } }
    }

    @Test("slices equal slice(of:) for every range of ASCII, accented, CJK, emoji and combining text",
          arguments: ["plain ASCII.", "Né 日本 ok", "👩‍👩‍👧 family 🇫🇷.", "e\u{301}te\u{301} \u{10FFFF}x", ""])
    func slicesEqualSlice(_ text: String) {
        let ranges = allRanges(text)
        #expect(TextRange.slices(ranges, of: text) == ranges.map { $0.slice(of: text) })
    }

    @Test("a range past the end is cut at it; no ranges give no slices")
    func pastTheEnd() {
        #expect(TextRange.slices([TextRange(start: 1, end: 9)], of: "Né") == ["é"])
        #expect(TextRange.slices([TextRange(start: 5, end: 9)], of: "abc") == [""])
        #expect(TextRange.slices([], of: "abc").isEmpty)
    }

    @Test("a block's sentence texts are its sentences' slices")
    func blockSentences() {
        let block = Block(kind: .paragraph, text: "Wir nutzen Daten. Ça va? 日本。",
                          sentences: [TextRange(start: 0, end: 17), TextRange(start: 18, end: 24), TextRange(start: 25, end: 28)], line: 1)
        #expect(block.sentenceTexts == ["Wir nutzen Daten.", "Ça va?", "日本。"])
    }
}
