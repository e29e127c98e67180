import Testing
@testable import PolicyClassifier

@Suite("OPP-115 category positions")
struct CategoryIndexTests {
    @Test("each category's index is its position in allCases, and init(index:) inverts it")
    func indexIsPosition() {
        for (position, category) in OPP115Category.allCases.enumerated() {
            #expect(category.index == position)
            #expect(OPP115Category(index: position) == category)
        }
        #expect(OPP115Category.dataRetention < OPP115Category.dataSecurity)
        #expect(!(OPP115Category.practiceNotCovered < OPP115Category.firstPartyCollectionUse))
    }
}
