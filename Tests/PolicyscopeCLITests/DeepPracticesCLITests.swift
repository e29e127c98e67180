import Foundation
import PolicyStore
import TestSupport
import Testing

/// `practices`, `compare`, `batch` and `ingest` on the deep path, with the tiny random model
/// with blend parameters: the plumbing and the store, not the quality.
@Suite("CLI: deep practices")
struct DeepPracticesCLITests {
    static let deep = ["--classifier", "deep", "--deep-model", DeepClassifyCLITests.blended]

    private func freshFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "policyscope-deep-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func practicesAndCompareRunTheBlend() throws {
        let fast = try CLIRunner.run(["practices", "lithium.com", "--format", "json", "--no-store"])
        let deep = try CLIRunner.run(["practices", "lithium.com", "--format", "json", "--no-store"] + Self.deep)
        #expect(fast.status == 0 && deep.status == 0 && deep.stderr.isEmpty)
        #expect(deep.stdout != fast.stdout, "the blend changed no score")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(deep.stdout.utf8)) as? [String: Any])
        #expect((object["spans"] as? [Any])?.isEmpty == false)
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(fast.stdout.utf8)) as? [String: Any])
        #expect((object["answers"] as? NSDictionary) == (plain["answers"] as? NSDictionary), "the answers are the linear pass's")
        let again = try CLIRunner.run(["practices", "lithium.com", "--format", "json", "--no-store"] + Self.deep)
        #expect(again.stdout == deep.stdout)
        let compare = try CLIRunner.run(["compare", "lithium.com", "act-on.com", "--format", "csv", "--no-store"] + Self.deep)
        #expect(compare.status == 0 && compare.stdout.contains("sells-data"))
    }

    @Test func batchNamesTheDeepModel() throws {
        let r = try CLIRunner.run(["batch"] + Self.deep, stdin: "{\"id\": \"a\", \"text\": \"# Privacy\\n\\nWe do not sell your personal information.\\n\"}\n")
        #expect(r.status == 0, "\(r.stderr)")
        let line = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(line["model"] as? String == "deep" && line["error"] is NSNull)
    }

    @Test(arguments: [["practices", "lithium.com"], ["compare", "--all"], ["batch"], ["ingest", "Resources/seeds"]])
    func aMissingDeepModelIsAOneLineError(_ command: [String]) throws {
        let folder = try freshFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let args = command.map { $0.hasPrefix("Resources") ? TestSupport.packageRoot.appendingPathComponent($0).path : $0 }
        let r = try CLIRunner.run(args + ["--classifier", "deep", "--deep-model", "/nonexistent/deep.bin"], stdin: "",
                                  environment: ["XDG_CACHE_HOME": folder])
        #expect(r.status == 1)
        #expect(r.stderr == "policyscope: /nonexistent/deep.bin: no deep model file here (make one with `make deep-model`, tools/deep/make-model.sh)\n")
    }

    @Test func deepPracticesAreStoredBesideTheFastOnesAndReadBack() throws {
        let folder = try freshFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/store.sqlite"
        // JSON: the spans show the blend's categories (the answers are the linear pass's).
        let fast = try CLIRunner.run(["practices", "lithium.com", "--format", "json", "--store", store])
        let deep = try CLIRunner.run(["practices", "lithium.com", "--format", "json", "--store", store] + Self.deep)
        #expect(fast.status == 0 && deep.status == 0 && fast.stdout != deep.stdout)
        let db = try Database(path: store)
        let rows = try db.prepare("SELECT classifier, model FROM practices ORDER BY classifier")
        var stamps: [String: String] = [:]
        while try rows.step() { stamps[rows.text(0) ?? ""] = rows.text(1) }
        #expect(stamps.keys.sorted() == ["deep", "fast"])
        #expect(stamps["deep"]?.hasPrefix(stamps["fast"]! + "+deep/") == true && stamps["deep"]?.hasSuffix("/w=0.5,t=0.45") == true)
        #expect(try db.scalar("SELECT count(*) FROM answers WHERE classifier = 'deep'") == 26)
        // The deep row holds the fast record now: a run that reads the store prints the fast answers.
        try db.execute("UPDATE practices SET record = (SELECT record FROM practices WHERE classifier = 'fast') WHERE classifier = 'deep'")
        let warm = try CLIRunner.run(["practices", "lithium.com", "--format", "json", "--store", store] + Self.deep)
        #expect(warm.status == 0 && warm.stdout == fast.stdout, "the second deep run classified again")
    }

    @Test func ingestDeepFillsTheStoreOnce() throws {
        let folder = try freshFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/store.sqlite"
        let seeds = TestSupport.packageRoot.appendingPathComponent("Resources/seeds").path
        let args = ["ingest", seeds, "--store", store, "--deep", "--deep-model", DeepClassifyCLITests.blended]
        let first = try CLIRunner.run(args)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty, "no progress line when stderr is not a terminal")
        #expect(first.stdout.contains("practices computed for 5"), "\(first.stdout)")
        let again = try CLIRunner.run(args)
        #expect(again.stdout.contains("practices computed for 0, already stored for 5"), "\(again.stdout)")
        let fast = try CLIRunner.run(["ingest", seeds, "--store", store])
        #expect(fast.stdout.contains("practices computed for 5"), "the fast rows are their own")
        let db = try Database(path: store)
        #expect(try db.scalar("SELECT count(*) FROM practices WHERE classifier = 'deep'") == 5)
        #expect(try db.scalar("SELECT count(*) FROM practices WHERE classifier = 'fast'") == 5)
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus"))
    func aCorpusPolicyOnTheDeepPath() throws {
        let file = try #require(TestSupport.corpusFiles.first).path
        let r = try CLIRunner.run(["practices", file, "--format", "json", "--no-store"] + Self.deep)
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((object["answers"] as? [String: Any])?.count == 26)
    }
}
