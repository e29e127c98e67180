import Foundation
import PolicyGit
import TestSupport
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
        try fixture.unpack()
        let commits = try Git.run(["-C", fixture.path, "rev-list", "--reverse", "HEAD"]).split(separator: "\n").map(String.init)
        return (fixture, commits)
    }

    @Test func aDamagedBlobIsSkippedWithALine() throws {
        let (fixture, commits) = try looseRepository()
        let second = try Git.run(["-C", fixture.path, "rev-parse", "\(commits[1]):p.md"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.damage(second)
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
        try fixture.damage(commits[0])
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
        try fixture.damage(tree)
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
        try fixture.damage(commits[2])
        #expect {
            try GitRepository(path: fixture.path)
        } throws: { error in
            guard case .corruptObject(fixture.path, let object, _) = error as? GitError else { return false }
            return object.hex == commits[2]
        }
    }
}
