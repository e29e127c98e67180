import BrowserCore
import CNcursesw
@testable import TerminalShell
import Testing

/// What `wget_wch` gives, turned into keys.
@Suite struct KeyDecoderTests {
    @Test func controlCharactersBecomeNamedKeysOrChords() {
        #expect(KeyDecoder.character(9) == .tab)
        #expect(KeyDecoder.character(10) == .enter)
        #expect(KeyDecoder.character(13) == .enter)
        #expect(KeyDecoder.character(27) == .escape)
        #expect(KeyDecoder.character(127) == .backspace)
        #expect(KeyDecoder.character(8) == .backspace)
        #expect(KeyDecoder.character(4) == .ctrl("d"))
        #expect(KeyDecoder.character(21) == .ctrl("u"))
        #expect(KeyDecoder.character(1) == .ctrl("a"))
        #expect(KeyDecoder.character(0) == nil)
        #expect(KeyDecoder.character(28) == nil)
    }

    @Test func printableCharactersIncludingWideOnes() {
        #expect(KeyDecoder.character(106) == .char("j"))
        #expect(KeyDecoder.character(32) == .char(" "))
        #expect(KeyDecoder.character(0x60C5) == .char("情"))
        #expect(KeyDecoder.character(0x1F36A) == .char("🍪"))
        #expect(KeyDecoder.character(0xD800) == nil) // a lone surrogate is no character
    }

    @Test func functionKeys() {
        #expect(KeyDecoder.functionKey(KEY_UP) == .key(.up))
        #expect(KeyDecoder.functionKey(KEY_DOWN) == .key(.down))
        #expect(KeyDecoder.functionKey(KEY_LEFT) == .key(.left))
        #expect(KeyDecoder.functionKey(KEY_RIGHT) == .key(.right))
        #expect(KeyDecoder.functionKey(KEY_HOME) == .key(.home))
        #expect(KeyDecoder.functionKey(KEY_END) == .key(.end))
        #expect(KeyDecoder.functionKey(KEY_PPAGE) == .key(.pageUp))
        #expect(KeyDecoder.functionKey(KEY_NPAGE) == .key(.pageDown))
        #expect(KeyDecoder.functionKey(KEY_BTAB) == .key(.backTab))
        #expect(KeyDecoder.functionKey(KEY_BACKSPACE) == .key(.backspace))
        #expect(KeyDecoder.functionKey(KEY_ENTER) == .key(.enter))
        #expect(KeyDecoder.functionKey(KEY_RESIZE) == .resize)
        #expect(KeyDecoder.functionKey(ps_key_f(1)) == .key(.function(1)))
        #expect(KeyDecoder.functionKey(ps_key_f(12)) == .key(.function(12)))
        #expect(KeyDecoder.functionKey(KEY_IC) == nil)
    }

    @Test func mouseReports() {
        #expect(KeyDecoder.mouse(kind: 1, x: 3, y: 4) == MouseEvent(.press, x: 3, y: 4))
        #expect(KeyDecoder.mouse(kind: 2, x: 0, y: 0) == MouseEvent(.wheelUp, x: 0, y: 0))
        #expect(KeyDecoder.mouse(kind: 3, x: 9, y: 1) == MouseEvent(.wheelDown, x: 9, y: 1))
        #expect(KeyDecoder.mouse(kind: 0, x: 1, y: 1) == nil)
    }
}
