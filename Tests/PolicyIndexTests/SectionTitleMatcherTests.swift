import Testing
import TestSupport
@testable import PolicyIndex

@Suite("Section title matcher (the browser's : jump)")
struct SectionTitleMatcherTests {
    @Test func forgivesTyposAndRanksExactWordsFirst() throws {
        let m = SectionTitleMatcher("retension")
        let typo = try #require(m.score(title: "Data Retention"))
        #expect(typo > 0)
        #expect(m.score(title: "Cookies") == nil)
        let exact = try #require(SectionTitleMatcher("data retention").score(title: "Data Retention"))
        #expect(exact == 100)
        #expect(exact > typo)
    }

    @Test func initialismsMatch() {
        #expect(SectionTitleMatcher("dr").score(title: "Data Retention") != nil)
    }

    @Test func agreesWithTheIndexSectionJump() async throws {
        let policies = await TestSupport.seeds()
        let index = await PolicyIndex.build(policies: policies)
        let best = try #require(index.sections(matching: "informaton colection", limit: 1).first)
        let title = best.titlePath.last!
        let matcher = SectionTitleMatcher("informaton colection")
        #expect(matcher.score(title: title) == best.score)
    }
}
