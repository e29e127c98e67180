import PolicyGit
import TestSupport

extension FileHistory {
    /// The commits that gave the file bytes (added, changed, re-added), oldest first.
    var versionCommits: [String] { revisions.filter { $0.blob != nil }.map(\.commit.hex) }
    /// The commits that deleted it.
    var deletionCommits: [String] { revisions.filter { $0.blob == nil }.map(\.commit.hex) }
}

extension GitHistoryScan {
    subscript(path: String) -> FileHistory? { files.first { $0.path == path } }
}

/// Documents as the app tracks them.
func isDocument(_ path: String) -> Bool {
    path.hasSuffix(".md") || path.hasSuffix(".markdown") || path.hasSuffix(".txt")
}
