import Foundation
import TestSupport
import Testing

/// `history`, and `list`, `diff`, `compare` and `--at` over several versions of a document.
@Suite("CLI: history and versions")
struct HistoryCLITests {
    static let pga = TestSupport.sharedDirectory.appendingPathComponent("history/pga-v1").path
    static let instagram = pga + "/Instagram/Privacy Policy"
    static let seeds = TestSupport.sharedDirectory.appendingPathComponent("seeds").path
    static let actOn = [seeds + "/004_79b632cbf5e8d973.txt", TestSupport.corpusDirectory.appendingPathComponent("act-on.com.md").path]

    static func json(_ r: CLIRunner.Output) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
    func historyJSONAndCSVOfADatedFolder() throws {
        let r = try CLIRunner.run(["history", "Instagram - Privacy Policy", Self.instagram, "--no-store", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("history: 9 version(s) extracted in "))
        let doc = try #require(try Self.json(r) as? [String: Any])
        #expect(doc["document"] as? String == "Instagram — Privacy Policy")
        #expect((doc["gaps"] as? [Any])?.isEmpty == true)
        let versions = try #require(doc["versions"] as? [[String: Any]])
        #expect(versions.count == 9)
        let ids = versions.compactMap { $0["id"] as? String }
        #expect(ids.first == "Instagram — Privacy Policy@2011-07-18")
        #expect(ids == ids.sorted())
        #expect(versions[0]["changes"] is NSNull)
        #expect(Set(versions[0].keys) == ["id", "date", "commit", "words", "technical", "returnsTo", "changes"])
        let changes = try #require(versions[1]["changes"] as? [String: Any])
        #expect(Set(changes.keys) == ["answers", "sectionsAdded", "sectionsRemoved", "sectionsChanged"])
        #expect(versions.allSatisfy { $0["commit"] is NSNull && ($0["words"] as? Int ?? 0) > 0 })
        let changed = versions.dropFirst().flatMap { (($0["changes"] as? [String: Any])?["answers"] as? [[String: Any]]) ?? [] }
        #expect(!changed.isEmpty && changed.allSatisfy { Set($0.keys) == ["question", "old", "new"] })

        let csv = try CLIRunner.run(["history", "Instagram/Privacy Policy", Self.instagram, "--no-store", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "document,id,date,commit,words,technical,returns_to,answers_changed")
        #expect(lines.count == 10)
        #expect(lines[1].hasPrefix("Instagram — Privacy Policy,Instagram — Privacy Policy@20"))
        #expect(lines[1].hasSuffix(",false,,0"))
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/seeds and ../shared/corpus"))
    func seedAndCorpusVersionsOfOneSite() throws {
        let r = try CLIRunner.run(["history", "act-on.com"] + Self.actOn + ["--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "act-on.com: 2 version(s), 2013-04-06 to 2014-03-04")
        #expect(lines.contains { $0.hasPrefix("act-on.com@2014-03-04  2530 words, sections +") })

        let list = try #require(try Self.json(CLIRunner.run(["list", "--format", "json", "--no-store"] + Self.actOn)) as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list[0]["id"] as? String == "act-on.com@2014-03-04")
        #expect(list[0]["versions"] as? Int == 2)
        #expect(list[0]["firstDate"] as? String == "2013-04-06" && list[0]["lastDate"] as? String == "2014-03-04")
        let rows = try #require(try Self.json(CLIRunner.run(["list", "--versions", "--format", "json", "--no-store"] + Self.actOn)) as? [[String: Any]])
        #expect(rows.compactMap { $0["document"] as? String } == ["act-on.com", "act-on.com"])
        #expect(rows.allSatisfy { $0["versions"] == nil })

        let diff = try CLIRunner.run(["diff", "act-on.com@~1", "act-on.com@2014-12-31", "--format", "json", "--no-store"] + Self.actOn)
        let d = try #require(try Self.json(diff) as? [String: Any])
        #expect(d["old"] as? String == "act-on.com@2013-04-06" && d["new"] as? String == "act-on.com@2014-03-04")
        let early = try CLIRunner.run(["diff", "act-on.com@2012-01-01", "act-on.com", "--no-store"] + Self.actOn)
        #expect(early.status == 1)
        #expect(early.stderr == "policyscope: act-on.com has no version on or before 2012-01-01\n")

        let compare = try #require(try Self.json(CLIRunner.run(["compare", "--all", "--questions", "cookies", "--format", "json", "--no-store"] + Self.actOn)) as? [String: Any])
        #expect((compare["policies"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["act-on.com@2014-03-04"])
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
    func listOfDocumentsAndAt() throws {
        let list = try #require(try Self.json(CLIRunner.run(["list", Self.pga, "--format", "json", "--no-store"])) as? [[String: Any]])
        #expect(list.compactMap { $0["versions"] as? Int }.sorted() == [9, 21, 29, 43])
        let facebook = try #require(list.first { ($0["file"] as? String)?.contains("/Facebook/") == true })
        #expect(facebook["firstDate"] as? String == "2004-06-13")
        let at = try #require(try Self.json(CLIRunner.run(["list", Self.pga, "--at", "2010-01-01", "--format", "json", "--no-store"])) as? [[String: Any]])
        #expect(at.count == 3, "Instagram had no policy yet")
        let facebookThen = try #require(at.first { ($0["file"] as? String)?.contains("/Facebook/") == true })
        #expect(facebookThen["versions"] as? Int == 20 && facebookThen["lastDate"] as? String == "2009-12-11", "\(facebookThen)")
        #expect(at.allSatisfy { ($0["file"] as? String)?.split(separator: "/").last.map { $0 <= "20100101" } == true })
        let none = try CLIRunner.run(["list", Self.pga, "--at", "1999-01-01", "--no-store"])
        #expect(none.status == 1)
        #expect(none.stderr == "policyscope: no loaded document has a version on or before 1999-01-01\n")
        let bad = try CLIRunner.run(["list", Self.pga, "--at", "2010-13-01", "--no-store"])
        #expect(bad.status != 0 && bad.stderr.contains("--at"))
        let unknown = try CLIRunner.run(["history", "Instagra/Terms", Self.instagram, "--no-store"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("policyscope: no loaded document matches 'Instagra/Terms'"))
    }

    /// A page that went back to an earlier text is marked as a return to that version.
    @Test func returnsToAnEarlierText() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("policyscope-history-\(UUID().uuidString)/Acme/Privacy Policy")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent().deletingLastPathComponent()) }
        let a = "# Privacy\n\n## Sharing\n\nWe never sell your personal information.\n"
        let b = "# Privacy\n\n## Sharing\n\nWe sell your personal information to advertisers.\n"
        for (name, text) in [("2020-01-01.md", a), ("2021-01-01.md", b), ("2022-01-01.md", a), ("2022-01-01_Acme_PrivacyPolicy.md", b)] {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let r = try CLIRunner.run(["history", "Acme/Privacy Policy", dir.path, "--no-store", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.map { $0[1] } == ["Acme — Privacy Policy@2020-01-01", "Acme — Privacy Policy@2021-01-01",
                                       "Acme — Privacy Policy@2022-01-01.1", "Acme — Privacy Policy@2022-01-01.2"])
        #expect(rows.map { $0[6] } == ["", "", "Acme — Privacy Policy@2020-01-01", "Acme — Privacy Policy@2021-01-01"])
    }

    /// Open Terms Archive's technical commits are shown and marked by default, and
    /// `--hide-technical` leaves them out, comparing each version with the one shown before.
    @Test(.enabled(if: Git.available, "needs /usr/bin/git"))
    func technicalVersionsAreMarkedOrLeftOut() throws {
        let fixture = try GitFixture()
        let path = "Acme/Privacy Policy.md"
        let never = Array("# Privacy\n\n## Sharing\n\nWe never sell your personal information.\n".utf8)
        let sells = Array("# Privacy\n\n## Sharing\n\nWe sell your personal information to advertisers.\n".utf8)
        let sellsAgain = Array("# Privacy\n\n## Sharing\n\nWe sell your personal information to advertisers and partners.\n".utf8)
        fixture.commit("Record Acme Privacy Policy", date: "2022-01-01", [.file(path, never)])
        fixture.commit("Apply technical or declaration upgrade on Acme Privacy Policy", date: "2022-02-01", [.file(path, sells)])
        fixture.commit("Update Acme Privacy Policy", date: "2022-03-01", [.file(path, sellsAgain)])
        try fixture.write()
        func rows(_ extra: [String]) throws -> (rows: [[String]], stderr: String) {
            let r = try CLIRunner.run(["history", "Acme/Privacy Policy", fixture.path, "--no-store", "--format", "csv"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            let rows = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            return (rows, r.stderr)
        }
        let shown = try rows([])
        #expect(shown.rows.map { $0[5] } == ["false", "true", "false"])
        #expect(shown.stderr.contains("history: 1 technical version(s) shown, marked technical (--hide-technical leaves them out)"))
        let hidden = try rows(["--hide-technical"])
        #expect(hidden.rows.map { $0[1] } == ["Acme — Privacy Policy@2022-01-01", "Acme — Privacy Policy@2022-03-01"])
        #expect(hidden.stderr.contains("history: 1 technical version(s) left out"))
        // The step that is left is from the first version to the third: sells-data changed there.
        #expect(Int(hidden.rows[1][7]) ?? 0 >= 1)
        let text = try CLIRunner.run(["history", "Acme/Privacy Policy", fixture.path, "--no-store", "--hide-technical"])
        #expect(text.stdout.hasPrefix("Acme — Privacy Policy: 3 version(s), 2022-01-01 to 2022-03-01 (1 technical left out)"))
    }
}
