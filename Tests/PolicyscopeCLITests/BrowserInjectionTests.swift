#if canImport(Glibc)
import Foundation
import Glibc
import Testing
import TestSupport

/// The browser on a real pseudo-terminal, on the hostile fixture (policies, names, a domain and a
/// git history full of escape sequences, C1 and bidi controls): every byte it sends is read as a
/// terminal reads it and must be what curses itself sends (``TerminalStream``'s accepted set: no
/// control string at all, no C1 or bidi control, no CSI outside curses' own), with the hostile
/// sequences drawn as pictures (`␛`); the one OSC 52 is the browser's own, after `y`, carrying
/// exactly the clipboard file's text.
@Suite(.serialized)
struct BrowserInjectionTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "needs git"))
    func theScreenCarriesNoCodeFromPolicies() throws {
        let fixture = try HostileFixture(name: "browser")
        defer { fixture.remove() }
        let home = fixture.root + "/home"
        let terminal = try PseudoTerminal([CLIRunner.binary.path, "--no-store", fixture.files, fixture.repository],
                                          environment: TerminalRestoreTests.environment(home), columns: 120, rows: 40)
        /// Types `keys` and waits for the screen to change (or for `text` to arrive).
        func step(_ keys: String, until text: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
            let from = terminal.output.count
            terminal.type(keys)
            let seen = terminal.wait(timeout: 60) { t in text.map { t.received($0, after: from) } ?? (t.output.count > from) }
            #expect(seen, "after \(printable(Array(keys.utf8))): nothing new (\(text ?? "")) in \(printable(terminal.output[from...].suffix(600)))", sourceLocation: sourceLocation)
        }
        let loaded = terminal.wait(timeout: 90) { $0.received("loaded") }
        #expect(loaded, "not loaded: \(printable(terminal.output.suffix(600)))")
        // Each policy in the list, its text, the help, the problems view, the timeline of the git
        // document, the outline of sections.
        // Each key changes the screen: the next rows and back, the help and its close, the last
        // row's (the git document's) timeline and its close, the pane focus.
        for keys in ["j", "j", "k", "k", "?", "\u{1B}", "G"] { step(keys) }
        step("T", until: "Timeline: ")
        step("\u{1B}")
        step("\t")
        let beforeCopy = terminal.output.count
        #expect(TerminalStream(terminal.output).problems().isEmpty, "before y: \(Set(TerminalStream(terminal.output).problems()).sorted())")
        step("y", until: "copied to")
        step("q", until: "<<exit")
        _ = terminal.status(timeout: 30)

        let file = home + "/state/policyscope/clipboard.txt"
        let copied = try String(contentsOfFile: file, encoding: .utf8)
        let payload = Data(String(copied.dropLast()).utf8).base64EncodedString()
        let sent = terminal.output[..<(terminal.end(of: "<<exit") ?? terminal.output.count)]
        let stream = TerminalStream(sent)
        let problems = stream.problems(osc52: payload)
        #expect(problems.isEmpty, "\(Set(problems).sorted())")
        let osc52s = stream.items.filter { if case .string(_, let body) = $0 { body.starts(with: Array("52;".utf8)) } else { false } }
        #expect(osc52s.count == 1, "one OSC 52, after y: \(osc52s.count)")
        #expect(TerminalStream(terminal.output[..<beforeCopy]).problems().isEmpty, "no OSC 52 before y")
        #expect(HostileFixture.problems(Array(copied.utf8)).isEmpty, "the clipboard file holds no controls")
        #expect(stream.text.contains("␛"), "escape sequences are drawn as pictures")
        #expect(stream.text.contains("�"), "C1 and bidi controls are drawn as pictures")
    }
}
#endif
