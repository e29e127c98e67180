import Foundation
import PolicyGit
import PolicyHistory
import PolicyModel
import PolicyParsing
import PolicyStore

/// Reads the policy of any version on demand: a file's through the store as loading does, a
/// git blob's from its repository, through the store keyed by the blob id (a blob stored
/// already is decoded, not parsed; identical blobs are parsed once). Safe to share between
/// tasks (a repository serializes its own reads).
final class VersionSourceReader: Sendable {
    let repositories: [String: GitRepository]
    let use: StoreUse?

    init(repositories: [String: GitRepository], use: StoreUse?) {
        self.repositories = repositories
        self.use = use
    }

    /// The policy of `version`, its id the version's id (a git version's file `REPO/PATH`),
    /// with its parse warnings, or one line saying why it could not be read.
    func policy(_ version: Version) async -> Result<VersionText, VersionReadFailure> {
        switch version.source {
        case .file(let path):
            let result = await StoredLoader.load([path], using: use)
            guard var policy = result.policies.first else {
                return .failure(VersionReadFailure(problem: result.problems.first ?? LoadProblem(path: path, message: "cannot be read", isError: true)))
            }
            policy.id = version.id
            return .success(VersionText(policy: policy, warnings: result.problems.filter { !$0.isError }))
        case .git:
            return gitPolicy(version)!
        }
    }

    /// The policy of a git version, read now on this thread (nil for a file's version).
    func gitPolicy(_ version: Version) -> Result<VersionText, VersionReadFailure>? {
        guard case .git(let repositoryPath, _, let path, let blobHex) = version.source else { return nil }
        let file = repositoryPath + "/" + path
        guard let repository = repositories[repositoryPath], let blob = GitObjectID(hex: blobHex) else {
            return .failure(VersionReadFailure(problem: LoadProblem(path: file, message: "its git repository is not open", isError: true)))
        }
        let limit = GitLimits().maxBlobBytes
        switch StoredLoader.loadBlob(blobHex, file: file, using: use, bytes: { try repository.blob(blob, maxBytes: limit) }) {
        case .loaded(var policy, let warnings):
            policy.id = version.id
            return .success(VersionText(policy: policy, warnings: warnings.map {
                LoadProblem(path: file, message: "version \(version.id): \($0)", isError: false)
            }))
        case .failed(let reason):
            return .failure(VersionReadFailure(problem: LoadProblem(path: file, message: "version \(version.id): \(reason)", isError: true)))
        }
    }

    /// The policies of `versions`, in order (a failure where one could not be read), read
    /// `width` at a time; git versions with the same blob and file name are read once (and
    /// only the first carries the blob's warnings).
    func policies(_ versions: [Version], width: Int = ProcessInfo.processInfo.activeProcessorCount)
        async -> [Result<VersionText, VersionReadFailure>] {
        var first: [String: Int] = [:], representative: [Int] = []
        for (i, version) in versions.enumerated() {
            guard case .git(let repository, _, let path, let blob) = version.source else { representative.append(i); continue }
            let key = repository + "\u{0}" + PolicyStore.name(of: path) + "\u{0}" + blob
            representative.append(first[key] ?? i)
            if first[key] == nil { first[key] = i }
        }
        let distinct = versions.indices.filter { representative[$0] == $0 }
        let read = await withTaskGroup(of: (Int, Result<VersionText, VersionReadFailure>).self) { group in
            var results: [Int: Result<VersionText, VersionReadFailure>] = [:]
            var next = 0
            func add() {
                guard next < distinct.count else { return }
                let i = distinct[next], version = versions[i]
                next += 1
                group.addTask { (i, await self.policy(version)) }
            }
            for _ in 0..<max(1, min(width, 8)) { add() }
            while let (i, result) = await group.next() {
                results[i] = result
                add()
            }
            return results
        }
        return versions.indices.map { i in
            read[representative[i]]!.map { text in
                var t = text
                t.policy.id = versions[i].id
                if case .git(let repository, _, let path, _) = versions[i].source { t.policy.file = repository + "/" + path }
                if representative[i] != i { t.warnings = [] }
                return t
            }
        }
    }
}

/// A version's text, and its parse warnings (one line each, naming the version).
struct VersionText: Sendable {
    var policy: Policy
    var warnings: [LoadProblem]
}

/// Why a version could not be read: its one problem line.
struct VersionReadFailure: Error, Sendable {
    var problem: LoadProblem
}
