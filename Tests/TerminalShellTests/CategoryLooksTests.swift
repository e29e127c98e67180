import BrowserCore
@testable import TerminalShell
import Testing

/// Every practice category has its own look at 8 and at 256 colours, and none looks like a
/// heading, plain text, or another category's denial.
@Suite struct CategoryLooksTests {
    @Test(arguments: ColorDepth.allCases)
    func everyCategoryAndDenialLooksDifferent(depth: ColorDepth) {
        let slots = 0..<StyleRole.categoryRoleCount
        let statements = slots.map { CategoryLooks.statement($0, depth: depth) }
        let denials = slots.map { CategoryLooks.denial($0, depth: depth) }
        let all = statements + denials + [CategoryLooks.heading, CellLook()]
        #expect(Set(all).count == all.count)
        #expect(statements.allSatisfy { $0.underline && !$0.italic })
        #expect(denials.allSatisfy { $0.italic && !$0.underline })
        // No category draws in the heading's colour with its weight.
        #expect(!statements.contains { $0.fg == CategoryLooks.heading.fg && $0.bold && !$0.reverse })
    }

    @Test func eachSlotHasALookOfItsOwn() {
        #expect(CategoryLooks.count == StyleRole.categoryRoleCount)
        // 256 colours: ten different colour numbers; 8 colours: no two alike even without underline.
        #expect(Set((0..<CategoryLooks.count).map { CategoryLooks.statement($0, depth: .many).fg }).count == 10)
        #expect(ColorDepth(colors: 8) == .eight)
        #expect(ColorDepth(colors: 256) == .many)
        #expect(ColorDepth(colors: 88) == .eight)
    }
}
