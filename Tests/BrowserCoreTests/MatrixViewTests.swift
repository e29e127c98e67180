import Foundation
import PolicyExtraction
import PolicyModel
import Testing
@testable import BrowserCore

/// The answer matrix as state: marking, opening, computing, moving, sorting, filtering,
/// hiding agreement, opening evidence and coming back.
@Suite struct MatrixViewTests {
    /// example.com (newest version) and other.org marked, the matrix open and computed.
    static func opened(_ w: Int = 100, _ h: Int = 30, compute: Bool = true) -> BrowserState {
        var s = ComparisonFixtures.state(w, h)
        // Rows: ▸ example.com (2), 例え.jp, other.org. Unfold, mark the 2019 version and other.org.
        s.update([.char("l"), .char("j"), .char(" "), .char("j"), .char("j"), .char(" "), .char("c")])
        if compute { s.computeRequestedPractices() }
        return s
    }

    @Test func spaceMarksAndMovesDownAMarksEveryShownPolicy() {
        var s = ComparisonFixtures.state(100, 30)
        s.update(.char("c"))
        #expect(s.view == .browser && s.message?.contains("mark policies with Space") == true)
        s.update(.char(" "))  // the group row marks both versions
        #expect(s.marked == [0, 3] && s.listCursor == 1)
        s.update(.char(" "))
        #expect(s.marked == [0, 1, 3])
        s.update(.char("a"))
        #expect(s.marked == [0, 1, 2, 3])
        s.update(.char("a"))
        #expect(s.marked.isEmpty)
        // Space still pages in the other panes.
        s.update([.tab, .tab, .char(" ")])
        #expect(s.marked.isEmpty && s.keyContexts == [.browser])
    }

    @Test func cellsWaitForTheirPracticesThenFill() {
        var s = Self.opened(compute: false)
        #expect(s.view == .matrix)
        #expect(s.isComputingPractices)
        #expect(s.render().text.contains("…"))
        // The matrix asks for its two policies; the list asks for the rows on screen (badges).
        let requests = s.takePracticeRequests()
        #expect(Set(requests.map(\.policyIndex)) == [0, 1, 2, 3])
        let first = requests.first { $0.policyIndex == 0 }!, second = requests.first { $0.policyIndex == 2 }!
        s.apply(second.run())
        #expect(s.matrix?.pending == [Fixtures.example.id])
        s.apply(first.run())
        #expect(s.matrix?.pending.isEmpty == true)
        for r in requests where r.policyIndex != 0 && r.policyIndex != 2 { s.apply(r.run()) }
        #expect(!s.isComputingPractices)
        let m = s.matrix!
        #expect(m.shown.columns.map(\.id) == [Fixtures.example.id, Fixtures.other.id])
        #expect(m.shown.rows.count == Question.allCases.count)
        let cookies = m.shown.rows.first { $0.question == .cookies }!
        #expect(cookies.cells.map(\.value) == [.yes, .yes])
    }

    @Test func closingTheMatrixDropsItsPendingWorkAndAsksAgainForWhatIsStillShown() {
        var s = Self.opened(compute: false)
        let requests = s.takePracticeRequests()
        #expect(requests.allSatisfy { $0.epoch == s.practiceEpoch })
        // The matrix's two policies arrive; the list's other rows are still pending.
        for request in requests where [0, 2].contains(request.policyIndex) { s.apply(request.run()) }
        let before = requests.filter { ![0, 2].contains($0.policyIndex) }
        #expect(!before.isEmpty && s.isComputingPractices)
        // Enter opens a reader over the matrix; closing it keeps the matrix's work wanted.
        s.update([.char("j"), .char("j"), .char("j"), .char("j"), .enter])
        #expect(s.view == .reader)
        let epoch = s.practiceEpoch
        s.update(.char("q"))
        #expect(s.view == .matrix && s.practiceEpoch == epoch)
        // Closing the matrix itself moves the epoch: the shell drops the older requests unrun.
        s.update(.char("q"))
        #expect(s.view == .browser && s.practiceEpoch == epoch + 1)
        for request in before { s.apply(request.skipped) }
        // Nothing is lost: the list rows on screen are asked for again, in the new epoch.
        let again = s.takePracticeRequests()
        #expect(!again.isEmpty && again.allSatisfy { $0.epoch == epoch + 1 })
        #expect(s.isComputingPractices)
        for request in again { s.apply(request.run()) }
        #expect(!s.isComputingPractices)
    }

