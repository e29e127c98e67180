import CGit2
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Walks HEAD's first-parent chain from the newest commit to the root, comparing each commit's
/// tree with its parent's entry by entry and descending only into subtrees whose ids differ
/// (what `git log --first-parent --name-only` does), so the cost follows what changed, not the
/// size of the trees. No tree outlives its step: memory holds the revisions found, nothing per
/// commit. Revisions are collected newest first and reversed at the end.
struct HistoryScanner {
    private let repository: OpaquePointer
    private let path: String
    private let include: (String) -> Bool
    private let limits: GitLimits
    private let isShallow: Bool
    private var odb: OpaquePointer?

    /// Per path, its revisions newest first.
    private var histories: [String: [FileRevision]] = [:]
    private var skipped: [GitSkip] = []
    /// Paths already reported as symlinks, submodules or not UTF-8 (one line each), with the
    /// index of their line, which names the oldest commit where they were met.
    private var reported: [[UInt8]: Int] = [:]
    /// The path of the tree being compared, ending in "/" below the root.
    private var prefix: [UInt8] = []
    /// The commit being compared with its parent, and its stamp once a change needs it.
    private var commit: OpaquePointer?
    private var stamp: Stamp?
    private var commitCount = 0

    private struct Stamp {
        var id: GitObjectID
        var time: Int64
        var summary: String
    }

    init(repository: OpaquePointer, path: String, include: @escaping (String) -> Bool, limits: GitLimits, isShallow: Bool) {
        self.repository = repository
        self.path = path
        self.include = include
        self.limits = limits
        self.isShallow = isShallow
    }

    mutating func scan(from head: git_oid) throws(GitError) -> GitHistoryScan {
        var database: OpaquePointer?
        let code = git_repository_odb(&database, repository)
        guard code == 0, let database else { throw .cannotOpen(repository: path, reason: Libgit2.lastMessage(code)) }
        odb = database
        defer { git_odb_free(database) }

        var next: git_oid? = head
        while var id = next {
            let current = try lookup(.commit, &id)
            commitCount += 1
            next = try step(current)
        }
        let files = histories.map { FileHistory(path: $0.key, revisions: $0.value.reversed()) }.sorted { $0.path < $1.path }
        return GitHistoryScan(files: files, skipped: skipped, commitCount: commitCount, isShallow: isShallow)
    }

    /// Records what `current` changed against its first parent; returns the parent to go on
    /// with, or nil at the root or where the history is cut.
    private mutating func step(_ current: borrowing Owned) throws(GitError) -> git_oid? {
        commit = current.pointer
        stamp = nil
        defer { commit = nil }
        var newTree = git_commit_tree_id(current.pointer).pointee
        guard git_commit_parentcount(current.pointer) > 0 else {
            try compareRoots(nil, &newTree)
            return nil
        }
        var parentID = git_commit_parent_id(current.pointer, 0).pointee
        let parent: Owned
        do {
            parent = try Owned(.commit, &parentID, in: repository)
        } catch {
            let here = GitObjectID(git_commit_id(current.pointer).pointee)
            let cut = GitSkip.Reason.historyCut(parent: error.id, shallow: isShallow && error.isMissing, reason: error.message)
            skipped.append(GitSkip(path: "", commit: here, reason: cut))
            try compareRoots(nil, &newTree)
            return nil
        }
        var oldTree = git_commit_tree_id(parent.pointer).pointee
        if git_oid_equal(&oldTree, &newTree) == 0 {
            try compareRoots(&oldTree, &newTree)
        }
        return parentID
    }

    private mutating func compareRoots(_ old: UnsafeMutablePointer<git_oid>?, _ new: UnsafeMutablePointer<git_oid>) throws(GitError) {
        let newTree = try lookup(.tree, new)
        prefix.removeAll(keepingCapacity: true)
        if let old {
            let oldTree = try lookup(.tree, old)
            try compare(oldTree.pointer, newTree.pointer)
        } else {
            try compare(nil, newTree.pointer)
        }
    }

