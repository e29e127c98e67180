@testable import BrowserCore
import PolicyModel
import Testing

/// The prompt line: `C-u`, `C-w`, Backspace on an empty line, and text opened selected.
@Suite struct PromptEditingTests {
    func state() -> BrowserState {
        BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 30))
    }

    @Test func ctrlUClearsTheLineAndCtrlWDeletesTheLastWord() {
        var s = state()
        s.update(.char(":"))
        s.update(Key.typing("open some/path  "))
        s.update(.ctrl("w"))
        #expect(s.prompt?.text == "open ")
        s.update(.ctrl("w"))
        #expect(s.prompt?.text == "")
        s.update(.ctrl("w"))
        #expect(s.prompt?.text == "" && s.prompt != nil)
        s.update(Key.typing("how we share"))
        s.update(.ctrl("u"))
        #expect(s.prompt?.text == "" && s.prompt != nil)
        // C-u is half a page up outside the prompt: inside it, it never moved the text.
        #expect(s.textTop == 0)
    }

    @Test func ctrlWAndCtrlURunTheIncrementalSearchAgain() {
        var s = state()
        s.update([.tab, .tab, .char("/")])
        s.update(Key.typing("cookies off"))
        #expect(s.search?.textMatches.count == 1)
        s.update(.ctrl("w"))
        #expect(s.search?.query == "cookies " && s.search?.textMatches.count == 4)
        s.update(.ctrl("w"))
        #expect(s.search?.query == nil && s.prompt?.text == "")
        s.update(Key.typing("cookie"))
        #expect(s.search?.textMatches.count == 5)
        s.update(.ctrl("u"))
        #expect(s.search == nil && s.prompt != nil)
    }

    @Test func backspaceOnAnEmptyLineClosesThePromptAndLettersReopenIt() {
        var s = state()
        s.update([.tab, .tab, .char(":")])
        s.update(Key.typing("q"))
        s.update([.backspace])
        #expect(s.prompt?.text == "")
        s.update(.backspace)
        #expect(s.prompt == nil)
        #expect(s.message == ": closed; typing now opens it again, Esc leaves")
        // The letters typed next go into the prompt again: `q` does not quit.
        s.update(Key.typing("q"))
        #expect(!s.shouldQuit && s.prompt?.kind == .command && s.prompt?.text == "q")
        s.update(.escape)
        #expect(s.prompt == nil && !s.shouldQuit)
    }

    @Test func heldBackspaceDoesNotJumpBackOnceThePromptCloses() {
        var s = state()
        s.update([.char(":")] + Key.typing("cookies") + [.enter])
        let reading = (s.openPolicy, s.sectionAtTop)
        #expect(reading.1 == 3)
        s.update([.char("/")] + Key.typing("ab"))
        // Two to delete, one to close, and the repeats after it: no jump back (BkSp is C-o).
        s.update(Array(repeating: .backspace, count: 6))
        #expect(s.prompt == nil && s.message == "/ closed")
        #expect((s.openPolicy, s.sectionAtTop) == reading)
        // A key other than a letter runs as usual and ends it: now Backspace jumps back.
        s.update(.char("j"))
        #expect(s.prompt?.text == "j")
        s.update(.escape)
        s.update(.down)
        s.update(.backspace)
        #expect(s.message?.hasPrefix("back: ") == true)
    }

    @Test func theListFilterOpensSelectedSoTypingReplacesIt() {
        var s = state()
        s.update(.char("/"))
        s.update(Key.typing("oth"))
        s.update(.enter)
        #expect(s.visiblePolicies == [2])
        s.update(.char("/"))
        #expect(s.prompt?.text == "oth" && s.prompt?.selected == true)
        // The selected text is drawn as a selection after the sigil.
        let grid = s.render()
        #expect(grid[8, 29].text == "o" && grid[8, 29].role == .selection && grid[0, 29].role == .prompt)
        s.update(Key.typing("exa"))
        #expect(s.prompt?.text == "exa" && s.visiblePolicies == [0])
        s.update(.enter)
        // → keeps the text to type after it.
        s.update([.char("/"), .right])
        s.update(Key.typing("mple"))
        #expect(s.prompt?.text == "example" && s.visiblePolicies == [0])
        s.update(.escape)
        // Backspace on a selected line clears it, as any editing key does.
        s.update(.char("/"))
        s.update(Key.typing("oth"))
        s.update([.enter, .char("/"), .backspace])
        #expect(s.prompt?.text == "" && s.visiblePolicies == [0, 1, 2])
    }

    @Test func droppingTheLastWord() {
        #expect(Prompt.droppingLastWord("a b") == "a ")
        #expect(Prompt.droppingLastWord("a b   ") == "a ")
        #expect(Prompt.droppingLastWord("word") == "")
        #expect(Prompt.droppingLastWord("") == "")
    }
}
