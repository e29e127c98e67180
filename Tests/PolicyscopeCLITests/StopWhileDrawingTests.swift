#if canImport(Glibc)
import Foundation
import Glibc
import Testing
import TestSupport

/// C-z is never lost: ncurses ignores SIGTSTP while it updates the screen unless the program owns
/// SIGTSTP before curses starts, so a stop sent just after keys that redraw the screen used to
/// vanish now and then. Each round types keys that move the view and stops the browser at once.
@Suite(.serialized)
struct StopWhileDrawingTests {
    @Test("a stop sent while the screen redraws always stops the browser")
    func stopsWhileDrawing() throws {
        let home = NSTemporaryDirectory() + "policyscope-pty-\(getpid())-stops"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let (terminal, _) = try TerminalRestoreTests.start(home: home)
        let rounds = 12
        var lost = 0
        for round in 0..<rounds {
            try #require(terminal.wait(timeout: 30) { t in t.foreground.map(TerminalRestoreTests.isBrowser) ?? false },
                         "round \(round): the browser is not in the foreground")
            let stopsBefore = terminal.count(of: "<<stopped")
            terminal.type(round.isMultiple(of: 2) ? "jjjjjjjj\t" : "kkkkkkkk\t")
            #expect(terminal.signalJob(SIGTSTP))
            guard terminal.wait(timeout: 10, until: { $0.count(of: "<<stopped") > stopsBefore }) else {
                lost += 1
                continue
            }
            let mark = try #require(terminal.end(of: "<<stopped"))
            terminal.type("\n") // the shell runs `fg`
            #expect(terminal.wait(timeout: 30) { $0.received("Policies", after: mark) }, "round \(round): no screen after fg")
        }
        #expect(lost == 0, "\(lost) of \(rounds) stops were lost")
        terminal.type("q")
        #expect(terminal.wait(timeout: 30) { $0.received("<<exit 0>>") })
    }
}
#endif
