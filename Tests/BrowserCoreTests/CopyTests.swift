@testable import BrowserCore
import PolicyModel
import Testing

/// `y`: what the browser asks the shell to copy, and what the status line says after.
@Suite struct CopyTests {
    @Test func yCopiesTheSentenceAtTheTopOrUnderTheMatch() {
        var s = ComparisonFixtures.state(120, 30) // its policies carry sentence ranges
        // The top line is the preamble's.
        s.update(.char("y"))
        #expect(s.takeCopyRequest() == "Last updated: January 2019.")
        #expect(s.takeCopyRequest() == nil)
        #expect(s.message == "copying “Last updated: January 2019.”")
        // A heading on top: the first sentence below it.
        s.update([.char(":")] + Key.typing("cookies") + [.enter, .char("y")])
        #expect(s.takeCopyRequest() == "Cookies are small files.")
        // The current match's sentence: the second one of the block.
        s.update([.char("/")] + Key.typing("remember") + [.enter, .char("y")])
        #expect(s.takeCopyRequest() == "We use cookies to remember you; you can turn cookies off.")
        s.copied("We use cookies to remember you; you can turn cookies off.", file: "~/.local/state/policyscope/clipboard.txt", problem: nil)
        #expect(s.message == "copied to ~/.local/state/policyscope/clipboard.txt, and by OSC 52: “We use cookies to remember you; you can…”")
        // At 80 columns the status line still names the file.
        s.resize(to: Size(width: 80, height: 24))
        #expect(s.render().text.contains("copied to ~/.local/state/policyscope/clipboard.txt"))
    }

    @Test func theMatrixCopiesItsCellAndTheEvidenceReaderItsSentence() {
        var s = MatrixViewTests.opened()
        s.update([.char("j"), .char("j"), .char("j"), .char("j"), .char("y")])
        #expect(s.takeCopyRequest() == """
            cookies: yes (example.com@2019-01-01)
            We use cookies to remember you; you can turn cookies off.
            We collect your name, email address and the cookies your browser sends us when you visit.
            """)
        s.update([.enter, .char("y")])
        #expect(s.view == .reader)
        #expect(s.takeCopyRequest() == "We use cookies to remember you; you can turn cookies off.")
    }

    @Test func theSearchViewCopiesTheWholeSentenceAndOtherViewsSayNothing() {
        var s = SearchViewTests.searched("share")
        s.update(.char("y"))
        #expect(s.takeCopyRequest() == "We share data with service providers.")
        var empty = BrowserState(policies: [], size: Size(width: 60, height: 10))
        empty.update(.char("y"))
        #expect(empty.takeCopyRequest() == nil && empty.message == "nothing to copy here")
        s.copied("x", file: "/ro/clipboard.txt", problem: "Permission denied")
        #expect(s.message == "copied by OSC 52 only; cannot write /ro/clipboard.txt: Permission denied")
    }
}
