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

    /// Titles are numbered in order of first occurrence, one number per distinct word
    /// sequence: what a dictionary of the sequences gives.
    @Test func theTitleCatalogNumbersEachDistinctTitleOnce() async throws {
        let policies = await TestSupport.seeds()
        let index = await PolicyIndex.build(policies: policies + policies)
        let sections = index.sections
        var seen: [[UInt32]: UInt32] = [:]
        var expected = [UInt32](repeating: .max, count: sections.count)
        for s in 0..<sections.count where sections.number[s] > 0 {
            let words = Array(sections.title(s))
            if seen[words] == nil { seen[words] = UInt32(seen.count) }
            expected[s] = seen[words]!
        }
        #expect(index.titles.sectionKey == expected)
        #expect(index.titles.count == seen.count && seen.count > 10)
        let strings = index.titles.strings
        #expect(strings.members.map(\.count).reduce(0, +) == expected.filter { $0 != .max }.count)
        #expect(strings.members.allSatisfy { $0 == $0.sorted() })
        #expect(strings.members.indices.allSatisfy { k in strings.members[k].allSatisfy { expected[Int($0)] == UInt32(k) } })
    }
}
