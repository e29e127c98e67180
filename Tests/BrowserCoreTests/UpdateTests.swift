@testable import BrowserCore
import PolicyModel
import Testing

/// Key sequences drive the state.
@Suite struct UpdateTests {
    func state(_ width: Int = 120, _ height: Int = 40, highlights: Bool = false) -> BrowserState {
        BrowserState(policies: Fixtures.all, size: Size(width: width, height: height),
                     highlighter: highlights ? WordHighlighter() : nil)
    }

    /// The list filter's key is the listing's site, year, id and title, lower-cased as
    /// `String.lowercased()` does, whether the text is ASCII (lowered byte by byte) or not.
    @Test func theFilterKeyIsTheLowerCasedListing() {
        var turkish = Fixtures.example
        turkish.title = "GİZLİLİK Politikası — ÜBER Straße"
        turkish.domain = "Örnek.COM.tr"
        for policy in Fixtures.all + [turkish] {
            let reference = [policy.domain ?? "", policy.archivedOn.map { String($0.year) } ?? "", policy.id, policy.title]
                .joined(separator: " ").lowercased()
            #expect(BrowserState.filterKey(policy) == Array(reference.utf8), "\(policy.title)")
        }
    }

    @Test func movingInTheListOpensEachPolicy() {
        var s = state()
        #expect(s.openPolicy == 0)
        s.update(.char("j"))
        #expect(s.openPolicy == 1)
        s.update([.char("G")])
        #expect(s.openPolicy == 2)
        s.update([.char("k"), .char("g")])
        #expect(s.openPolicy == 0)
        s.update(.up)
        #expect(s.openPolicy == 0)
    }

    @Test func enterWalksFromListToTreeToText() {
        var s = state()
        s.update(.enter)
        #expect(s.focus == .tree)
        // rows: preamble, root, Information, Cookies, Share, Contact
        s.update([.char("j"), .char("j"), .char("j")])
        #expect(s.currentTreeSection == 3)
        s.update(.enter)
        #expect(s.focus == .text)
        #expect(s.sectionAtTop == 3)
        #expect(s.render().text.contains("▶ Text: Cookies"))
    }

    @Test func foldingHidesChildrenAndLeftGoesToParent() {
        var s = state()
        s.update([.enter, .char("j"), .char("j")]) // Information We Collect, which has a child
        #expect(s.treeRows.count == 6)
        s.update(.char("h"))
        #expect(s.treeRows.count == 5)
        #expect(s.treeRows[2].folded)
        s.update(.char("l"))
        #expect(s.treeRows.count == 6)
        s.update([.char("j"), .left]) // Cookies -> its parent
        #expect(s.currentTreeSection == 2)
        s.update(.char("h")) // fold Information We Collect again
        #expect(s.treeRows.count == 5)
        s.update([.char("k"), .char("h")]) // the root is not folded: h goes back to the list
        #expect(s.treeRows.count == 5 && s.focus == .policies)
        s.update([.enter, .char("*")])
        #expect(s.treeRows.count == 6)
        #expect(s.currentTreeSection == 1)
    }

    @Test func theTreeFollowsTheTextWhileReading() {
        var s = state(120, 10)
        s.update([.tab, .tab])
        #expect(s.currentTreeSection == 0)
        s.update([.char("]"), .char("]")])
        #expect(s.currentTreeSection == 2)
        s.update(.char("G"))
        #expect(s.currentTreeSection == s.sectionAtTop)
    }

    @Test func tabCyclesFocusBothWays() {
        var s = state()
        s.update(.tab)
        #expect(s.focus == .tree)
        s.update(.tab)
        #expect(s.focus == .text)
        s.update(.tab)
        #expect(s.focus == .policies)
        s.update(.backTab)
        #expect(s.focus == .text)
    }

    @Test func textSearchIsIncrementalAndCycles() {
        var s = state(100, 12)
        s.update([.tab, .tab])
        s.update(.char("/"))
        s.update(Key.typing("COOK"))
        #expect(s.search?.textMatches.count == 5)
        #expect(s.matchStatus == "match 1/5")
        s.update(.enter)
        #expect(s.prompt == nil)
        s.update(.char("n"))
        #expect(s.matchStatus == "match 2/5")
        s.update([.char("N"), .char("N")])
        #expect(s.matchStatus == "match 5/5")
        #expect(s.message == "search wrapped to the bottom")
        let grid = s.render()
        #expect(grid.roleText.contains("MMMM"))
        #expect(grid.roleText.contains("mmmm"))
        #expect(grid.text.contains("match 5/5"))
    }

