import Foundation
import TestSupport
import Testing

@Suite("CLI: list, outline, show")
struct ListOutlineShowTests {
    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func listJSONOnTheSeeds() throws {
        let r = try CLIRunner.run(["list", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let rows = try #require(try json(r.stdout) as? [[String: Any]])
        #expect(rows.count == 5)
        let byDomain = Dictionary(uniqueKeysWithValues: rows.map { ($0["domain"] as! String, $0) })
        #expect(byDomain["lithium.com"]?["archivedOn"] as? String == "2012-06-23")
        #expect(byDomain["act-on.com"]?["id"] as? String == "act-on.com@2013-04-06")
        for row in rows {
            for key in ["id", "domain", "title", "archivedOn", "source", "file", "sections", "words"] {
                #expect(row[key] != nil, "missing \(key)")
            }
            #expect((row["sections"] as? Int ?? 0) > 0)
            #expect((row["words"] as? Int ?? 0) > 100)
        }
    }

    @Test func unknownDomainsAreNullInJSON() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("# Plain\n\nText here.\n".utf8).write(to: dir.appendingPathComponent("plain.md"))
        let r = try CLIRunner.run(["list", dir.path, "--format", "json"])
        let rows = try #require(try json(r.stdout) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["domain"] is NSNull)
        #expect(rows[0]["archivedOn"] is NSNull)
        #expect(rows[0]["id"] as? String == "plain")
    }

    @Test func outlineJSONIsTheHeadingTree() throws {
        let r = try CLIRunner.run(["outline", "losant.com", "--format", "json"])
        #expect(r.status == 0)
        let doc = try #require(try json(r.stdout) as? [String: Any])
        #expect(doc["id"] as? String == "losant.com@2018-10-03")
        let roots = try #require(doc["sections"] as? [[String: Any]])
        #expect(roots.count == 1)
        #expect(roots[0]["title"] as? String == "Privacy Policy")
        #expect(roots[0]["level"] as? Int == 1)
        #expect(((roots[0]["children"] as? [Any])?.count ?? 0) > 3)
    }

    @Test func showOneSectionAsText() throws {
        let r = try CLIRunner.run(["show", "lithium.com", "--section", "2"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("# about Lithium"))
        #expect(r.stdout.contains("Lithium provides social customer solutions"))
        #expect(!r.stdout.contains("use of cookies"))
    }

    @Test func showJSONHasSentenceRanges() throws {
        let r = try CLIRunner.run(["show", "jivochat.com", "--format", "json"])
        let doc = try #require(try json(r.stdout) as? [String: Any])
        let sections = try #require(doc["sections"] as? [[String: Any]])
        let block = try #require((sections.first { !(($0["blocks"] as? [Any]) ?? []).isEmpty }?["blocks"] as? [[String: Any]])?.first)
        let text = try #require(block["text"] as? String)
        let sentences = try #require(block["sentences"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        for s in sentences {
            let start = s["start"] as! Int, end = s["end"] as! Int
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == s["text"] as? String)
        }
    }

    @Test func unknownPolicyNamesNearMatches() throws {
        let r = try CLIRunner.run(["outline", "lithium.co"])
        #expect(r.status == 1)
        #expect(r.stderr == "policyscope: no loaded policy matches 'lithium.co'; did you mean 'lithium.com@2012-06-23'?\n")
    }

    @Test func badSectionNumber() throws {
        let r = try CLIRunner.run(["show", "lithium.com", "--section", "999"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("policyscope: no section 999"))
    }

    @Test func badFilesGiveOneLineEachAndTheRestLoads() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cli-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data().write(to: dir.appendingPathComponent("empty.md"))
        try Data([0, 1, 2]).write(to: dir.appendingPathComponent("bin.md"))
        try Data("# Esc\n\nEvil \u{1B}[2J text.\n".utf8).write(to: dir.appendingPathComponent("esc.md"))
        let r = try CLIRunner.run(["show", "esc", dir.path])
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("policyscope: \(dir.path)/") })
        #expect(!r.stdout.contains("\u{1B}"))
        #expect(r.stdout.contains("Evil ␛[2J text."))
    }

    @Test func nothingLoadedIsAnError() throws {
        let r = try CLIRunner.run(["list", "/nonexistent/policy.md"])
        #expect(r.status == 1)
        #expect(r.stderr == "policyscope: /nonexistent/policy.md: no such file or folder\npolicyscope: no policies loaded\n")
    }

    @Test func anEmptyFolderSaysWhyNothingLoaded() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cli-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let r = try CLIRunner.run(["list", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr == "policyscope: \(dir.path): no .md, .markdown or .txt files in it\npolicyscope: no policies loaded\n")
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus beside the repository"))
    func wholeCorpusListsWithoutErrors() throws {
        let r = try CLIRunner.run(["list", TestSupport.corpusDirectory.path, "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let rows = try #require(try json(r.stdout) as? [[String: Any]])
        #expect(rows.count == 45)
    }
}
