import Foundation
import TestSupport
import Testing

/// Loading commands on a git repository: the pga bundle cloned into a temporary folder, a
/// small repository in the Princeton-Leuven corpus layout, and bad repositories.
@Suite("CLI: git repositories")
struct GitCLITests {
    static let facebook = "Facebook — Privacy Policy"
    static let pgaV1 = TestSupport.sharedDirectory.appendingPathComponent("history/pga-v1").path

    /// A working-tree clone of the pga bundle, made once per test process.
    static let clone: Result<String, HistoryBundle.Failure> = {
        let folder = NSTemporaryDirectory() + "policyscope-cli-git-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: folder)
        return Result { () throws(HistoryBundle.Failure) in
            try HistoryBundle.git(["clone", "--quiet", HistoryBundle.url.path, folder])
            return folder
        }
    }()

    static func json(_ r: CLIRunner.Output) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    static func gitLogCount(_ repository: String, _ path: String, until: String? = nil) throws -> Int {
        let out = try HistoryBundle.git(["-C", repository, "log", "--first-parent", "--diff-filter=ACMRT", "--format=%H"]
            + (until.map { ["--until=\($0)T23:59:59Z"] } ?? []) + ["--", path])
        return String(decoding: out, as: UTF8.self).split(separator: "\n").count
    }

