import Foundation
import PolicyExtraction
import TestSupport
import Testing

@Suite("CLI: compare and diff")
struct CompareDiffCLITests {
    @Test func compareJSONMatchesPractices() throws {
        let r = try CLIRunner.run(["compare", "lithium.com", "act-on.com", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let policies = try #require(doc["policies"] as? [[String: Any]])
        #expect(policies.map { $0["id"] as? String } == ["lithium.com@2012-06-23", "act-on.com@2013-04-06"])
        let rows = try #require(doc["rows"] as? [[String: Any]])
        #expect(rows.count == Question.allCases.count)
        // The same answers as `practices`.
        let p = try CLIRunner.run(["practices", "lithium.com", "--format", "json"])
        let practices = try #require(try JSONSerialization.jsonObject(with: Data(p.stdout.utf8)) as? [String: Any])
        let answers = try #require(practices["answers"] as? [String: [String: Any]])
        for row in rows {
            let id = try #require(row["question"] as? String)
            let cell = try #require((row["answers"] as? [String: [String: Any]])?["lithium.com@2012-06-23"])
            #expect("\(cell["value"]!)" == "\(answers[id]!["value"]!)", "\(id)")
            #expect(cell["confidence"] as? Double == answers[id]!["confidence"] as? Double)
        }
    }

    @Test func compareCSVMarkdownAndTable() throws {
        let csv = try CLIRunner.run(["compare", "--questions", "sells-data,cookies", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("question,act-on.com@2013-04-06,"))
        #expect(lines[1].hasPrefix("sells-data,"))
        let md = try CLIRunner.run(["compare", "--questions", "cookies", "--format", "markdown"])
        #expect(md.stdout.hasPrefix("| question | act-on.com | jivochat.com | lithium.com | losant.com | salesforce.com |\n|---|"))
        let table = try CLIRunner.run(["compare", "--questions", "cookies"])
        #expect(table.stdout.split(separator: "\n").count == 2)
    }

    @Test func unknownQuestionIsAnError() throws {
        let r = try CLIRunner.run(["compare", "--questions", "sells-data,bogus"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("unknown question 'bogus'"))
    }

    @Test func diffShowsChangedAddedAndRemovedSections() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let header = { (date: String) in "> *The following text is extracted and transformed from the x.com privacy policy that was archived on \(date). Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/1/x) for the most accurate reproduction.*\n\n" }
        try Data((header("2010-01-01") + "# P\n\n## Sharing\n\nWe may share data.\n\n## Old\n\nGone soon.\n").utf8).write(to: dir.appendingPathComponent("old.md"))
        try Data((header("2014-01-01") + "# P\n\n## Sharing\n\nWe never share data.\n\n## New\n\nBrand new text here.\n\n## Cookies\n\nWe use cookies to remember your preferences.\n").utf8).write(to: dir.appendingPathComponent("new.md"))
        let r = try CLIRunner.run(["diff", "x.com@2010-01-01", "x.com@2014-01-01", dir.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let sections = try #require(doc["sections"] as? [[String: Any]])
        #expect(sections.map { $0["kind"] as? String } == ["changed", "added", "added", "removed"])
        let answers = try #require(doc["answers"] as? [[String: Any]])
        let cookies = try #require(answers.first { $0["question"] as? String == "cookies" })
        #expect((cookies["old"] as? [String: Any])?["value"] as? String == "not-stated")
        #expect((cookies["new"] as? [String: Any])?["value"] as? String == "yes")
        #expect(((cookies["new"] as? [String: Any])?["evidence"] as? [[String: Any]])?.first?["text"] as? String == "We use cookies to remember your preferences.")
        let words = (sections[0]["sentences"] as? [[String: Any]])?.first?["words"] as? String
        #expect(words == "We [-may-] {+never+} share data.")
        let text = try CLIRunner.run(["diff", "x.com@2010-01-01", "x.com@2014-01-01", dir.path])
        #expect(text.stdout.contains("  ~ We [-may-] {+never+} share data."))
        #expect(text.stdout.contains("  cookies: not-stated -> yes"))
    }

    /// Two dated Facebook policies from ../shared/history/pga-v1: an answer change quotes, on
    /// each side, a sentence that differs between them (change-notice quoted a sentence in both
    /// before), or says its sentence is in both; the JSON keeps its keys.
    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1 beside the repository"))
    func diffQuotesTheSentencesThatChanged() throws {
        let folder = TestSupport.sharedDirectory.appendingPathComponent("history/pga-v1/Facebook/Privacy Policy")
        let old = folder.appendingPathComponent("20061031_Facebook_PrivacyPolicy.md").path
        let new = folder.appendingPathComponent("20070630_Facebook_PrivacyPolicy.md").path
        let r = try CLIRunner.run(["diff", old, new, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(doc.keys) == ["old", "new", "answers", "unchanged", "sections"])
        let sentences = try #require(doc["sections"] as? [[String: Any]]).flatMap { $0["sentences"] as? [[String: Any]] ?? [] }
        let differing = { (side: String) in Set(sentences.compactMap { $0[side] as? String }) }
        let answers = try #require(doc["answers"] as? [[String: Any]])
        #expect(answers.allSatisfy { Set($0.keys) == ["question", "old", "new"] })
        let notice = try #require(answers.first { $0["question"] as? String == "change-notice" })
        for side in ["old", "new"] {
            let answer = try #require(notice[side] as? [String: Any])
            #expect(Set(answer.keys) == ["value", "confidence", "evidence"])
            let first = try #require((answer["evidence"] as? [[String: Any]])?.first?["text"] as? String)
            #expect(differing(side).contains { $0.contains(first) }, "\(side): \(first)")
        }
        let text = try CLIRunner.run(["diff", old, new])
        #expect(text.stdout.contains("    old: Facebook is a licensee of the TRUSTe Privacy Program.  (in both versions)"))
        #expect(text.stdout.contains("    new: We participate in the EU Safe Harbor Privacy Framework"))
    }
}
