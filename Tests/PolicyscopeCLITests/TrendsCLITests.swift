import Foundation
import TestSupport
import Testing

/// `trends` over pga-v1 (4 documents, 2004-2021) and the corpus (45 documents, one version
/// each). Expected cells were checked by hand: pga-v1's 2005 reads YouTube@2005-10-31 (452
/// words, cookies not stated, no age) and Facebook@2005-11-25 (1,115 words, cookies yes, age
/// 13), as `list` and `practices` show them; the corpus's 2019 counts equal `compare --all`'s.
@Suite("CLI: trends")
struct TrendsCLITests {
    static let pga = TestSupport.sharedDirectory.appendingPathComponent("history/pga-v1").path

    static func json(_ r: CLIRunner.Output) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
    func pgaYearsDocumentsAndCounts() throws {
        let r = try CLIRunner.run(["trends", Self.pga, "--no-store", "--questions", "cookies,children-min-age,frameworks", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("trends: 49 version(s) of 4 document(s) over 18 year(s)"))
        let d = try Self.json(r)
        #expect(Set(d.keys) == ["years", "documents", "questions", "words"])
        #expect(d["years"] as? [Int] == Array(2004...2021))
        let documents = try #require(d["documents"] as? [String: Int])
        // Facebook from 2004, YouTube 2005, Twitter 2008, Instagram 2011.
        #expect([2004, 2005, 2007, 2008, 2010, 2011, 2021].map { documents[String($0)] } == [1, 2, 2, 3, 3, 4, 4])
        let questions = try #require(d["questions"] as? [String: [String: [String: Int]]])
        #expect(questions.keys.sorted() == ["children-min-age", "cookies", "frameworks"])
        #expect(questions["cookies"]?["2005"] == ["yes": 1, "no": 0, "not-stated": 1])
        // Both: YouTube's "we never collect ... from those we actually know are under 13" was cut
        // by the archive's wrapped lines until they were joined (`HardWrapRepair`).
        #expect(questions["children-min-age"]?["2005"] == ["13": 2, "not-stated": 0])
        #expect(questions["frameworks"]?["2004"] == ["not-stated": 1])
        let words = try #require(d["words"] as? [String: Double])
        #expect(words["2004"] == 809)
        #expect(words["2005"] == 783.5, "(452 + 1115) / 2")
        // Every year's yes/no/not-stated add up to its documents.
        for (year, n) in documents { #expect(questions["cookies"]?[year]?.values.reduce(0, +) == n) }
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
    func tableAndCSVOfOneDocument() throws {
        let instagram = Self.pga + "/Instagram/Privacy Policy"
        let table = try CLIRunner.run(["trends", instagram, "--no-store", "--questions", "cookies,children-min-age"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "cookies — Does it use cookies?")
        #expect(lines[1] == "  year  docs  yes            no             not-stated")
        #expect(lines[2].hasPrefix("  2011     1  ") && lines[2].contains("█"))
        #expect(lines.contains("children-min-age — What minimum age does it state for users?"))
        #expect(lines.contains("  year  docs  stated         median"))
        #expect(lines.contains("words — median words of the documents in force"))
        let csv = try CLIRunner.run(["trends", instagram, "--no-store", "--questions", "cookies", "--format", "csv"])
        let rows = csv.stdout.split(separator: "\n")
        #expect(rows.first == "question,year,value,count")
        #expect(rows.count == 1 + 11 * 3, "2011-2021, yes/no/not-stated each")
        #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("cookies,20") })
        #expect(rows.filter { $0.hasPrefix("cookies,2011,") }.map { Int($0.split(separator: ",")[3])! }.reduce(0, +) == 1)
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus"))
    func corpusOfSingleVersions() throws {
        let r = try CLIRunner.run(["trends", TestSupport.corpusDirectory.path, "--no-store", "--questions", "cookies,children-min-age", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let d = try Self.json(r)
        #expect(d["years"] as? [Int] == Array(2000...2019))
        let documents = try #require(d["documents"] as? [String: Int])
        // cbs.com (2000-12-05) alone, then espn.com (2002-12-02); every one of the 45 by 2019.
        #expect([2000, 2001, 2002, 2005, 2018, 2019].map { documents[String($0)] } == [1, 1, 2, 5, 43, 45])
        let questions = try #require(d["questions"] as? [String: [String: [String: Int]]])
        #expect(questions["cookies"]?["2000"] == ["yes": 1, "no": 0, "not-stated": 0])
        #expect(questions["cookies"]?["2019"] == ["yes": 39, "no": 1, "not-stated": 5])
        #expect(questions["children-min-age"]?["2019"] == ["13": 17, "18": 1, "not-stated": 27])
        #expect((d["words"] as? [String: Double])?["2000"] == 1582, "cbs.com's words")
    }

    @Test func unknownQuestionIsOneLine() throws {
        let r = try CLIRunner.run(["trends", "--questions", "cookies,sells", "--no-store"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("policyscope: unknown question 'sells'; known: collects-contact, ") == true)
        #expect(lines.first?.contains("sells-data") == true)
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
    func atKeepsVersionsUpToTheDay() throws {
        let r = try CLIRunner.run(["trends", Self.pga, "--no-store", "--questions", "cookies", "--at", "2006-06-01", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let d = try Self.json(r)
        #expect(d["years"] as? [Int] == [2004, 2005, 2006])
        #expect((d["documents"] as? [String: Int])?["2006"] == 2)
        let none = try CLIRunner.run(["trends", Self.pga, "--no-store", "--at", "1999-01-01"])
        #expect(none.status == 1 && none.stderr == "policyscope: no loaded document has a version on or before 1999-01-01\n")
    }
}
