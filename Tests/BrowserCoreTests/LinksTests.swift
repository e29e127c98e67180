@testable import BrowserCore
import PolicyModel
import Testing

/// `o`: the snapshot URL and the links of the text on screen.
@Suite struct LinksTests {
    static let linked: Policy = {
        var p = Fixtures.policy("linked.org", year: 2020, title: "Linked", sections: [
            Fixtures.section("Linked", level: 1, [
                Block(kind: .paragraph, text: "Read our cookie page and the partner list.",
                      links: [Link(range: TextRange(start: 9, end: 20), url: "https://linked.org/cookies"),
                              Link(range: TextRange(start: 29, end: 41), url: "https://evil.example/\u{202E}gpj.exe\u{1B}[2J x")],
                      line: 3),
                Fixtures.block("No links here."),
            ]),
        ])
        p.source = "https://web.archive.org/web/20200101000000/https://linked.org/privacy"
        return p
    }()

    @Test func oListsTheSnapshotAndTheLinksOnScreenAndClosesAgain() {
        var s = BrowserState(policies: [Self.linked, Fixtures.other], size: Size(width: 80, height: 16))
        s.update(.char("o"))
        #expect(s.showingHelp && s.overlay?.lines.count == 5)
        let lines = s.overlay?.lines ?? []
        #expect(lines[0] == ("snapshot", "https://web.archive.org/web/20200101000000/https://linked.org/privacy"))
        #expect(lines[1] == ("file", "linked.org.md"))
        #expect(lines[3] == ("cookie page", "https://linked.org/cookies"))
        // Bidi overrides, controls and spaces in a URL are percent-encoded.
        #expect(lines[4] == ("partner list", "https://evil.example/%E2%80%AEgpj.exe%1B[2J%20x"))
        assertSnapshot(s.render(), named: "links-80x16")
        s.update(.char("o"))
        #expect(!s.showingHelp && s.overlay == nil)
        // The help overlay is the keys again.
        s.update(.char("?"))
        #expect(s.render().text.contains("Keys — q/Esc closes"))
        s.update(.escape)
        // A policy with no header and no links on screen.
        s.update([.char("j"), .char("o")])
        #expect(s.overlay?.lines[0].help == "not known (the file has no corpus header)")
        #expect(s.overlay?.lines.last?.help == "No links in the text on screen.")
        s.update(.char("q"))
        #expect(!s.showingHelp && !s.shouldQuit)
    }
}