    /// Merges the two trees' entries in git's order (a subtree sorts as if its name ended in
    /// "/"); equal names with equal ids and modes are skipped without reading them.
    private mutating func compare(_ old: OpaquePointer?, _ new: OpaquePointer?) throws(GitError) {
        let oldCount = old.map { git_tree_entrycount($0) } ?? 0
        let newCount = new.map { git_tree_entrycount($0) } ?? 0
        var i = 0, j = 0
        while i < oldCount || j < newCount {
            let oldEntry = i < oldCount ? git_tree_entry_byindex(old, i) : nil
            let newEntry = j < newCount ? git_tree_entry_byindex(new, j) : nil
            let order: Int32
            if let oldEntry, let newEntry { order = Self.order(oldEntry, newEntry) } else { order = oldEntry == nil ? 1 : -1 }
            if order < 0 {
                try removed(oldEntry!)
                i += 1
            } else if order > 0 {
                try added(newEntry!)
                j += 1
            } else {
                try changed(oldEntry!, newEntry!)
                i += 1
                j += 1
            }
        }
    }

    private mutating func changed(_ old: OpaquePointer, _ new: OpaquePointer) throws(GitError) {
        let oldMode = git_tree_entry_filemode(old), newMode = git_tree_entry_filemode(new)
        let sameID = git_oid_equal(git_tree_entry_id(old), git_tree_entry_id(new)) == 1
        let oldKind = Kind(oldMode), newKind = Kind(newMode)
        if oldKind != newKind {
            try removed(old)
            try added(new)
        } else if sameID {
            return // same bytes (a change of the executable bit alone is not a new version)
        } else if newKind == .tree {
            try descend(into: new, old: old)
        } else if newKind == .blob {
            try record(new, blob: git_tree_entry_id(new))
        } else {
            try added(new) // a symlink's or submodule's target changed: reported once
        }
    }

    private mutating func added(_ entry: OpaquePointer) throws(GitError) {
        switch Kind(git_tree_entry_filemode(entry)) {
        case .tree: try descend(into: entry, old: nil)
        case .blob: try record(entry, blob: git_tree_entry_id(entry))
        case .link: report(entry, .symlink, onlyIncluded: true)
        case .submodule: report(entry, .submodule, onlyIncluded: false)
        }
    }

    private mutating func removed(_ entry: OpaquePointer) throws(GitError) {
        switch Kind(git_tree_entry_filemode(entry)) {
        case .tree: try descend(into: nil, old: entry)
        case .blob: try record(entry, blob: nil)
        case .link, .submodule: return
        }
    }

    /// Compares the subtrees behind two entries of the same name (either may be absent).
    private mutating func descend(into new: OpaquePointer?, old: OpaquePointer?) throws(GitError) {
        let name = git_tree_entry_name(new ?? old!)!
        let length = prefix.count
        prefix.append(contentsOf: UnsafeRawBufferPointer(start: name, count: strlen(name)))
        prefix.append(UInt8(ascii: "/"))
        defer { prefix.removeSubrange(length...) }
        switch (old, new) {
        case (let old?, let new?):
            let oldTree = try lookup(.tree, git_tree_entry_id(old))
            let newTree = try lookup(.tree, git_tree_entry_id(new))
            try compare(oldTree.pointer, newTree.pointer)
        case (let old?, nil):
            let oldTree = try lookup(.tree, git_tree_entry_id(old))
            try compare(oldTree.pointer, nil)
        case (nil, let new?):
            let newTree = try lookup(.tree, git_tree_entry_id(new))
            try compare(nil, newTree.pointer)
        case (nil, nil):
            return
        }
    }

