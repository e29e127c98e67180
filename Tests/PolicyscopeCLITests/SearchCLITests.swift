import Foundation
import Testing

@Suite("CLI: search")
struct SearchCLITests {
    private func rows(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    static let seedIDs: Set<String> = [
        "act-on.com@2013-04-06", "jivochat.com@2015-03-20", "lithium.com@2012-06-23",
        "losant.com@2018-10-03", "salesforce.com@2012-06-29",
    ]

    @Test func jsonHitsOnTheSeedsBestFirst() throws {
        let r = try CLIRunner.run(["search", "cookies", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let hits = try rows(r.stdout)
        #expect(hits.count == 20)
        for hit in hits {
            #expect(Set(hit.keys) == ["id", "domain", "section", "text", "snippet", "score"])
            #expect(Self.seedIDs.contains(hit["id"] as? String ?? ""))
            #expect((hit["section"] as? [String]) != nil)
            let text = try #require(hit["text"] as? String)
            #expect(text.lowercased().contains("cookie"))
            #expect((hit["snippet"] as? String)?.contains("«") == true)
        }
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores.count == hits.count)
        #expect(scores == scores.sorted(by: >))
        #expect(scores.allSatisfy { $0 > 0 })
    }

    @Test func limitKeepsTheBestOnes() throws {
        let all = try rows(try CLIRunner.run(["search", "personal information", "--format", "json"]).stdout)
        let r = try CLIRunner.run(["search", "personal information", "--limit", "3", "--format", "json"])
        #expect(r.status == 0)
        let top = try rows(r.stdout)
        #expect(top.count == 3)
        #expect(top.map { $0["text"] as? String } == all.prefix(3).map { $0["text"] as? String })
        #expect(try CLIRunner.run(["search", "cookies", "--limit", "0"]).status != 0)
    }

    @Test func filtersNarrowTheSeeds() throws {
        let r = try CLIRunner.run(["search", "data domain:*.com year:2012", "--format", "json"])
        #expect(r.status == 0)
        let hits = try rows(r.stdout)
        #expect(!hits.isEmpty)
        #expect(Set(hits.compactMap { $0["id"] as? String }).isSubset(of: ["lithium.com@2012-06-23", "salesforce.com@2012-06-29"]))
    }

    @Test func textModeMarksMatchesAndSaysWhenNothingMatches() throws {
        let r = try CLIRunner.run(["search", "\"third parties\"", "--limit", "2"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.hasPrefix("    ") ? $0.lowercased().contains("«third parties»") : $0.contains("@") })
        let none = try CLIRunner.run(["search", "zzyzxqv"])
        #expect(none.status == 0)
        #expect(none.stdout == "no matches\n")
    }

    @Test func sectionsModeMatchesTitlesFuzzily() throws {
        let r = try CLIRunner.run(["search", "retension", "--sections", "--format", "json"])
        #expect(r.status == 0)
        let matches = try rows(r.stdout)
        let first = try #require(matches.first)
        #expect(Set(first.keys) == ["id", "domain", "section", "number", "score"])
        #expect((first["section"] as? [String])?.last?.lowercased().contains("retention") == true)
        #expect((first["number"] as? Int ?? 0) > 0)
        let scores = matches.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        // Query syntax means nothing here: a stray quote is just a character.
        #expect(try CLIRunner.run(["search", "\"retention", "--sections"]).status == 0)
    }

    @Test(arguments: [
        ("\"unclosed", "unclosed quote at column 1"),
        ("cookies (sharing", "unclosed parenthesis at column 9"),
        ("cookies OR", "OR needs a term on both sides, at column 9"),
        ("colour:red", "unknown field 'colour:' at column 1"),
        ("data year:20x", "bad year '20x' at column 6"),
    ])
    func syntaxErrorsNameTheColumnAndExitTwo(_ query: String, _ message: String) throws {
        let r = try CLIRunner.run(["search", query])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.hasPrefix("policyscope: query: \(message)"), "stderr: \(r.stderr)")
    }
}
