import Foundation
import PolicyGit
import PolicyStore
import TestSupport
import Testing

/// What the scan makes of each kind of tree content and history shape, checked against
/// `git log --first-parent` on the same made repository.
@Suite(.enabled(if: Git.available, "needs git to make the repositories"))
struct TreeContentTests {
    private func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    private func scan(_ path: String, limits: GitLimits = GitLimits()) throws -> GitHistoryScan {
        try GitRepository(path: path).fileHistories(include: isDocument, limits: limits)
    }

    /// Every listed path's versions and deletions equal git's.
    private func expectGitLog(_ scan: GitHistoryScan, _ repository: String) throws {
        for file in scan.files {
            #expect(file.versionCommits == (try Git.log(repository, file.path, filter: "ACMRT")), "\(file.path)")
            #expect(file.deletionCommits == (try Git.log(repository, file.path, filter: "D")), "\(file.path)")
        }
    }

    @Test func aFileDeletedAndAddedAgainIsOnePathWithAGap() throws {
        let fixture = try GitFixture()
        fixture.commit("Add", date: "2020-01-01", [.file("docs/p.md", text("one\n")), .file("q.md", text("q\n"))])
        fixture.commit("Remove", date: "2020-02-01", [.delete("docs/p.md")])
        fixture.commit("Unrelated", date: "2020-03-01", [.file("q.md", text("q2\n"))])
        fixture.commit("Back", date: "2020-04-01", [.file("docs/p.md", text("one\n"))])
        fixture.commit("Whole folder gone", date: "2020-05-01", [.delete("docs")])
        try fixture.write()
        let scan = try scan(fixture.path)
        let p = try #require(scan["docs/p.md"])
        #expect(p.revisions.map(\.summary) == ["Add", "Remove", "Back", "Whole folder gone"])
        #expect(p.revisions.map { $0.blob == nil } == [false, true, false, true])
        #expect(p.revisions[0].blob == p.revisions[2].blob) // the same bytes came back
        #expect(p.revisions[0].blob?.hex == BlobID.of(text("one\n")))
        #expect(scan["q.md"]?.revisions.count == 2)
        try expectGitLog(scan, fixture.path)
    }

    @Test func onlyFirstParentCommitsCount() throws {
        let fixture = try GitFixture()
        let base = fixture.commit("Base", date: "2021-01-01", [.file("p.md", text("a\n")), .file("r.md", text("r\n"))])
        fixture.commit("Side edit", date: "2021-01-02", on: "side", from: base, [.file("p.md", text("b\n"))])
        fixture.commit("Side edit 2", date: "2021-01-03", on: "side", [.file("p.md", text("c\n"))])
        fixture.commit("Main edit", date: "2021-01-04", [.file("r.md", text("r2\n"))])
        fixture.commit("Merge side", date: "2021-01-05", merge: "refs/heads/side", [.file("p.md", text("c\n"))])
        fixture.commit("Rename", date: "2021-01-06", [.delete("r.md"), .file("s.md", text("r2\n"))])
        try fixture.write()
        let scan = try scan(fixture.path)
        #expect(scan.commitCount == 4)
        #expect(scan["p.md"]?.revisions.map(\.summary) == ["Base", "Merge side"])
        #expect(scan["r.md"]?.revisions.map(\.summary) == ["Base", "Main edit", "Rename"])
        #expect(scan["s.md"]?.revisions.map(\.summary) == ["Rename"])
        try expectGitLog(scan, fixture.path)
    }

