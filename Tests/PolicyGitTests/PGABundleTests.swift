import Foundation
import PolicyGit
import PolicyStore
import Testing
import TestSupport

/// The Open Terms Archive history in `../shared/history/pga-versions.bundle`, cloned once per
/// test process into a temporary folder (a working tree, and a bare clone of it).
@Suite(.enabled(if: HistoryBundle.available, "needs ../shared/history/pga-versions.bundle and git"))
struct PGABundleTests {
    static let clones: Result<(work: String, bare: String), Git.Failure> = {
        let folder = NSTemporaryDirectory() + "policyscope-git-pga-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: folder)
        return Result { () throws(Git.Failure) in
            do {
                try Git.run(["clone", "--quiet", HistoryBundle.url.path, folder + "/work"])
                try Git.run(["clone", "--quiet", "--bare", HistoryBundle.url.path, folder + "/bare.git"])
            } catch let failure as Git.Failure { throw failure } catch { throw Git.Failure(description: "\(error)") }
            return (folder + "/work", folder + "/bare.git")
        }
    }()

    static let scan: Result<GitHistoryScan, GitError> = {
        guard let work = try? clones.get().work else { return .failure(.notFound(repository: "pga clone")) }
        return Result { () throws(GitError) in try GitRepository(path: work).fileHistories(include: isDocument, limits: GitLimits()) }
    }()

    @Test func everyPrivacyPolicyHasGitLogsVersions() throws {
        let work = try Self.clones.get().work
        let scan = try Self.scan.get()
        #expect(scan.skipped.isEmpty)
        #expect(scan.commitCount == Int(try Git.run(["-C", work, "rev-list", "--first-parent", "--count", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)))
        let policies = scan.files.filter { $0.path.hasSuffix("/Privacy Policy.md") }
        #expect(policies.count >= 25)
        for file in policies {
            #expect(file.versionCommits == (try Git.log(work, file.path, filter: "ACMRT")), "\(file.path)")
            #expect(file.deletionCommits == (try Git.log(work, file.path, filter: "D")), "\(file.path)")
        }
        #expect(scan["Facebook/Privacy Policy.md"]?.versionCommits.count == 492)
        #expect(scan["Spotify/Privacy Policy.md"]?.versionCommits.count == 66)
    }

    @Test func everyTrackedPathIsListedWithTheBlobAtHead() throws {
        let work = try Self.clones.get().work
        let scan = try Self.scan.get()
        let tracked = try Git.run(["-C", work, "ls-tree", "-r", "HEAD"]).split(separator: "\n").compactMap { line -> (String, String)? in
            let parts = line.split(separator: "\t", maxSplits: 1)
            let path = String(parts[1])
            return isDocument(path) ? (path, String(parts[0].split(separator: " ")[2])) : nil
        }
        #expect(tracked.count >= 130)
        #expect(Set(scan.files.filter { $0.revisions.last?.blob != nil }.map(\.path)) == Set(tracked.map(\.0)))
        for (path, blob) in tracked {
            #expect(scan[path]?.revisions.last?.blob?.hex == blob, "\(path)")
        }
        let headTime = Int64(try Git.run(["-C", work, "log", "-1", "--format=%ct"]).trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(scan.files.compactMap(\.revisions.last?.commitTime).max() == headTime)
    }

    @Test func aBareCloneScansTheSame() throws {
        let bare = try Self.clones.get().bare
        let repository = try GitRepository(path: bare)
        #expect(repository.isBare)
        let scan = try repository.fileHistories(include: isDocument, limits: GitLimits())
        #expect(scan.files == (try Self.scan.get()).files)
        // Facebook's newest version reads back as the bytes git shows, under the store's key.
        let newest = try #require(scan["Facebook/Privacy Policy.md"]?.revisions.last?.blob)
        let bytes = try repository.blob(newest, maxBytes: 16 << 20)
        #expect(BlobID.of(bytes) == newest.hex)
        #expect(bytes == Array(try Data(contentsOf: URL(fileURLWithPath: try Self.clones.get().work + "/Facebook/Privacy Policy.md"))))
    }
}
