@testable import BrowserCore
import PolicyExtraction
import PolicyModel
import Testing

/// `s` and `:sort`: the list by name, date, words, an answer, and back to the load order.
@Suite struct ListSortTests {
    /// example.com 2019, 例え.jp 2021, other.org 2015, with the comparison fixtures' answers.
    func state() -> BrowserState {
        ComparisonFixtures.state(120, 30, policies: Fixtures.all)
    }

    @Test func sCyclesNameDateWordsAnswerAndLoadOrder() {
        var s = state()
        #expect(s.visiblePolicies == [0, 1, 2])
        s.update(.char("s"))
        #expect(s.visiblePolicies == [0, 2, 1] && s.message == "sorted by name (s: next sort)")
        #expect(s.render().text.contains("Policies (3) by name"))
        s.update(.char("s"))
        #expect(s.visiblePolicies == [1, 0, 2] && s.message == "sorted by date, newest first (s: next sort)")
        s.update(.char("s"))
        // 60 words in example.com, 6 in 例え.jp, 5 in other.org.
        #expect(Fixtures.all.map(\.wordCount) == [60, 6, 5])
        #expect(s.visiblePolicies == [0, 1, 2] && s.message == "sorted by words, longest first (s: next sort)")
        s.update(.char("s"))
        // sells-data: other.org yes, example.com no, 例え.jp not stated. The answers come in
        // the background; until then the order waits.
        #expect(s.message == "sorted by answer to sells-data: yes first (s: next sort); 3 answers to come")
        s.computeRequestedPractices()
        #expect(s.visiblePolicies == [2, 0, 1])
        #expect(s.render().text.contains("Policies (3) by sells…"))
        s.update(.char("s"))
        #expect(s.visiblePolicies == [0, 1, 2] && s.message == "sorted by load order")
    }

    /// Past ``BrowserState/wordsCountedInPlace`` policies the words are counted off the key
    /// loop: the list says so and sorts again when the counts arrive.
    @Test func manyPoliciesAreCountedInTheBackground() {
        let many = (0..<(BrowserState.wordsCountedInPlace + 1)).map { i in
            var p = Fixtures.all[i % 3]
            p.id = "p\(i)"
            return p
        }
        var s = ComparisonFixtures.state(120, 30, policies: many)
        s.update(.char(":"))
        s.update(Key.typing("sort words") + [.enter])
        #expect(s.message == "sorted by words, longest first (s: next sort); counting words…")
        #expect(s.isWorking && s.visiblePolicies.prefix(3) == [0, 1, 2])
        s.runScreenWork()
        #expect(!s.isWorking)
        // The 60-word copies of example.com first, in load order.
        #expect(s.visiblePolicies.prefix(3) == [0, 3, 6])
    }

    @Test func theCursorStaysOnItsPolicyAcrossSorts() {
        var s = state()
        s.update(.char("j"))
        #expect(s.openPolicy == 1 && s.listCursor == 1)
        s.update([.char("s")])
        #expect(s.openPolicy == 1 && s.listCursor == 2)
        s.update([.char("s")])
        #expect(s.openPolicy == 1 && s.listCursor == 0)
    }

    @Test func laterLoadsJoinTheListInItsOrder() {
        var s = state()
        s.update([.char(":")] + Key.typing("sort name") + [.enter])
        #expect(s.visiblePolicies == [0, 2, 1])
        s.update([.char(":")] + Key.typing("open more") + [.enter])
        let id = s.takeLoadRequests()[0].id
        let early = Fixtures.policy("aaa.net", year: 2000, title: "A", sections: [Fixtures.section("A", level: 1)])
        s.apply(.finished(id: id, policies: [early], problems: []))
        #expect(s.visiblePolicies == [3, 0, 2, 1])
        #expect(s.render().text.contains("aaa.net"))
    }

    @Test func sortCommandNamesAQuestionAndTheMatrixLendsItsQuestion() {
        var s = state()
        s.update([.char(":")] + Key.typing("sort cookies") + [.enter])
        s.computeRequestedPractices()
        // cookies: example.com and other.org yes, 例え.jp not stated.
        #expect(s.visiblePolicies == [0, 2, 1])
        s.update([.char(":")] + Key.typing("sort shoe-size") + [.enter])
        #expect(s.message == "sort by name, date, words, loaded or a question id")
        var m = MatrixViewTests.opened()
        m.update([.char("j"), .char("j"), .char("j"), .char("j")])
        #expect(m.matrix?.currentQuestion == .cookies)
        m.update([.char("q"), .char("s"), .char("s"), .char("s"), .char("s")])
        #expect(m.message?.hasPrefix("sorted by answer to cookies") == true)
    }
}
