import Foundation
import Testing
import PolicyModel
import PolicyResources
import TestSupport
@testable import PolicyParsing

@Suite("Corpus header and the bundled seeds")
struct MetadataAndSeedTests {
    @Test func headerGivesDomainDateAndSource() throws {
        let p = try parse("""
        > *The following text is extracted and transformed from the lithium.com privacy policy that was archived on 2012-06-23. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/20120623080030id_/http%3A//www.lithium.com/privacy) for the most accurate reproduction.*

        # Privacy

        Text.
        """, file: "whatever.md")
        #expect(p.domain == "lithium.com")
        #expect(p.archivedOn?.description == "2012-06-23")
        #expect(p.source == "https://web.archive.org/web/20120623080030id_/http%3A//www.lithium.com/privacy")
        #expect(p.id == "lithium.com@2012-06-23")
        #expect(p.preamble.isEmpty, "the header is metadata, not policy text")
        #expect(p.sections[0].line == 3)
    }

    @Test func withoutHeaderTheIdIsTheFileName() throws {
        let p = try parse("# Privacy\n\nText.\n", file: "/tmp/some/acme-policy.md")
        #expect(p.id == "acme-policy")
        #expect(p.domain == nil)
        #expect(p.archivedOn == nil)
    }

    @Test func seedsListWithTheirDomainsAndDates() async {
        let result = await TestSupport.loadSeeds()
        #expect(result.problems.isEmpty)
        let pairs = result.policies.map { "\($0.domain ?? "-") \($0.archivedOn?.description ?? "-")" }.sorted()
        #expect(pairs == [
            "act-on.com 2013-04-06", "jivochat.com 2015-03-20", "lithium.com 2012-06-23",
            "losant.com 2018-10-03", "salesforce.com 2012-06-29",
        ])
    }

    /// The seeds' outline equals the tree their `#` headings describe, read straight from the source.
    @Test(arguments: PolicyResources.seedFiles)
    func seedOutlineEqualsItsHeadingTree(file: URL) throws {
        let source = try String(contentsOf: file, encoding: .utf8)
        var expected: [String] = []
        var levels: [Int] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            let hashes = trimmed.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes), trimmed.dropFirst(hashes).first == " " else { continue }
            let title = HeadingRules.cleanTitle(String(trimmed.dropFirst(hashes))).trimmingCharacters(in: .whitespaces)
            guard title.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            while let last = levels.last, last >= hashes { levels.removeLast() }
            levels.append(hashes)
            expected.append("\(levels.count):\(title)")
        }
        let policy = try PolicyParser.parse(Array(try Data(contentsOf: file)), file: file.path).policy
        #expect(!expected.isEmpty)
        #expect(outline(policy) == expected)
        #expect(policy.sections.count == 1, "the H1 is the root")
    }
}
