import Foundation
import TestSupport
import Testing

/// `classify` and `model eval` with `--classifier deep`, on the tiny random model with blend
/// parameters (Tests/PolicyDeepTests/Fixtures/tiny-blend.bin): the plumbing, not the quality.
@Suite("CLI: the deep classifier")
struct DeepClassifyCLITests {
    static let fixtures = TestSupport.packageRoot.appendingPathComponent("Tests/PolicyDeepTests/Fixtures")
    static let blended = fixtures.appendingPathComponent("tiny-blend.bin").path

    @Test func classifyBlendsAndKeepsEmptyLinesEmpty() throws {
        let input = "We retain your data for 30 days.\n\nYou can opt out of marketing e-mails.\n"
        let r = try CLIRunner.run(["classify", "--classifier", "deep", "--deep-model", Self.blended], stdin: input)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect((objects[1]["labels"] as? [String]) == [])
        for index in [0, 2] {
            let labels = try #require(objects[index]["labels"] as? [String])
            let scores = try #require(objects[index]["scores"] as? [String: Double])
            #expect(!labels.isEmpty)
            #expect(Set(labels).isSubset(of: ClassifyCLITests.labels))
            #expect(scores.count == 12 && scores.values.allSatisfy { (0 ... 1).contains($0) })
        }
        let fast = try CLIRunner.run(["classify"], stdin: input)
        #expect(fast.stdout != r.stdout, "the blend left the fast scores as they were")
    }

    @Test func modelEvalRunsTheBlend() throws {
        let csv = TestSupport.packageRoot.appendingPathComponent("Resources/opp115/majority-validation.csv").path
        let r = try CLIRunner.run(["model", "eval", "--data", csv, "--format", "json", "--classifier", "deep", "--deep-model", Self.blended])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["segments"] as? Int == 550)
        #expect((object["microF1"] as? Double ?? 0) > 0.3)
    }

    @Test(arguments: [
        ("/nonexistent/deep.bin", "make deep-model"),
        ("tiny-f32.bin", "no blend parameters"),
    ])
    func unusableDeepModelIsAOneLineError(_ file: String, _ hint: String) throws {
        let path = file.hasPrefix("/") ? file : Self.fixtures.appendingPathComponent(file).path
        let r = try CLIRunner.run(["classify", "--classifier", "deep", "--deep-model", path], stdin: "x\n")
        #expect(r.status != 0)
        #expect(r.stderr.hasPrefix("policyscope: \(path): "))
        #expect(r.stderr.contains(hint))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