    /// Adds a revision of the entry's path (blob nil: deleted) when `include` takes the path.
    private mutating func record(_ entry: OpaquePointer, blob: UnsafePointer<git_oid>?) throws(GitError) {
        let bytes = fullPath(entry)
        guard let path = Printable.utf8(bytes) else {
            if blob != nil, include(String(decoding: bytes, as: UTF8.self)) { reportOnce(bytes, .nonUTF8Path) }
            return
        }
        guard include(path) else { return }
        let stamp = currentStamp()
        var revision = FileRevision(commit: stamp.id, commitTime: stamp.time, summary: stamp.summary, blob: nil)
        if let blob {
            let id = GitObjectID(blob.pointee)
            var size = 0
            var type = GIT_OBJECT_INVALID
            let code = git_odb_read_header(&size, &type, odb, blob)
            if code != 0 {
                skipped.append(GitSkip(path: Printable.path(bytes), commit: stamp.id, reason: .unreadableBlob(reason: "blob \(id.hex): \(Libgit2.lastMessage(code))")))
                return
            }
            if size > limits.maxBlobBytes {
                skipped.append(GitSkip(path: Printable.path(bytes), commit: stamp.id, reason: .blobTooLarge(size: size, limit: limits.maxBlobBytes)))
                return
            }
            revision.blob = id
        }
        histories[path, default: []].append(revision)
    }

    private mutating func report(_ entry: OpaquePointer, _ reason: GitSkip.Reason, onlyIncluded: Bool) {
        let bytes = fullPath(entry)
        if onlyIncluded, !include(String(decoding: bytes, as: UTF8.self)) { return }
        reportOnce(bytes, reason)
    }

    private mutating func reportOnce(_ bytes: [UInt8], _ reason: GitSkip.Reason) {
        let skip = GitSkip(path: Printable.path(bytes), commit: currentStamp().id, reason: reason)
        if let line = reported[bytes] {
            skipped[line] = skip // met again in an older commit
        } else {
            reported[bytes] = skipped.count
            skipped.append(skip)
        }
    }

    private func fullPath(_ entry: OpaquePointer) -> [UInt8] {
        let name = git_tree_entry_name(entry)!
        return prefix + UnsafeRawBufferPointer(start: name, count: strlen(name))
    }

    private mutating func currentStamp() -> Stamp {
        if let stamp { return stamp }
        let commit = commit!
        let summary = git_commit_summary(commit).map { Printable.line(String(cString: $0)) } ?? ""
        let made = Stamp(id: GitObjectID(git_commit_id(commit).pointee), time: git_commit_time(commit), summary: summary)
        stamp = made
        return made
    }

    private func lookup(_ kind: Owned.Kind, _ id: UnsafePointer<git_oid>) throws(GitError) -> Owned {
        do { return try Owned(kind, id, in: repository) } catch {
            throw .corruptObject(repository: path, object: error.id, reason: error.message)
        }
    }

    /// git's order of tree entries: bytes compared, a subtree's name followed by "/".
    private static func order(_ a: OpaquePointer, _ b: OpaquePointer) -> Int32 {
        let aName = git_tree_entry_name(a)!, bName = git_tree_entry_name(b)!
        let aLength = strlen(aName), bLength = strlen(bName)
        let common = min(aLength, bLength)
        let byBytes = memcmp(aName, bName, common)
        if byBytes != 0 { return byBytes }
        let aNext = aLength > common ? UInt8(bitPattern: aName[common]) : Kind(git_tree_entry_filemode(a)) == .tree ? UInt8(ascii: "/") : 0
        let bNext = bLength > common ? UInt8(bitPattern: bName[common]) : Kind(git_tree_entry_filemode(b)) == .tree ? UInt8(ascii: "/") : 0
        return Int32(aNext) - Int32(bNext)
    }

    /// What a tree entry holds, by its mode.
    private enum Kind {
        case tree, blob, link, submodule

        init(_ mode: git_filemode_t) {
            switch mode {
            case GIT_FILEMODE_TREE: self = .tree
            case GIT_FILEMODE_LINK: self = .link
            case GIT_FILEMODE_COMMIT: self = .submodule
            default: self = .blob
            }
        }
    }
}
