import Foundation
import TestSupport
import Testing

/// `versions --format jsonl` on a folder of dated files and on a git repository, and `batch`
/// reading its lines (a repository's blobs read by id).
@Suite("CLI: versions and batch on histories")
struct VersionsCLITests {
    static let pgaV1 = TestSupport.sharedDirectory.appendingPathComponent("history/pga-v1").path

    static func lines(_ r: CLIRunner.Output) throws -> [[String: Any]] {
        try BatchCLITests.objects(r.stdout)
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
    func aFolderOfDatedFilesGivesOneLinePerFile() throws {
        let r = try CLIRunner.run(["versions", Self.pgaV1, "--format", "jsonl", "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = try Self.lines(r)
        #expect(lines.count == 102)
        let facebook = lines.filter { $0["document"] as? String == GitCLITests.facebook }
        #expect(facebook.count == 43)
        #expect(facebook.first?["id"] as? String == "\(GitCLITests.facebook)@2004-06-13" && facebook.first?["date"] as? String == "2004-06-13")
        #expect((facebook.first?["path"] as? String)?.hasPrefix("/") == true && facebook.first?["repository"] is NSNull)
        // batch answers a line as it is, dated by it.
        let first = String(r.stdout.split(separator: "\n").first { $0.contains("@2004-06-13") }!)
        let out = try Self.lines(try CLIRunner.run(["batch"], stdin: first + "\n"))
        #expect(out.count == 1 && out[0]["error"] is NSNull && out[0]["date"] as? String == "2004-06-13")
        #expect(out[0]["document"] as? String == GitCLITests.facebook)
    }

    @Test(.enabled(if: HistoryBundle.available, "needs ../shared/history/pga-versions.bundle and git"))
    func aRepositoryGivesEveryVersionAndBatchReadsTheBlobs() throws {
        let clone = try GitCLITests.clone.get()
        let r = try CLIRunner.run(["versions", clone, "--format", "jsonl", "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        let all = try Self.lines(r)
        let reddit = all.filter { $0["path"] as? String == "Reddit/Privacy Policy.md" }
        #expect(reddit.count == (try GitCLITests.gitLogCount(clone, "Reddit/Privacy Policy.md")))
        #expect(reddit.allSatisfy { ($0["commit"] as? String)?.count == 40 && ($0["blob"] as? String)?.count == 40 && $0["repository"] as? String == clone })
        // The newest two Reddit versions through batch equal `practices DOC@DATE REPO`.
        let raw = r.stdout.split(separator: "\n").filter { $0.contains("\"Reddit\\/Privacy Policy.md\"") || $0.contains("\"Reddit/Privacy Policy.md\"") }.suffix(2)
        let out = try Self.lines(try CLIRunner.run(["batch"], stdin: raw.joined(separator: "\n") + "\n"))
        try #require(out.count == 2)
        for (line, input) in zip(out, reddit.suffix(2)) {
            let id = try #require(input["id"] as? String)
            #expect(line["id"] as? String == id && line["error"] is NSNull)
            let answers = try BatchCLITests.valueAndConfidence(try #require(line["answers"] as? [String: Any]))
            #expect(answers == (try BatchCLITests.practicesAnswers([id, clone])), "\(id)")
        }
        // A blob that is not in the repository is an error line.
        var bad = reddit[0]
        bad["blob"] = String(repeating: "0", count: 40)
        let badLine = String(decoding: try JSONSerialization.data(withJSONObject: bad), as: UTF8.self)
        let failed = try Self.lines(try CLIRunner.run(["batch"], stdin: badLine + "\n"))
        #expect((failed.first?["error"] as? String)?.hasPrefix(clone + "/Reddit/Privacy Policy.md: ") == true)
    }
}
