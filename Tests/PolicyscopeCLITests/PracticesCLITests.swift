import Foundation
import PolicyExtraction
import TestSupport
import Testing

@Suite("CLI: practices")
struct PracticesCLITests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonAnswersEveryQuestionWithEvidence() throws {
        let r = try CLIRunner.run(["practices", "lithium.com", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try json(r.stdout)
        #expect(doc["id"] as? String == "lithium.com@2012-06-23")
        #expect(doc["status"] as? String == "policy")
        let answers = try #require(doc["answers"] as? [String: [String: Any]])
        #expect(answers.count == Question.allCases.count)
        let sells = try #require(answers["sells-data"])
        #expect(sells["value"] as? String == "no")
        let evidence = try #require(sells["evidence"] as? [[String: Any]])
        #expect((evidence.first?["text"] as? String)?.contains("not sell") == true)
        #expect(evidence.first?["section"] is [String])
        #expect(answers["frameworks"]?["value"] as? [String] != nil)
        let spans = try #require(doc["spans"] as? [[String: Any]])
        #expect(!spans.isEmpty)
        for key in ["category", "section", "text", "start", "end", "negated", "score"] {
            #expect(spans[0][key] != nil, "span lacks \(key)")
        }
    }

    @Test func textListsEveryQuestion() throws {
        let r = try CLIRunner.run(["practices", "losant.com"])
        #expect(r.status == 0)
        for id in ["collects-contact", "sells-data", "children-min-age", "privacy-contact"] {
            #expect(r.stdout.contains(id))
        }
        #expect(r.stdout.contains("children-min-age") && r.stdout.contains(" 13 "))
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus beside the repository"))
    func theBlogIsFlagged() throws {
        let file = TestSupport.corpusDirectory.appendingPathComponent("freedom-to-tinker.com.md").path
        let r = try CLIRunner.run(["practices", file, "--format", "json"])
        #expect(r.status == 0)
        let doc = try json(r.stdout)
        #expect(doc["status"] as? String == "not-a-policy")
        #expect((doc["spans"] as? [Any])?.isEmpty == true)
    }

    @Test func unknownPolicyIsAOneLineError() throws {
        let r = try CLIRunner.run(["practices", "no-such-site.example"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("policyscope: "))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
