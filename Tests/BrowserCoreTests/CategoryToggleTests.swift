import Testing
import PolicyModel
@testable import BrowserCore

/// Fixed style slots: "sharing" always draws in slot 4, whatever order categories appear in.
struct SlottedHighlighter: HighlightProvider {
    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight] {
        WordHighlighter().highlights(for: block, at: location, in: policy)
    }

    func styleSlot(forCategory category: String) -> Int? {
        category == "Third Party Sharing/Collection" ? 4 : 0
    }
}

/// Every "share" highlight marked as a denial (as "we do not share" would be).
struct DenyingHighlighter: HighlightProvider {
    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight] {
        WordHighlighter().highlights(for: block, at: location, in: policy).map {
            Highlight(range: $0.range, category: $0.category, negated: $0.category == "Third Party Sharing/Collection")
        }
    }

    func styleSlot(forCategory category: String) -> Int? {
        category == "Third Party Sharing/Collection" ? 4 : 0
    }
}

@Suite("Practice categories: fixed colours and toggling")
struct CategoryToggleTests {
    /// A denial keeps its category's slot but not its look: role `.denial`, drawn apart.
    @Test func denialsAreDrawnApartFromStatements() {
        var s = opened(DenyingHighlighter())
        let roles = s.render().roleText
        #expect(roles.contains("e"), "the denial role of slot 4")
        // Every text cell that was a sharing statement is now a denial; the legend keeps its role.
        let statements = opened(SlottedHighlighter()).render().roleText.filter { $0 == "4" }.count
        #expect(roles.filter { $0 == "4" }.count + roles.filter { $0 == "e" }.count == statements)
        #expect(roles.contains("0"), "statements keep the category role")
        s.update(.char("5"))
        #expect(!s.render().roleText.contains("e"), "hiding the category hides its denials too")
    }

    func opened(_ highlighter: any HighlightProvider) -> BrowserState {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 200, height: 60), highlighter: highlighter)
        s.update([.enter, .char("j"), .char("j")])
        return s
    }

    @Test func providerSlotsFixTheRoleAndTheLegendNumber() {
        let grid = opened(SlottedHighlighter()).render()
        #expect(grid.roleText.contains("4"))
        #expect(grid.text.contains("5■ Third Party Sharing/Collection"))
        #expect(grid.text.contains("1■ First Party Collection/Use"))
    }

    @Test func digitHidesAndShowsACategory() {
        var s = opened(SlottedHighlighter())
        let before = s.render().roleText.filter { $0 == "4" }.count
        #expect(before > 1)
        s.update(.char("5"))
        #expect(s.hiddenCategorySlots == [4])
        #expect(s.render().text.contains("Third Party Sharing/Collection: hidden"))
        // Only the legend swatch's slot is gone; the legend entry itself turns dim.
        #expect(s.render().roleText.filter { $0 == "4" }.count == 0)
        s.update(.char("5"))
        #expect(s.hiddenCategorySlots.isEmpty)
        #expect(s.render().roleText.filter { $0 == "4" }.count == before)
    }

    @Test func digitForAnAbsentCategorySaysSo() {
        var s = opened(SlottedHighlighter())
        s.update(.char("9"))
        #expect(s.hiddenCategorySlots.isEmpty)
        #expect(s.render().text.contains("no category 9 in this policy"))
    }

    @Test func hiddenCategoriesAreSkippedByNextPractice() {
        var s = opened(SlottedHighlighter())
        s.update(.char("1"))
        s.update(.char("5"))
        s.update(.char("}"))
        #expect(s.render().text.contains("no more highlighted practices") || s.render().text.contains("no highlighted practices"))
    }
}