    /// Every document path that any first-parent commit added or changed (deleted ones too).
    static func documentsEver(_ repository: String) throws -> Set<String> {
        let out = try HistoryBundle.git(["-C", repository, "log", "--first-parent", "--no-renames", "--diff-filter=ACMRT",
                                         "--name-only", "--format="])
        return Set(String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") || $0.hasSuffix(".txt") })
    }

    @Test(.enabled(if: HistoryBundle.available, "needs ../shared/history/pga-versions.bundle and git"))
    func aClonesListHasOneRowPerDocumentWithGitLogsVersions() throws {
        let clone = try Self.clone.get()
        for store in [["--no-store"], []] {
            let r = try CLIRunner.run(["list", "--format", "json", clone] + store)
            #expect(r.status == 0, "\(r.stderr)")
            let rows = try #require(try Self.json(r) as? [[String: Any]])
            #expect(rows.count == (try Self.documentsEver(clone)).count)
            let facebook = try #require(rows.first { $0["id"] as? String == Self.facebook + "@" + ($0["lastDate"] as? String ?? "") })
            #expect(facebook["versions"] as? Int == 492)
            #expect(facebook["versions"] as? Int == (try Self.gitLogCount(clone, "Facebook/Privacy Policy.md")))
            #expect(facebook["firstDate"] as? String == "2022-07-11")
            let spotify = try #require(rows.first { ($0["id"] as? String)?.hasPrefix("Spotify — Privacy Policy@") == true })
            #expect(spotify["versions"] as? Int == (try Self.gitLogCount(clone, "Spotify/Privacy Policy.md")))
        }
    }

    @Test(.enabled(if: HistoryBundle.available, "needs ../shared/history/pga-versions.bundle and git"))
    func historyOfAGitDocumentHasEveryVersionWithItsCommit() throws {
        let clone = try Self.clone.get()
        let r = try CLIRunner.run(["history", "WhatsApp/Privacy Policy", clone, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try Self.json(r) as? [String: Any])
        #expect(doc["document"] as? String == "WhatsApp — Privacy Policy")
        let versions = try #require(doc["versions"] as? [[String: Any]])
        #expect(versions.count == (try Self.gitLogCount(clone, "WhatsApp/Privacy Policy.md")))
        let commits = String(decoding: try HistoryBundle.git(["-C", clone, "log", "--first-parent", "--diff-filter=ACMRT", "--reverse",
                                                              "--format=%H", "--", "WhatsApp/Privacy Policy.md"]), as: UTF8.self)
        #expect(versions.compactMap { $0["commit"] as? String } == commits.split(separator: "\n").map(String.init))
        #expect(versions.allSatisfy { ($0["words"] as? Int ?? 0) > 100 })
    }

    @Test(.enabled(if: HistoryBundle.available && TestSupport.sharedDataAvailable, "needs ../shared/history"))
    func pgaV1AndTheCloneTogetherGiveOneDocumentFrom2004() throws {
        let clone = try Self.clone.get()
        let r = try CLIRunner.run(["list", "--format", "json", Self.pgaV1, clone])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try Self.json(r) as? [[String: Any]])
        let facebook = try #require(rows.first { ($0["id"] as? String)?.hasPrefix(Self.facebook + "@") == true })
        #expect(facebook["versions"] as? Int == 492 + 43)
        #expect(facebook["firstDate"] as? String == "2004-06-13")
        #expect((facebook["lastDate"] as? String ?? "") >= "2026-01-01")
        #expect(rows.filter { ($0["id"] as? String)?.hasPrefix(Self.facebook + "@") == true }.count == 1)

        let at = try CLIRunner.run(["list", "--format", "json", "--at", "2023-01-01", Self.pgaV1, clone])
        let then = try #require(try Self.json(at) as? [[String: Any]])
        let old = try #require(then.first { ($0["id"] as? String)?.hasPrefix(Self.facebook + "@") == true })
        #expect(old["versions"] as? Int == 43 + (try Self.gitLogCount(clone, "Facebook/Privacy Policy.md", until: "2023-01-01")))
        #expect((old["lastDate"] as? String ?? "9") <= "2023-01-01")
    }

    @Test(.enabled(if: HistoryBundle.available, "needs ../shared/history/pga-versions.bundle and git"))
    func diffOfTheVersionBeforeTheNewest() throws {
        let clone = try Self.clone.get()
        let r = try CLIRunner.run(["diff", Self.facebook + "@~1", Self.facebook, clone])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count >= 3)
        #expect(lines[0].hasPrefix("--- \(Self.facebook)@20"))
        #expect(lines[1].hasPrefix("+++ \(Self.facebook)@20"))
        #expect(lines[0] != lines[1].replacingOccurrences(of: "+++", with: "---"))
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/seeds and ../shared/corpus"))
    func aCorpusLayoutRepositoryIsDatedByItsHeaders() throws {
        let folder = NSTemporaryDirectory() + "policyscope-cli-corpus-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/a/ac/act/act-on.com.md"
        try FileManager.default.createDirectory(atPath: folder + "/a/ac/act", withIntermediateDirectories: true)
        try HistoryBundle.git(["init", "--quiet", "-b", "main", folder])
        let versions = [TestSupport.sharedDirectory.appendingPathComponent("seeds/004_79b632cbf5e8d973.txt"),
                        TestSupport.corpusDirectory.appendingPathComponent("act-on.com.md")]
        for (i, source) in versions.enumerated() {
            try? FileManager.default.removeItem(atPath: file)
            try FileManager.default.copyItem(atPath: source.path, toPath: file)
            try HistoryBundle.git(["-C", folder, "add", "."])
            try HistoryBundle.git(["-C", folder, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "--quiet",
                                   "--date", "2020-0\(i + 1)-01T00:00:00Z", "-m", "version \(i)"])
        }
        let r = try CLIRunner.run(["list", "--format", "json", folder, "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try Self.json(r) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["id"] as? String == "act-on.com@2014-03-04")
        #expect(rows.first?["versions"] as? Int == 2)
        #expect(rows.first?["firstDate"] as? String == "2013-04-06")
        let old = try CLIRunner.run(["show", "act-on.com@2013-04-06", folder, "--no-store", "--format", "json"])
        #expect(old.status == 0, "\(old.stderr)")
        let shown = try #require(try Self.json(old) as? [String: Any])
        #expect(shown["id"] as? String == "act-on.com@2013-04-06")
        #expect(shown["archivedOn"] as? String == "2013-04-06")
    }

    @Test func anEmptyRepositoryIsOneProblemLineAndTheRestLoads() throws {
        let folder = NSTemporaryDirectory() + "policyscope-cli-empty-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try HistoryBundle.git(["init", "--quiet", folder + "/repo"])
        let alone = try CLIRunner.run(["list", folder + "/repo", "--no-store"])
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("\(folder)/repo: the git repository has no commits"))
        let seed = TestSupport.packageRoot.appendingPathComponent("Resources/seeds").path
        let both = try CLIRunner.run(["list", folder + "/repo", seed, "--no-store"])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stderr.split(separator: "\n").filter { $0.contains("has no commits") }.count == 1)
        #expect(both.stdout.split(separator: "\n").count > 2)
    }

    @Test(.enabled(if: HistoryBundle.available, "needs ../shared/history/pga-versions.bundle and git"))
    func aShallowCloneWarnsAndLoads() throws {
        let clone = try Self.clone.get()
        let shallow = NSTemporaryDirectory() + "policyscope-cli-shallow-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: shallow) }
        try HistoryBundle.git(["clone", "--quiet", "--depth", "20", "file://" + clone, shallow])
        let r = try CLIRunner.run(["list", shallow, "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = r.stderr.split(separator: "\n").filter { $0.contains("shallow") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("policyscope: \(shallow): warning: ") == true)
    }
}