    @Test func symlinksSubmodulesAndBinaryBlobs() throws {
        let fixture = try GitFixture()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        let nul = text("# Title\n") + [0, 1, 2] + text("\nmore\n")
        fixture.commit("Add", date: "2022-01-01", [
            .file("policy.md", text("policy\n")),
            .symlink("link.md", target: "policy.md"),
            .symlink("tools", target: "/usr/bin"),
            .submodule("vendor/lib", commit: "0123456789abcdef0123456789abcdef01234567"),
            .file("logo.png", png),
            .file("binary.md", nul),
            .file("run.sh", text("#!/bin/sh\n"), mode: "100755"),
        ])
        fixture.commit("Edit through", date: "2022-01-02", [.file("policy.md", text("policy 2\n")), .symlink("link.md", target: "elsewhere.md")])
        fixture.commit("Policy becomes a link", date: "2022-01-03", [.symlink("policy.md", target: "binary.md")])
        try fixture.write()
        let scan = try scan(fixture.path)
        #expect(scan.files.map(\.path) == ["binary.md", "policy.md"])
        // A file that became a symlink ends there (git calls it a type change; no bytes to read).
        #expect(scan["policy.md"]?.revisions.map { $0.blob == nil } == [false, false, true])
        #expect(Set(scan.skipped.map(\.description)) == [
            "link.md: a symbolic link in commit \(try head(fixture, "HEAD~2").prefix(12)), skipped",
            "vendor/lib: a submodule in commit \(try head(fixture, "HEAD~2").prefix(12)), its files are not read",
            "policy.md: a symbolic link in commit \(try head(fixture, "HEAD").prefix(12)), skipped",
        ])
        // A binary blob under a document's name comes back byte for byte (the parser refuses it).
        let repository = try GitRepository(path: fixture.path)
        let binary = try #require(scan["binary.md"]?.revisions.first?.blob)
        #expect(try repository.blob(binary, maxBytes: 100) == nul)
        let versions = try #require(scan["policy.md"])
        #expect(versions.versionCommits == Array(try Git.log(fixture.path, "policy.md", filter: "ACM")))
    }

    @Test func aBlobOverTheLimitIsSkippedWithALine() throws {
        let fixture = try GitFixture()
        let big = text(String(repeating: "All work and no play. ", count: 100))
        fixture.commit("Small", date: "2022-02-01", [.file("p.md", text("small\n"))])
        fixture.commit("Big", date: "2022-02-02", [.file("p.md", big)])
        fixture.commit("Small again", date: "2022-02-03", [.file("p.md", text("small again\n"))])
        try fixture.write()
        let scan = try scan(fixture.path, limits: GitLimits(maxBlobBytes: 1000))
        #expect(scan["p.md"]?.revisions.map(\.summary) == ["Small", "Small again"])
        #expect(scan.skipped.map(\.description) == ["p.md: the version in commit \(try head(fixture, "HEAD~1").prefix(12)) has 2200 bytes, over the limit of 1000, skipped"])
        let repository = try GitRepository(path: fixture.path)
        let id = try #require(GitObjectID(hex: BlobID.of(big)))
        #expect(throws: GitError.blobTooLarge(repository: fixture.path, object: id, size: 2200, limit: 1000)) {
            try repository.blob(id, maxBytes: 1000)
        }
        #expect(try repository.blob(id, maxBytes: 2200) == big)
        let absent = try #require(GitObjectID(hex: String(repeating: "ab", count: 20)))
        #expect(throws: GitError.noSuchBlob(repository: fixture.path, object: absent)) { try repository.blob(absent, maxBytes: 10) }
    }

    @Test func pathsThatAreNotUTF8AreSkippedShownEscaped() throws {
        let fixture = try GitFixture()
        let latin1 = Array("caf".utf8) + [0xE9] + Array(".md".utf8)
        fixture.commit("Add", date: "2023-01-01", [.rawPath(latin1, text("x\n")), .file("caf\u{E9}.md", text("y\n")), .rawPath(Array("b\u{1B}[31m.md".utf8), text("z\n"))])
        fixture.commit("Edit", date: "2023-01-02", [.rawPath(latin1, text("x2\n"))])
        try fixture.write()
        let scan = try scan(fixture.path)
        // A valid UTF-8 path is kept as is (escape sequences included: callers sanitize to print).
        #expect(scan.files.map(\.path) == ["b\u{1B}[31m.md", "caf\u{E9}.md"])
        #expect(scan.skipped.map(\.description) == ["caf\\xe9.md: the path is not UTF-8 (commit \(try head(fixture, "HEAD~1").prefix(12))), skipped"])
    }

    @Test func commitTitlesReachNoTerminalAsControlCharacters() throws {
        let fixture = try GitFixture()
        fixture.commit("Red \u{1B}[31mtitle\u{7}  with\ttab", date: "2023-05-01", [.file("p.md", text("p\n"))])
        try fixture.write()
        #expect(try scan(fixture.path)["p.md"]?.revisions.map(\.summary) == ["Red [31mtitle with tab"])
    }

    @Test func aShallowCloneLoadsWhatItHasAndSaysWhereItStops() throws {
        let fixture = try GitFixture()
        for n in 1...5 {
            fixture.commit("Version \(n)", date: "2024-01-0\(n)", [.file("p.md", text("v\(n)\n"))] + (n == 1 ? [.file("old.md", text("o\n"))] : []))
        }
        try fixture.write()
        let shallow = fixture.folder + "/shallow"
        try Git.run(["clone", "--quiet", "--depth", "2", "file://" + fixture.path, shallow])
        let repository = try GitRepository(path: shallow)
        #expect(repository.isShallow)
        let scan = try repository.fileHistories(include: isDocument, limits: GitLimits())
        #expect(scan.isShallow)
        #expect(scan.commitCount == 2)
        #expect(scan["p.md"]?.revisions.map(\.summary) == ["Version 4", "Version 5"])
        #expect(scan["old.md"]?.revisions.map(\.summary) == ["Version 4"])
        let boundary = try head(fixture, "HEAD~1")
        #expect(scan.skipped.map(\.description) == ["history before commit \(boundary.prefix(12)) is not read: the clone is shallow (git fetch --unshallow reads the rest); files present there appear as added in it"])
    }

    @Test func aBareRepositoryScansLikeItsWorkingTree() throws {
        let fixture = try GitFixture()
        fixture.commit("One", date: "2019-05-01", [.file("a/b/c.md", text("1\n")), .file("a/d.txt", text("d\n"))])
        fixture.commit("Two", date: "2019-05-02", [.file("a/b/c.md", text("2\n")), .file("a/e.markdown", text("e\n"))])
        try fixture.write()
        let bare = fixture.folder + "/bare.git"
        try Git.run(["clone", "--quiet", "--bare", fixture.path, bare])
        let repository = try GitRepository(path: bare)
        let working = try GitRepository(path: fixture.path)
        #expect(repository.isBare && !working.isBare)
        let scan = try repository.fileHistories(include: isDocument, limits: GitLimits())
        #expect(scan.files == (try self.scan(fixture.path)).files)
        #expect(scan.files.map(\.path) == ["a/b/c.md", "a/d.txt", "a/e.markdown"])
        try expectGitLog(scan, bare)
    }

    private func head(_ fixture: GitFixture, _ revision: String) throws -> String {
        try Git.run(["-C", fixture.path, "rev-parse", revision]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
