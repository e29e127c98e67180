import Foundation
import TestSupport
import Testing

/// Bad git input at the CLI (issue 14, point 6): each case loads what it can (`list`,
/// `history`) and says what it skips in one line on stderr.
@Suite(.enabled(if: Git.available, "needs /usr/bin/git"))
struct GitBadInputCLITests {
    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }
    static func policy(_ n: Int) -> [UInt8] { text("# Privacy Policy\n\nVersion \(n). We collect your email address.\n") }

    /// The lines of stderr holding `fragment`.
    static func lines(_ r: CLIRunner.Output, _ fragment: String) -> [Substring] {
        r.stderr.split(separator: "\n").filter { $0.contains(fragment) }
    }

    static func json(_ r: CLIRunner.Output) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    static func rows(_ repository: String) throws -> [[String: Any]] {
        let r = try CLIRunner.run(["list", "--format", "json", repository, "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try json(r) as? [[String: Any]])
    }

    @Test func aFolderWhoseGitCannotBeOpenedLoadsItsFilesWithALine() throws {
        let folder = NSTemporaryDirectory() + "policyscope-cli-notrepo-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: true)
        try Data(Self.policy(1)).write(to: URL(fileURLWithPath: folder + "/example.com.md"))
        let r = try CLIRunner.run(["list", folder, "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("example.com"))
        #expect(Self.lines(r, "warning").count == 1)
        #expect(Self.lines(r, "\(folder): warning: its .git cannot be opened as a git repository").count == 1)
    }

    @Test func aDamagedBlobIsOneLineAndTheOtherVersionsLoad() throws {
        let fixture = try GitFixture()
        fixture.commit("One", date: "2022-01-01", [.file("Example/Privacy Policy.md", Self.policy(1))])
        fixture.commit("Two", date: "2022-02-01", [.file("Example/Privacy Policy.md", Self.policy(2))])
        fixture.commit("Three", date: "2022-03-01", [.file("Example/Privacy Policy.md", Self.policy(3))])
        try fixture.write()
        let blob = try Git.run(["-C", fixture.path, "rev-parse", "HEAD~1:Example/Privacy Policy.md"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.unpack()
        try fixture.damage(blob)
        let r = try CLIRunner.run(["history", "Example/Privacy Policy", fixture.path, "--no-store", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.lines(r, "Privacy Policy.md").count == 1)
        #expect(Self.lines(r, "\(fixture.path): warning: Example/Privacy Policy.md: the version in commit ").first?.hasSuffix(", skipped") == true)
        let rows = r.stdout.split(separator: "\n").dropFirst()
        #expect(rows.map { $0.split(separator: ",")[1] } == ["Example — Privacy Policy@2022-01-01", "Example — Privacy Policy@2022-03-01"])
    }

    @Test func aRepositoryWhoseHeadIsDamagedIsOneLineAndTheOtherPathsLoad() throws {
        let fixture = try GitFixture()
        fixture.commit("One", date: "2022-01-01", [.file("Example/Privacy Policy.md", Self.policy(1))])
        try fixture.write()
        let head = try Git.run(["-C", fixture.path, "rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.unpack()
        try fixture.damage(head)
        let seeds = TestSupport.packageRoot.appendingPathComponent("Resources/seeds").path
        let r = try CLIRunner.run(["list", fixture.path, seeds, "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(fixture.path), "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count > 2)
    }

    @Test func aShallowCloneSaysWhereItStopsAndShowsWhatItHas() throws {
        let fixture = try GitFixture()
        for n in 1...4 { fixture.commit("V\(n)", date: "2022-0\(n)-01", [.file("Example/Privacy Policy.md", Self.policy(n))]) }
        try fixture.write()
        let shallow = fixture.folder + "/shallow"
        try Git.run(["clone", "--quiet", "--depth", "2", "file://" + fixture.path, shallow])
        let r = try CLIRunner.run(["history", "Example/Privacy Policy", shallow, "--no-store", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.lines(r, "the clone is shallow").count == 1)
        #expect(r.stdout.split(separator: "\n").count == 3)
    }

    @Test func aBareRepositoryListsAsItsWorkingTree() throws {
        let fixture = try GitFixture()
        fixture.commit("One", date: "2022-01-01", [.file("Example/Privacy Policy.md", Self.policy(1)), .file("Example/Terms.md", Self.policy(9))])
        fixture.commit("Two", date: "2022-02-01", [.file("Example/Privacy Policy.md", Self.policy(2))])
        try fixture.write()
        let bare = fixture.folder + "/bare.git"
        try Git.run(["clone", "--quiet", "--bare", fixture.path, bare])
        let working = try Self.rows(fixture.path), fromBare = try Self.rows(bare)
        #expect(working.map { $0["id"] as? String } == fromBare.map { $0["id"] as? String })
        #expect(fromBare.map { $0["versions"] as? Int } == [2, 1])
    }

    @Test func symlinksSubmodulesAndBinaryBlobsAreOneLineEach() throws {
        let fixture = try GitFixture()
        fixture.commit("Add", date: "2022-01-01", [
            .file("Example/Privacy Policy.md", Self.policy(1)),
            .symlink("Example/Link.md", target: "Privacy Policy.md"),
            .submodule("Vendor/Policy.md", commit: "0123456789abcdef0123456789abcdef01234567"),
            .file("Example/Binary.md", Self.text("# Title\n") + [0, 1, 2] + Self.text("\nmore\n")),
        ])
        try fixture.write()
        let r = try CLIRunner.run(["list", fixture.path, "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Example — Privacy Policy"))
        #expect(Self.lines(r, "Link.md: a symbolic link").count == 1)
        #expect(Self.lines(r, "Vendor/Policy.md: a submodule").count == 1)
        #expect(Self.lines(r, "Binary.md").count == 1)
        #expect(r.stderr.split(separator: "\n").count == 3, "\(r.stderr)")
    }

    @Test func aBlobOverTheLimitIsOneLineAndTheOtherVersionsLoad() throws {
        let fixture = try GitFixture()
        let big = Self.text("# Privacy Policy\n\n" + String(repeating: "We collect your email address. ", count: 560_000))
        #expect(big.count > 16 << 20)
        fixture.commit("Small", date: "2022-01-01", [.file("Example/Privacy Policy.md", Self.policy(1))])
        fixture.commit("Big", date: "2022-02-01", [.file("Example/Privacy Policy.md", big)])
        fixture.commit("Small again", date: "2022-03-01", [.file("Example/Privacy Policy.md", Self.policy(3))])
        try fixture.write()
        let r = try CLIRunner.run(["history", "Example/Privacy Policy", fixture.path, "--no-store", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.lines(r, "over the limit of 16777216, skipped").count == 1)
        #expect(r.stdout.split(separator: "\n").count == 3)
    }

    @Test func aPathThatIsNotUTF8IsOneEscapedLine() throws {
        let fixture = try GitFixture()
        fixture.commit("Add", date: "2022-01-01", [
            .file("Example/Privacy Policy.md", Self.policy(1)),
            .rawPath(Self.text("Example/T") + [0xFF, 0x1B] + Self.text("rms.md"), Self.policy(2)),
        ])
        try fixture.write()
        let r = try CLIRunner.run(["list", fixture.path, "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        let line = try #require(Self.lines(r, "the path is not UTF-8").first)
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(Self.lines(r, "the path is not UTF-8").count == 1)
        #expect(r.stdout.contains("Example — Privacy Policy"))
    }

    @Test func aFileDeletedAndAddedAgainIsOneDocumentWithAGap() throws {
        let fixture = try GitFixture()
        fixture.commit("One", date: "2022-01-01", [.file("Example/Privacy Policy.md", Self.policy(1))])
        fixture.commit("Gone", date: "2022-02-01", [.delete("Example/Privacy Policy.md")])
        fixture.commit("Back", date: "2022-03-01", [.file("Example/Privacy Policy.md", Self.policy(3))])
        try fixture.write()
        let text = try CLIRunner.run(["history", "Example/Privacy Policy", fixture.path, "--no-store"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Example — Privacy Policy: 2 version(s), 2022-01-01 to 2022-03-01"))
        #expect(text.stdout.contains("(deleted; back at Example — Privacy Policy@2022-03-01)"))
        let json = try CLIRunner.run(["history", "Example/Privacy Policy", fixture.path, "--no-store", "--format", "json"])
        let gaps = try #require((try Self.json(json) as? [String: Any])?["gaps"] as? [[String: Any]])
        #expect(gaps.count == 1 && gaps.first?["after"] as? String == "Example — Privacy Policy@2022-01-01")
    }

    @Test func aBlobsParseWarningsAreReported() throws {
        let fixture = try GitFixture()
        fixture.commit("One", date: "2022-01-01", [.file("Example/Privacy Policy.md", Self.text("# Privacy Policy\n\nWe collect caf") + [0xE9] + Self.text(" data.\n"))])
        try fixture.write()
        let r = try CLIRunner.run(["list", fixture.path, "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.lines(r, "Privacy Policy.md: warning:").count == 1, "\(r.stderr)")
    }
}
