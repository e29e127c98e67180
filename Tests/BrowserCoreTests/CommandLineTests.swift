@testable import BrowserCore
import Testing

/// The `:` command line: named commands, history, errors; fuzzy jump stays the default.
@Suite struct CommandLineTests {
    func state() -> BrowserState {
        BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 30))
    }

    func command(_ s: inout BrowserState, _ line: String) {
        s.update(.char(":"))
        s.update(Key.typing(line))
        s.update(.enter)
    }

    @Test func openAsksForABackgroundLoad() {
        var s = state()
        command(&s, "open /tmp/more policies")
        #expect(s.takeLoadRequests().map(\.paths) == [["/tmp/more policies"]])
        #expect(s.isLoading)
        #expect(s.message == "loading /tmp/more policies…")
        #expect(s.render().text.contains("loading…"))
        command(&s, "open")
        #expect(s.message == "open needs a PATH: :open FILE-OR-FOLDER")
        #expect(s.takeLoadRequests().isEmpty)
    }

    @Test func helpAndQuitByName() {
        var s = state()
        command(&s, "help")
        #expect(s.showingHelp)
        s.update(.escape)
        command(&s, "quit")
        #expect(s.shouldQuit)
        var t = state()
        command(&t, "q")
        #expect(t.shouldQuit)
    }

    /// `:TITLE` stays in the open policy when its match is at least half as good as the best,
    /// and says so when it lands in another company's policy.
    @Test func titleJumpsPreferTheOpenPolicyAndNameAnotherOne() {
        var s = state()
        let example = s.openPolicy
        command(&s, "settings")
        #expect(s.openPolicy != example)
        #expect(s.message?.hasPrefix("jumped to other.org: ") == true, "\(s.message ?? "")")
        command(&s, "cookie")
        #expect(s.policies[s.openPolicy!].domain == "other.org", "a close match in the open policy wins")
        #expect(s.message?.hasPrefix("jumped to Privacy") == true, "\(s.message ?? "")")
    }

    @Test func anythingElseStillJumpsToASection() {
        var s = state()
        command(&s, "  share ")
        #expect(s.sectionAtTop == 4)
        #expect(s.message == "jumped to Example Privacy Policy › How We Share Information")
        command(&s, "frobnicate now")
        #expect(s.message == "no section matches 'frobnicate now', and 'frobnicate' is not a command (open PATH, sort KEY, compare, side, diff, help, quit)")
    }

    @Test func upAndDownRecallEarlierLinesAndKeepTheDraft() {
        var s = state()
        command(&s, "cookies")
        command(&s, "share")
        command(&s, "share")
        command(&s, "contact")
        #expect(s.commandHistory == ["cookies", "share", "contact"])
        s.update(.char(":"))
        s.update(Key.typing("dra"))
        s.update(.up)
        #expect(s.prompt?.text == "contact")
        s.update([.up, .up, .up])
        #expect(s.prompt?.text == "cookies")
        s.update(.down)
        #expect(s.prompt?.text == "share")
        s.update([.down, .down])
        #expect(s.prompt?.text == "dra")
        s.update([.up, .char("s")])
        #expect(s.prompt?.text == "contacts")
        s.update(.escape)
        #expect(s.commandHistory.count == 3)
    }

    @Test func historyKeysOnlyApplyToTheCommandLine() {
        var s = state()
        command(&s, "cookies")
        s.update(.char("/"))
        s.update(.up)
        #expect(s.prompt?.text == "")
    }

    @Test func historyKeepsTheNewestHundred() {
        var s = state()
        for i in 0..<105 { command(&s, "x\(i)") }
        #expect(s.commandHistory.count == 100)
        #expect(s.commandHistory.first == "x5")
    }
}
