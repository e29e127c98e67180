import PolicyModel
import Testing

/// The one rule for what may reach a terminal as itself.
@Suite("Visible text")
struct VisibleTextTests {
    @Test func controlsBecomePicturesAndJoinersStay() {
        #expect(VisibleText.picture("\u{1B}") == "␛")
        #expect(VisibleText.picture("\u{7F}") == "␡")
        for c1 in [0x80, 0x9B, 0x9C, 0x9D, 0x9F] { #expect(VisibleText.picture(Unicode.Scalar(UInt32(c1))!) == "\u{FFFD}") }
        for bidi in Array(0x202A...0x202E) + Array(0x2066...0x2069) {
            #expect(VisibleText.picture(Unicode.Scalar(UInt32(bidi))!) == "\u{FFFD}", "U+\(String(bidi, radix: 16))")
        }
        // Joiners, marks and their neighbours show as themselves.
        for kept: Unicode.Scalar in ["\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2029}", "\u{206A}", "\u{A0}", "a", "é"] {
            #expect(VisibleText.picture(kept) == nil, "U+\(String(kept.value, radix: 16))")
        }
    }

    @Test func visibleKeepsLineBreaksWhenAskedAndTurnsTabsIntoSpaces() {
        let text = "a\u{1B}]52;c;eA==\u{07}\tb\u{202E}c\nd 👩\u{200D}💻"
        #expect(VisibleText.visible(text) == "a␛]52;c;eA==␇ b\u{FFFD}c\nd 👩\u{200D}💻")
        #expect(VisibleText.visible(text, keepingLineBreaks: false) == "a␛]52;c;eA==␇ b\u{FFFD}c␊d 👩\u{200D}💻")
        #expect(VisibleText.visible("plain") == "plain")
    }
}
