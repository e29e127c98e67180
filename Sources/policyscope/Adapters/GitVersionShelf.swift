import PolicyHistory
import PolicyModel
import Synchronization

/// The git versions the browser's loads found, shared by the loader's tasks and the timeline's
/// workers: every repository's version records (each version once, however often its
/// repository is opened), the reader of each repository's blobs, and the policy id each
/// version was read as (so a version opened from the timeline is known as that version).
final class GitVersionShelf: Sendable {
    private struct State {
        var records: [VersionRecord] = []
        var known: Set<VersionSource> = []
        var readers: [String: VersionSourceReader] = [:]
        var readAs: [VersionSource: String] = [:]
    }

    private let state = Mutex(State())

    /// Keeps what a load found: its git records (with the ids of the versions it read) and
    /// its reader.
    func add(_ loaded: LoadedVersions) {
        state.withLock { s in
            for (path, _) in loaded.reader.repositories { s.readers[path] = loaded.reader }
            for record in loaded.gitVersionRecords where !s.known.contains(record.source) {
                s.known.insert(record.source)
                s.records.append(record)
                if let id = record.policyID { s.readAs[record.source] = id }
            }
        }
    }

    /// Every git record, each linked to its policy when that policy is among `loaded`.
    func records(loaded: Set<String>) -> [VersionRecord] {
        state.withLock { s in
            s.records.map { record in
                var r = record
                r.policyID = s.readAs[record.source].flatMap { loaded.contains($0) ? $0 : nil }
                return r
            }
        }
    }

    /// The policy of a git version, read from its repository (through the store); nil for a
    /// file, a repository not loaded, or a blob that cannot be read.
    func policy(of version: Version) -> Policy? {
        guard case .git(let repository, _, _, _) = version.source,
              let reader = state.withLock({ $0.readers[repository] }),
              case .success(let text)? = reader.gitPolicy(version) else { return nil }
        state.withLock { $0.readAs[version.source] = text.policy.id }
        return text.policy
    }
}