    @Test func escapeCancelsSearchAndRestoresPosition() {
        var s = state(100, 10)
        s.update([.tab, .tab, .char("/")])
        s.update(Key.typing("contact"))
        #expect(s.textTop > 0)
        s.update(.escape)
        #expect(s.textTop == 0)
        #expect(s.search == nil)
        #expect(s.prompt == nil)
    }

    @Test func treeSearchMovesTheCursor() {
        var s = state()
        s.update([.tab, .char("/")])
        s.update(Key.typing("share"))
        #expect(s.currentTreeSection == 4)
        #expect(s.matchStatus == "match 1/1")
    }

    @Test func slashInTheListFiltersAsYouType() {
        var s = state()
        s.update(.char("/"))
        s.update(Key.typing("oth"))
        #expect(s.visiblePolicies == [2])
        #expect(s.openPolicy == 2)
        s.update(.enter)
        #expect(s.render().text.contains("Policies (1/3) /oth"))
        s.update([.char("/"), .escape])
        #expect(s.visiblePolicies == [0, 1, 2])
        s.update(.char("/"))
        s.update(Key.typing("zzz"))
        #expect(s.visiblePolicies.isEmpty)
        #expect(s.render().text.contains("no policy matches"))
    }

    @Test func bracketsStepThroughSections() {
        var s = state(120, 10)
        s.update([.tab, .tab])
        #expect(s.sectionAtTop == 0)
        s.update(.char("]"))
        #expect(s.sectionAtTop == 1)
        s.update([.char("]"), .char("]")])
        #expect(s.sectionAtTop == 3)
        s.update(.char("["))
        #expect(s.sectionAtTop == 2)
        s.update(Array(repeating: .char("]"), count: 6))
        #expect(s.message == "last section")
    }

    @Test func bracesStepThroughHighlightedPractices() {
        var s = state(120, 8, highlights: true)
        #expect(s.document.categories == ["First Party Collection/Use", "Third Party Sharing/Collection"])
        s.update([.tab, .tab, .char("}")])
        let first = s.textTop
        #expect(first > 0)
        s.update(.char("}"))
        #expect(s.textTop > first)
        s.update(.char("{"))
        #expect(s.textTop == first)
        var plain = state()
        plain.update(.char("}"))
        #expect(plain.message == "no highlighted practices")
    }

    @Test func commandLineJumpsToASectionByFuzzyTitle() {
        var s = state()
        s.update(.char(":"))
        s.update(Key.typing("cksettings"))
        s.update(.enter)
        #expect(s.openPolicy == 2)
        #expect(s.focus == .text)
        #expect(s.sectionAtTop == 2)
        s.update(.char(":"))
        s.update(Key.typing("nothing like it"))
        s.update(.enter)
        #expect(s.message == "no section matches 'nothing like it', and 'nothing' is not a command (open PATH, sort KEY, compare, side, diff, help, quit)")
    }

    @Test func commandLinePrefersTheOpenPolicy() {
        var s = state()
        s.update(.char(":"))
        s.update(Key.typing("cookies"))
        s.update(.enter)
        #expect(s.openPolicy == 0)
        #expect(s.sectionAtTop == 3)
    }

    @Test func helpQuitAndCloseKeys() {
        var s = state()
        s.update(.char("?"))
        #expect(s.showingHelp)
        s.update(.char("j")) // scrolls the help, does not move the list
        #expect(s.openPolicy == 0)
        s.update(.char("q"))
        #expect(!s.showingHelp && !s.shouldQuit)
        s.update(.function(1))
        #expect(s.showingHelp)
        s.update(.escape)
        #expect(!s.showingHelp)
        s.update(.char("z"))
        #expect(s.maximised)
        s.update(.char("q"))
        #expect(!s.maximised && !s.shouldQuit)
        s.update(.char("q"))
        #expect(s.shouldQuit)
        var t = state()
        t.update([.char("?"), .char("Q")])
        #expect(t.shouldQuit)
    }

