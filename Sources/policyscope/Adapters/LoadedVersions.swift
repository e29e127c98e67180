import Foundation
import PolicyGit
import PolicyHistory
import PolicyModel
import PolicyParsing
import PolicyStore

/// What the loading commands work on: the policies read so far (every loaded file, then the
/// git versions read: at first each git document's newest), the records of every git version,
/// and a reader for the versions not read yet.
struct LoadedVersions: Sendable {
    /// Files in loading order, then git versions in the order they were read.
    private(set) var policies: [Policy]
    /// What went wrong while loading, one line each (the rest still loaded).
    private(set) var problems: [LoadProblem]
    let reader: VersionSourceReader
    private let fileCount: Int
    private var gitRecords: [VersionRecord]
    private var recordIndex: [VersionSource: Int]
    private var byID: [String: Int]

    /// Loads `paths`: a path that is a git repository (working tree or bare) through git, every
    /// tracked document with all its first-parent versions, reading only each document's newest
    /// version now; anything else as files and folders through the store (``StoredLoader``).
    static func load(_ paths: [String], using use: StoreUse?,
                     progress: (@Sendable (Int, Int, Int) -> Void)? = nil) async -> LoadedVersions {
        let repositories = paths.filter(GitVersions.isRepository)
        let others = paths.filter { !repositories.contains($0) }
        var files: [Policy] = [], problems = others.compactMap(GitVersions.unopenable)
        if !others.isEmpty {
            let result = await StoredLoader.load(others, using: use, progress: progress)
            files = result.policies
            problems += result.problems
        }
        var open: [String: GitRepository] = [:], records: [VersionRecord] = []
        for path in repositories {
            switch GitVersions.scan(path) {
            case .success(let scan):
                open[path] = scan.repository
                records += scan.records
                problems += scan.problems
            case .failure(let failure):
                problems.append(failure.problem)
            }
        }
        var loaded = LoadedVersions(files: files, gitRecords: records, problems: problems,
                                    reader: VersionSourceReader(repositories: open, use: use))
        _ = await loaded.read(loaded.catalog().histories.map(\.newest))
        return loaded
    }

    private init(files: [Policy], gitRecords: [VersionRecord], problems: [LoadProblem], reader: VersionSourceReader) {
        policies = files
        fileCount = files.count
        self.gitRecords = gitRecords
        self.problems = problems
        self.reader = reader
        recordIndex = Dictionary(gitRecords.enumerated().map { ($1.source, $0) }, uniquingKeysWith: { a, _ in a })
        byID = Dictionary(files.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The histories of every loaded version; with `contents`, each file's bytes hashed to its
    /// git blob id (read again from disk) so that returns to an earlier text are seen (git
    /// versions always carry their blob id).
    func catalog(contents: Bool = false) -> HistoryCatalog {
        let files = policies.prefix(fileCount).map(HistorySupport.absolute)
        let fileRecords = FileVersions.records(files, contents: contents ? HistorySupport.blobIDs(files) : [:])
        return HistoryCatalog(HistoryBuilder.histories(fileRecords + gitRecords))
    }

    /// The records of every git version (a version read carries its policy's id).
    var gitVersionRecords: [VersionRecord] { gitRecords }

    /// The loaded policy of `version`, when it has been read.
    func policy(of version: Version) -> Policy? {
        version.policyID.flatMap { byID[$0] }.map { policies[$0] }
    }

    /// The versions with their policies, in order, reading those not read yet (in parallel,
    /// through the store); a version that cannot be read is left out. Its problem, and the
    /// parse warnings of the versions read now, are kept in ``problems`` and returned.
    mutating func read(_ versions: [Version]) async -> (read: [(version: Version, policy: Policy)], problems: [LoadProblem]) {
        let missing = versions.filter { policy(of: $0) == nil }
        var found: [LoadProblem] = []
        var fresh: [String: Policy] = [:]
        for (version, result) in zip(missing, await reader.policies(missing)) {
            switch result {
            case .success(let text):
                fresh[version.id] = text.policy
                found += text.warnings
            case .failure(let failure): found.append(failure.problem)
            }
        }
        for version in missing {
            guard let policy = fresh[version.id], byID[policy.id] == nil else { continue }
            byID[policy.id] = policies.count
            policies.append(policy)
            if let i = recordIndex[version.source] { gitRecords[i].policyID = policy.id }
        }
        problems += found
        let read = versions.compactMap { v in (policy(of: v) ?? fresh[v.id]).map { (v, $0) } }
        return (read, found)
    }

    /// The policies in force on `date` (each document's newest version on or before it),
    /// reading the git versions that needs; without a date, every policy read so far (every
    /// file, each git document's newest version). Files keep their loading order.
    mutating func inForce(at date: ArchiveDate?) async -> [Policy] {
        guard let date else { return policies }
        let versions = catalog().versions(at: date)
        let kept = Set(await read(versions).read.map(\.policy.id))
        return policies.filter { kept.contains($0.id) }
    }

    /// Each document's newest version, in loading order.
    func newest() -> [Policy] {
        let kept = Set(catalog().histories.compactMap(\.newest.policyID))
        return policies.filter { kept.contains($0.id) }
    }

    /// Every version of every document (on or before `date` when given), reading them all.
    mutating func allVersions(upTo date: ArchiveDate?) async -> [Policy] {
        let versions = catalog().histories.flatMap(\.versions).filter { v in date.map { d in v.date.map { $0 <= d } ?? false } ?? true }
        let kept = Set(await read(versions).read.map(\.policy.id))
        return policies.filter { kept.contains($0.id) }
    }

    /// The policy a version query names (`DOC@DATE`, `DOC@~N`, a version id, a document
    /// name), read when needed, or why none.
    mutating func resolve(_ query: String, at date: ArchiveDate?) async -> Result<Policy, HistoryLookupError> {
        switch catalog().resolve(query, at: date) {
        case .failure(let reason): return .failure(reason)
        case .success(let version):
            guard let policy = await read([version]).read.first?.policy else { return .failure(.noDocument(query: query, nearMatches: [])) }
            return .success(policy)
        }
    }
}
