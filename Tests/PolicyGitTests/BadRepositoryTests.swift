import Foundation
import PolicyGit
import Testing

/// Paths that are not a usable repository: each throws one line naming the path and why.
@Suite(.enabled(if: Git.available, "needs git to make the repositories"))
struct BadRepositoryTests {
    @Test func nothingThere() {
        let path = NSTemporaryDirectory() + "policyscope-no-such-\(UUID().uuidString)"
        #expect(throws: GitError.notFound(repository: path)) { try GitRepository(path: path) }
        #expect(!GitRepository.isRepository(path))
    }

    @Test func aPlainFolderOrAFolderInsideARepository() throws {
        let fixture = try GitFixture()
        #expect(throws: GitError.notARepository(repository: fixture.folder)) { try GitRepository(path: fixture.folder) }
        try FileManager.default.createDirectory(atPath: fixture.path + "/sub", withIntermediateDirectories: true)
        // Not the repository above it: only the path itself counts.
        #expect(throws: GitError.notARepository(repository: fixture.path + "/sub")) { try GitRepository(path: fixture.path + "/sub") }
        #expect(GitError.notARepository(repository: fixture.folder).description.hasPrefix(fixture.folder + ": not a git repository"))
    }

    @Test func anEmptyRepository() throws {
        for bare in [false, true] {
            let fixture = try GitFixture(bare: bare)
            #expect(GitRepository.isRepository(fixture.path))
            #expect(throws: GitError.emptyHistory(repository: fixture.path)) { try GitRepository(path: fixture.path) }
            #expect(GitError.emptyHistory(repository: fixture.path).description == "\(fixture.path): the git repository has no commits")
        }
    }

    /// Objects made loose (unpacked) so that one can be damaged or removed.
    private func looseRepository() throws -> (GitFixture, [String]) {
        let fixture = try GitFixture()
        fixture.commit("First", date: "2020-01-01", [.file("p.md", Array("one\n".utf8))])
        fixture.commit("Second", date: "2020-02-01", [.file("p.md", Array("two\n".utf8))])
        fixture.commit("Third", date: "2020-03-01", [.file("p.md", Array("three\n".utf8))])
        try fixture.write()
        let packs = fixture.path + "/.git/objects/pack"
        for name in try FileManager.default.contentsOfDirectory(atPath: packs) where name.hasSuffix(".pack") {
            let moved = fixture.folder + "/" + name
            try FileManager.default.moveItem(atPath: packs + "/" + name, toPath: moved)
            try FileManager.default.removeItem(atPath: packs + "/" + name.replacingOccurrences(of: ".pack", with: ".idx"))
            try Git.run(["-C", fixture.path, "unpack-objects", "-q"], input: Array(try Data(contentsOf: URL(fileURLWithPath: moved))))
        }
        let commits = try Git.run(["-C", fixture.path, "rev-list", "--reverse", "HEAD"]).split(separator: "\n").map(String.init)
        return (fixture, commits)
    }

    private func damage(_ fixture: GitFixture, _ object: String) throws {
        let file = fixture.path + "/.git/objects/" + object.prefix(2) + "/" + object.dropFirst(2)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        try Data("not a zlib stream".utf8).write(to: URL(fileURLWithPath: file))
    }

    @Test func aDamagedBlobIsSkippedWithALine() throws {
        let (fixture, commits) = try looseRepository()
        let second = try Git.run(["-C", fixture.path, "rev-parse", "\(commits[1]):p.md"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try damage(fixture, second)
        let repository = try GitRepository(path: fixture.path)
        let scan = try repository.fileHistories(include: isDocument, limits: GitLimits())
        #expect(scan["p.md"]?.revisions.map(\.commit.hex) == [commits[0], commits[2]])
        #expect(scan.skipped.count == 1)
        #expect(scan.skipped.first?.description.hasPrefix("p.md: the version in commit \(commits[1].prefix(12)) cannot be read") == true)
        let id = try #require(GitObjectID(hex: second))
        #expect {
            try repository.blob(id, maxBytes: 1000)
        } throws: { error in
            guard case .corruptObject(fixture.path, id, _) = error as? GitError else { return false }
            return "\(error)".hasPrefix("\(fixture.path): git object \(second) is missing or damaged: ")
        }
    }

    @Test func aDamagedParentCutsTheHistoryWithALine() throws {
        let (fixture, commits) = try looseRepository()
        try damage(fixture, commits[0])
        let scan = try GitRepository(path: fixture.path).fileHistories(include: isDocument, limits: GitLimits())
        // What is readable loads: the second commit is where p.md appears.
        #expect(scan["p.md"]?.revisions.map(\.commit.hex) == [commits[1], commits[2]])
        #expect(scan.skipped.count == 1)
        let line = try #require(scan.skipped.first?.description)
        #expect(line.hasPrefix("history before commit \(commits[1].prefix(12)) is not read: parent \(commits[0].prefix(12)) cannot be read: "))
    }

    @Test func aDamagedTreeAtHeadThrows() throws {
        let (fixture, commits) = try looseRepository()
        let tree = try Git.run(["-C", fixture.path, "rev-parse", "\(commits[2])^{tree}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try damage(fixture, tree)
        let repository = try GitRepository(path: fixture.path)
        #expect {
            try repository.fileHistories(include: isDocument, limits: GitLimits())
        } throws: { error in
            guard case .corruptObject(fixture.path, let object, _) = error as? GitError else { return false }
            return object.hex == tree
        }
    }

    @Test func aDamagedHeadCommitThrowsOnOpening() throws {
        let (fixture, commits) = try looseRepository()
        try damage(fixture, commits[2])
        #expect {
            try GitRepository(path: fixture.path)
        } throws: { error in
            guard case .corruptObject(fixture.path, let object, _) = error as? GitError else { return false }
            return object.hex == commits[2]
        }
    }
}