    @Test func movingSortingHidingAndFiltering() {
        var s = Self.opened()
        s.update([.char("j"), .char("j"), .char("j"), .char("j"), .char("l")])
        #expect(s.matrix?.currentQuestion == .cookies && s.matrix?.column == 1)
        // d: only the questions where the two differ.
        s.update(.char("d"))
        #expect(s.matrix?.shown.rows.map(\.question) == [.collectsContact, .sellsData, .sharesServiceProviders, .childrenMinAge, .frameworks, .privacyContact])
        // s on sells-data: yes (other.org) before no (example.com); again reverses; again unsorts.
        s.update([.char("g"), .char("j"), .char("s")])
        #expect(s.matrix?.sort == .sellsData)
        #expect(s.matrix?.shown.columns.map(\.id) == [Fixtures.other.id, Fixtures.example.id])
        s.update(.char("s"))
        #expect(s.matrix?.shown.columns.map(\.id) == [Fixtures.example.id, Fixtures.other.id])
        s.update(.char("s"))
        #expect(s.matrix?.sort == nil)
        s.update(.char("d"))
        #expect(s.matrix?.shown.rows.count == Question.allCases.count)
        // /: questions by id, policies by name; Esc drops the filter.
        s.update(.char("/"))
        s.update(Key.typing("cook"))
        #expect(s.matrix?.shown.rows.map(\.question) == [.cookies] && s.matrix?.shown.columns.count == 2)
        s.update([.escape, .char("/")])
        s.update(Key.typing("other"))
        #expect(s.matrix?.shown.rows.count == Question.allCases.count && s.matrix?.shown.columns.map(\.id) == [Fixtures.other.id])
        s.update(.enter)
        #expect(s.prompt == nil && s.matrix?.filter == "other")
        s.update([.char("/"), .backspace, .backspace, .backspace, .backspace, .backspace, .backspace])
        #expect(s.matrix?.shown.columns.count == 2)
    }

    @Test func enterOpensTheEvidenceAndEscComesBack() {
        var s = Self.opened()
        s.update([.char("j"), .char("j"), .char("j"), .char("j")])
        #expect(s.matrix?.currentQuestion == .cookies)
        let before = s.matrix!
        s.update(.enter)
        #expect(s.view == .reader && s.openPolicy == 0 && s.focus == .text)
        #expect(s.search?.textMatches.count == 2)
        let first = s.search!.textMatches[0]
        let text = String(s.document.pieces[first.piece].chars[first.range])
        #expect(text == "We use cookies to remember you; you can turn cookies off.")
        s.update(.char("n"))
        #expect(s.search?.current == 1)
        s.update(.escape)
        #expect(s.view == .matrix && s.search == nil)
        #expect(s.matrix?.row == before.row && s.matrix?.column == before.column)
        // A not-stated cell has nothing to open; q closes the matrix.
        s.update([.char("j"), .char("l"), .char("j"), .char("j"), .enter])
        #expect(s.view == .matrix && s.message?.contains("no evidence") == true)
        s.update(.char("q"))
        #expect(s.view == .browser && !s.shouldQuit)
    }

    @Test func manyPoliciesTransposeAndTKeyFlips() {
        let many = (0..<40).map { Fixtures.policy("site\($0).org", year: 2015, title: "Site", sections: Fixtures.other.sections) }
        var s = ComparisonFixtures.state(80, 24, policies: many)
        s.update([.char("a"), .char("c")])
        s.computeRequestedPractices()
        let m = s.matrix!
        #expect(MatrixGeometry(size: s.size, view: m).transposed)
        s.update([.char("j"), .char("j"), .char("l")])
        #expect(s.matrix?.column == 2 && s.matrix?.row == 1)
        s.update(.char("t"))
        #expect(!MatrixGeometry(size: s.size, view: s.matrix!).transposed)
        s.update(.char("G"))
        #expect(s.matrix?.row == Question.allCases.count - 1)
    }

    @Test func compareCommandAndHelpListEveryNewKey() {
        var s = Self.opened()
        s.update(.char("q"))
        s.update(.char(":"))
        s.update(Key.typing("compare"))
        s.update(.enter)
        #expect(s.view == .matrix)
        let help = Keymap.helpLines.map(\.help).joined(separator: "\n")
        for needle in ["mark or unmark", "answer matrix", "side by side", "diff two marked versions", "sort the policies",
                       "hide the questions", "swap rows and columns", "switch the active side", "back to the previous view"] {
            #expect(help.contains(needle), "\(needle)")
        }
    }

    /// Moving, sorting and hiding agreement work on a matrix of 500 columns as on one of two
    /// (its speed is measured by `Benchmarks/Sources/BrowserBenchmarks`, not here).
    @Test func keysWorkWith500Policies() {
        for count in [2, 500] {
            let many = (0..<count).map { i in
                i % 2 == 0 ? Fixtures.example : Fixtures.other
            }
            var s = ComparisonFixtures.state(120, 40, policies: many)
            s.update([.char("a"), .char("c")])
            s.computeRequestedPractices()
            #expect(s.view == .matrix)
            let keys: [Key] = [.char("j"), .char("l"), .char("s"), .char("d"), .char("d"), .char("k"), .char("h"), .char("t")]
            for key in keys {
                s.update(key)
                #expect(s.view == .matrix, "\(count) policies, after \(key)")
                #expect(!s.render().text.isEmpty)
            }
        }
    }
}
