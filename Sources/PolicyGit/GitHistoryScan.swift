/// What a scan of a repository's first-parent history found: each tracked file's versions and
/// one line for each thing it skipped.
public struct GitHistoryScan: Sendable {
    /// One entry per path that ever held an included blob, sorted by path.
    public var files: [FileHistory]
    /// What was left out (symlinks, submodules, non-UTF-8 paths, oversized blobs, a cut history).
    public var skipped: [GitSkip]
    /// How many first-parent commits were walked.
    public var commitCount: Int
    /// Whether the repository is a shallow clone (its history was cut; see `skipped`).
    public var isShallow: Bool
}

/// One path's versions in first-parent history, oldest first.
public struct FileHistory: Sendable, Hashable {
    public var path: String
    public var revisions: [FileRevision]
}

/// A first-parent commit that added, changed the bytes of, or deleted one file.
public struct FileRevision: Sendable, Hashable {
    public var commit: GitObjectID
    /// The committer's time, seconds since 1970 (`%ct`).
    public var commitTime: Int64
    /// The commit's title line, with control characters removed.
    public var summary: String
    /// The file's contents at this commit; nil where the commit deleted it (or made it a
    /// symlink or submodule).
    public var blob: GitObjectID?
}

/// Limits on what a scan takes in.
public struct GitLimits: Sendable, Hashable {
    /// Blobs larger than this are skipped with a line (the revision is left out).
    public var maxBlobBytes: Int

    public init(maxBlobBytes: Int = 16 << 20) {
        self.maxBlobBytes = maxBlobBytes
    }
}

/// Something a scan left out, with its one-line explanation (`description`).
public struct GitSkip: Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// A symbolic link where an included file would be.
        case symlink
        /// A submodule (a commit in the tree): its files are in another repository.
        case submodule
        /// The path is not valid UTF-8 (`path` shows its bytes escaped).
        case nonUTF8Path
        /// A blob over `GitLimits.maxBlobBytes`.
        case blobTooLarge(size: Int, limit: Int)
        /// A blob whose header could not be read.
        case unreadableBlob(reason: String)
        /// The history stops before its root: a shallow clone's boundary or a missing or
        /// damaged parent commit. Files present at `commit` appear as added there.
        case historyCut(parent: GitObjectID, shallow: Bool, reason: String)
    }

    /// The path, printable (control characters and non-UTF-8 bytes escaped); empty for
    /// `historyCut`.
    public var path: String
    /// The commit where it was met.
    public var commit: GitObjectID
    public var reason: Reason

    public var description: String {
        let short = String(commit.hex.prefix(12))
        switch reason {
        case .symlink:
            return "\(path): a symbolic link in commit \(short), skipped"
        case .submodule:
            return "\(path): a submodule in commit \(short), its files are not read"
        case .nonUTF8Path:
            return "\(path): the path is not UTF-8 (commit \(short)), skipped"
        case .blobTooLarge(let size, let limit):
            return "\(path): the version in commit \(short) has \(size) bytes, over the limit of \(limit), skipped"
        case .unreadableBlob(let reason):
            return "\(path): the version in commit \(short) cannot be read (\(reason)), skipped"
        case .historyCut(let parent, let shallow, let reason):
            let why = shallow ? "the clone is shallow (git fetch --unshallow reads the rest)" : "parent \(parent.hex.prefix(12)) cannot be read: \(reason)"
            return "history before commit \(short) is not read: \(why); files present there appear as added in it"
        }
    }
}
