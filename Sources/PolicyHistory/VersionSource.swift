/// Where one version's bytes are: a file, or a blob in a git repository's history.
public enum VersionSource: Sendable, Hashable {
    case file(path: String)
    /// `commit` and `blob` are 40-hex object ids; `path` is the file's path in the repository.
    case git(repository: String, commit: String, path: String, blob: String)

    /// The commit, for a git version.
    public var commit: String? {
        if case .git(_, let commit, _, _) = self { return commit }
        return nil
    }

    /// The file path (for git, the path inside the repository).
    public var path: String {
        switch self {
        case .file(let path): path
        case .git(_, _, let path, _): path
        }
    }
}
