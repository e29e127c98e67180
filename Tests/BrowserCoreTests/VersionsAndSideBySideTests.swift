import PolicyExtraction
import PolicyModel
import Testing
@testable import BrowserCore

/// Version groups in the list, the version diff view, and the side-by-side view as state.
@Suite struct VersionsAndSideBySideTests {
    @Test func versionsOfOneSiteGroupNewestFirst() {
        var s = ComparisonFixtures.state(100, 30)
        #expect(s.listRows.count == 3)
        guard case .group("example.com", [0, 3], true) = s.listRows[0] else {
            Issue.record("expected a folded example.com group, got \(s.listRows[0])")
            return
        }
        #expect(s.openPolicy == 0)
        s.update(.char("l"))
        #expect(s.listRows.count == 5 && s.listRows[1] == .policy(0, indented: true) && s.listRows[2] == .policy(3, indented: true))
        s.update([.char("j"), .char("j")])
        #expect(s.openPolicy == 3)
        s.update(.char("h"))
        #expect(s.listCursor == 0)
        s.update(.char("h"))
        #expect(s.listRows.count == 3)
        // A filter that leaves one version shows it as a plain row.
        s.update(.char("/"))
        s.update(Key.typing("2017"))
        #expect(s.listRows == [.policy(3, indented: false)])
    }

    @Test func vOnAGroupDiffsItsNewestTwoVersions() {
        var s = ComparisonFixtures.state(60, 12)
        s.update(.char("v"))
        s.computeRequestedPractices()
        guard let v = s.topScreen(VersionsView.self) else {
            Issue.record("no versions view")
            return
        }
        #expect(v.old == 3 && v.new == 0)
        let text = v.lines.map { String($0.chars) }
        #expect(text.contains("Answers that changed: 3 of \(Question.allCases.count)"))
        #expect(text.contains("sells-data: yes -> no"))
        #expect(text.contains { $0.contains("old: We may sell your data to partners.") })
        #expect(text.contains("+ added: Example Privacy Policy › Information We Collect › Cookies"))
        #expect(text.contains { $0.hasPrefix("~ changed: Example Privacy Policy › How We Share Information") })
        // The reworded sentence is a word diff: removed and added words keep their roles.
        let reworded = v.lines.first { String($0.chars).hasPrefix("~ We collect") }
        #expect(reworded?.roles.contains(.removed) == true && reworded?.roles.contains(.added) == true)
        // ] steps to the next change; Enter opens it; q comes back, q again to the list.
        let top = v.top
        s.update(.char("]"))
        guard let stepped = s.topScreen(VersionsView.self) else { return }
        #expect(stepped.top > top)
        s.update(.enter)
        #expect(s.view == .reader)
        s.update(.char("q"))
        #expect(s.view == .versions)
        s.update(.escape)
        #expect(s.view == .browser)
    }

    @Test func vOnTwoSitesSaysTheyAreNotVersionsOfOneDocument() {
        var s = ComparisonFixtures.state(100, 30)
        // example.com (2019) and other.org marked.
        s.update([.char("l"), .char("j"), .char(" "), .char("j"), .char("j"), .char(" "), .char("v")])
        #expect(s.view == .browser && s.topScreen(VersionsView.self) == nil)
        #expect(s.message == "example.com and other.org are not versions of one document: b shows them side by side, c compares their answers")
        // Two versions of example.com still diff.
        s.update([.char(" "), .char("k"), .char("k"), .char(" "), .char("v")])
        #expect(s.view == .versions)
    }

    @Test func vAndBExplainWhatTheyNeed() {
        var s = ComparisonFixtures.state(100, 30)
        s.update([.char("j"), .char("v")])
        #expect(s.view == .browser && s.message?.contains("mark two versions") == true)
        s.update(.char("b"))
        #expect(s.message?.contains("mark two policies") == true)
        s.update(.char("a"))
        s.update(.char("b"))
        #expect(s.view == .browser && s.message?.contains("needs exactly two") == true)
    }

    @Test func sideBySidePairsSectionsAndScrollsTogether() {
        var s = ComparisonFixtures.state(60, 12)
        // Mark example.com (the group's newest: unfold first) and other.org.
        s.update([.char("l"), .char("j"), .char(" "), .char("j"), .char("j"), .char(" "), .char("b")])
        s.computeRequestedPractices()
        guard let v = s.topScreen(SideBySideView.self) else {
            Issue.record("no side-by-side view")
            return
        }
        #expect(v.left == 0 && v.right == 2)
        // example.com's preamble faces other.org's title section (both openings); its
        // "Cookies" faces "Cookie Settings" (similar titles); the rest have no partner.
        #expect(v.pairs.map { [$0.left, $0.right] } == [[0, 1], [1, nil], [2, nil], [3, 2], [4, nil], [5, nil]])
        #expect(v.pairs.map(\.basis) == [.opening, nil, nil, .similarTitle, nil, nil])
        #expect(v.leftRows.count == v.rightRows.count)
        #expect(v.pairedCount == 2)
        s.update(.tab)
        guard let switched = s.topScreen(SideBySideView.self) else { return }
        #expect(switched.active == .right)
        s.update(.char("]"))
        guard let stepped = s.topScreen(SideBySideView.self) else { return }
        #expect(stepped.top == v.pairs[1].row)
        s.update([.char("["), .enter])
        #expect(s.view == .reader && s.openPolicy == 2)
        s.update(.char("q"))
        #expect(s.view == .sideBySide)
        s.update(.char("q"))
        #expect(s.view == .browser)
    }
}
