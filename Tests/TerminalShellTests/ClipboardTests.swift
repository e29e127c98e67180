import Foundation
import TerminalShell
import Testing

/// `y` in the shell: the OSC 52 sequence and the clipboard file.
@Suite struct ClipboardTests {
    @Test func osc52IsBase64OfTheSanitizedText() {
        #expect(Clipboard.osc52("We sell data.") == "\u{1B}]52;c;V2Ugc2VsbCBkYXRhLg==\u{1B}\\")
        // Controls never reach the clipboard (a paste would run them); line breaks and tabs stay.
        #expect(Clipboard.sanitized("a\u{1B}[31mb\u{7}\u{9B}c\nd\te") == "a[31mbc\nd\te")
        #expect(Clipboard.osc52("a\u{1B}b") == Clipboard.osc52("ab"))
        #expect(Clipboard.osc52("é 🍪") == "\u{1B}]52;c;" + Data("é 🍪".utf8).base64EncodedString() + "\u{1B}\\")
    }

    @Test func theFileIsUnderXDGStateHomeElseHomeLocalState() {
        #expect(Clipboard.file(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/h"]) == "/x/state/policyscope/clipboard.txt")
        #expect(Clipboard.file(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/policyscope/clipboard.txt")
        #expect(Clipboard.file(environment: ["HOME": "/h"]) == "/h/.local/state/policyscope/clipboard.txt")
        #expect(Clipboard.file(environment: [:]) == nil)
        #expect(Clipboard.display("/h/.local/state/policyscope/clipboard.txt", environment: ["HOME": "/h"]) == "~/.local/state/policyscope/clipboard.txt")
        #expect(Clipboard.display("/x/state/policyscope/clipboard.txt", environment: ["HOME": "/h"]) == "/x/state/policyscope/clipboard.txt")
    }

    @Test func saveCreatesTheFoldersAndReplacesTheText() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("policyscope-clip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = try #require(Clipboard.file(environment: ["XDG_STATE_HOME": root.path]))
        try Clipboard.save("first\u{1B}", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        try Clipboard.save("We do not sell your data.", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "We do not sell your data.\n")
        // A file where a folder should be: the error comes back to be shown.
        let blocked = root.appendingPathComponent("file")
        try Data().write(to: blocked)
        #expect(throws: (any Error).self) { try Clipboard.save("x", to: blocked.path + "/policyscope/clipboard.txt") }
    }
}
