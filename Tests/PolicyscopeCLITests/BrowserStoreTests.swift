#if canImport(Glibc)
import Foundation
import Glibc
import Testing
import TestSupport

/// The browser on a real pseudo-terminal over a warm store: the list comes from the store's
/// listings, the texts after it (`texts-ms` in the start-up log says that path was taken), a
/// policy opened or searched shows its stored text, and the search index it builds is saved.
@Suite(.serialized)
struct BrowserStoreTests {
    @Test func aWarmStoreListsFirstThenEveryTextIsThere() throws {
        let home = NSTemporaryDirectory() + "policyscope-pty-store-\(getpid())"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let seeds = TestSupport.packageRoot.appendingPathComponent("Resources/seeds").path
        let store = home + "/store.sqlite", log = home + "/start.log"
        let ingest = try CLIRunner.run(["ingest", seeds, "--store", store])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        var environment = TerminalRestoreTests.environment(home)
        environment["POLICYSCOPE_FIRST_FRAME_LOG"] = log
        let terminal = try PseudoTerminal([CLIRunner.binary.path, "--classifier", "fast", seeds, "--store", store],
                                          environment: environment, columns: 120, rows: 40)
        #expect(terminal.wait(timeout: 60) { $0.received("loaded 5 policies") }, "\(printable(terminal.output.suffix(600)))")
        // The last policy's text, read from the store when its row is reached.
        var from = terminal.output.count
        terminal.type("G")
        #expect(terminal.wait(timeout: 30) { $0.received("Privacy Statement Highlights", after: from) })
        // A search reads every text: it opens once they are in (at once for five).
        var searched = false
        for _ in 0..<50 where !searched {
            from = terminal.output.count
            terminal.type("S")
            _ = terminal.wait(timeout: 5) { $0.received("Search: 5 policies", after: from) || $0.received("still reading", after: from) }
            searched = terminal.received("Search: 5 policies", after: from)
            if !searched { terminal.type("\u{1B}") }
        }
        #expect(searched, "\(printable(terminal.output.suffix(600)))")
        from = terminal.output.count
        terminal.type("cookie\r")
        #expect(terminal.wait(timeout: 30) { $0.received("results, best first", after: from) }, "\(printable(terminal.output.suffix(600)))")
        terminal.type("\u{1B}\u{1B}q")
        #expect(terminal.status(timeout: 30) == 0)
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map { $0.split(separator: " ")[0] }
        #expect(lines == ["first-frame-ms", "loaded-ms", "texts-ms"])
        // The index the browser built is saved for `search` (and the next browser) to read.
        let info = try CLIRunner.run(["store", "info", "--store", store])
        #expect(info.stdout.contains("searches:  1 saved index"), "\(info.stdout)")
        let cli = try CLIRunner.run(["search", "cookie", seeds, "--store", store])
        let plain = try CLIRunner.run(["search", "cookie", seeds, "--no-store"])
        #expect(cli.status == 0 && cli.stdout == plain.stdout)
    }
}
#endif