    @Test func pagingKeysMoveByTheVisibleHeight() {
        var s = state(100, 10)
        s.update([.tab, .tab])
        let height = s.contentHeight(.text)
        s.update(.ctrl("d"))
        #expect(s.textTop == height / 2)
        s.update(.ctrl("u"))
        #expect(s.textTop == 0)
        s.update(.pageDown)
        #expect(s.textTop == min(height - 1, s.maxTextTop))
        s.update(.end)
        #expect(s.textTop == s.maxTextTop)
        s.update(.home)
        #expect(s.textTop == 0)
    }

    @Test func resizeKeepsTheReadingPositionAndSwitchesPanes() {
        var s = state(200, 20)
        s.update([.tab, .tab, .char("]"), .char("]"), .char("]")])
        #expect(s.sectionAtTop == 3)
        #expect(s.screenLayout.showsAllPanes)
        s.resize(to: Size(width: 60, height: 20))
        #expect(!s.screenLayout.showsAllPanes)
        #expect(s.screenLayout.panes.keys.first == .text)
        #expect(s.sectionAtTop == 3)
        s.resize(to: Size(width: 10, height: 3))
        #expect(s.render().text.contains("small"))
        s.resize(to: Size(width: 30, height: 10))
        #expect(s.sectionAtTop == 3)
    }

    @Test func policyTextNeverDrawsControlCharacters() {
        var s = state(100, 12)
        s.update(.char(":"))
        s.update(Key.typing("contact"))
        s.update(.enter)
        let grid = s.render()
        #expect(grid.text.contains("privacy@example.com.␛[31m"))
        #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }

    @Test func statusBarKeepsTheDeepestTitlesOfALongPath() {
        var s = state(60, 12)
        s.update(.char(":"))
        s.update(Key.typing("cookies"))
        s.update(.enter)
        let status = s.render().text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.hasPrefix("jumped to"))
        s.update(.char("j"))
        let after = s.render().text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(after.hasPrefix("example.com 2019 │ … › Cookies"))
        #expect(BrowserState.fitPath(["A", "B", "C"], width: 80) == "A › B › C")
    }

    @Test func panesSwitchBelowOneHundredColumns() {
        #expect(ScreenLayout(size: Size(width: 100, height: 30), focus: .tree, maximised: false).showsAllPanes)
        let two = ScreenLayout(size: Size(width: 99, height: 30), focus: .tree, maximised: false)
        #expect(two.panes == [.tree: Rect(x: 0, y: 0, width: 28, height: 29), .text: Rect(x: 29, y: 0, width: 70, height: 29)])
        let reading = ScreenLayout(size: Size(width: 80, height: 24), focus: .text, maximised: false, side: .tree)
        #expect(reading.panes == [.tree: Rect(x: 0, y: 0, width: 24, height: 23), .text: Rect(x: 25, y: 0, width: 55, height: 23)])
        #expect(reading.separators == [24])
        let narrow = ScreenLayout(size: Size(width: 69, height: 30), focus: .tree, maximised: false)
        #expect(Array(narrow.panes.keys) == [.tree])
        #expect(narrow.panes[.tree] == Rect(x: 0, y: 0, width: 69, height: 29))
        let zoomed = ScreenLayout(size: Size(width: 200, height: 30), focus: .text, maximised: true)
        #expect(zoomed.panes[.text]?.width == 200 && zoomed.panes.count == 1)
        #expect(ScreenLayout(size: Size(width: 19, height: 30), focus: .text, maximised: false).tooSmall)
    }

    @Test func keymapBindsEveryActionOnceAndNoKeyTwicePerContext() {
        #expect(Set(Keymap.bindings.map(\.action)) == Set(Action.allCases))
        for context in KeyContext.allCases {
            let bindings = Keymap.bindings.filter { $0.context == context }
            let actions = bindings.map(\.action)
            #expect(actions.count == Set(actions).count, "\(context)")
            let keys = bindings.flatMap(\.keys)
            #expect(keys.count == Set(keys).count, "\(context)")
        }
        // Space pages everywhere but marks in the list; the views close with q and Esc.
        #expect(Keymap.action(for: .char(" ")) == .pageDown)
        #expect(Keymap.action(for: .char(" "), in: [.list, .browser]) == .mark)
        #expect(Keymap.action(for: .escape, in: [MatrixView.keyContext, .views]) == .close)
        #expect(Keymap.action(for: .char("j"), in: [MatrixView.keyContext, .views]) == .moveDown)
    }
}
