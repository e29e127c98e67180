import CGit2

/// Walks HEAD's first-parent chain from the newest commit to the root, comparing each commit's
/// tree with its parent's entry by entry and descending only into subtrees whose ids differ
/// (what `git log --first-parent --name-only` does), so the cost follows what changed, not the
/// size of the trees. Trees are read raw (`RawTree`); each commit and root tree is read once
/// (the parent's are carried to the next step) and no tree outlives its step, so memory holds
/// the revisions found and nothing per commit. Revisions are collected newest first and
/// reversed at the end.
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

        var headID = head
        var current = try commit(&headID)
        var currentTree = try tree(git_commit_tree_id(current.pointer))
        defer { commit = nil }
        while true {
            commitCount += 1
            commit = current.pointer
            stamp = nil
            prefix.removeAll(keepingCapacity: true)
            guard git_commit_parentcount(current.pointer) > 0 else {
                try compare(nil, currentTree.cursor)
                break
            }
            var parentID = git_commit_parent_id(current.pointer, 0).pointee
            let parent: Owned
            do {
                parent = try Owned(.commit, &parentID, in: repository)
            } catch {
                let here = GitObjectID(git_commit_id(current.pointer).pointee)
                let cut = GitSkip.Reason.historyCut(parent: error.id, shallow: isShallow && error.isMissing, reason: error.message)
                skipped.append(GitSkip(path: "", commit: here, reason: cut))
                try compare(nil, currentTree.cursor)
                break
            }
            let parentTreeID = git_commit_tree_id(parent.pointer)!
            if git_oid_equal(parentTreeID, git_commit_tree_id(current.pointer)) == 0 {
                let parentTree = try tree(parentTreeID)
                try compare(parentTree.cursor, currentTree.cursor)
                currentTree = parentTree
            }
            current = parent
        }
        let files = histories.map { FileHistory(path: $0.key, revisions: $0.value.reversed()) }.sorted { $0.path < $1.path }
        return GitHistoryScan(files: files, skipped: skipped, commitCount: commitCount, isShallow: isShallow)
    }

    /// Merges the two trees' entries in git's order (a subtree sorts as if its name ended in
    /// "/"); equal names with equal ids and modes are skipped without reading them.
    private mutating func compare(_ old: RawTree.Cursor?, _ new: RawTree.Cursor?) throws(GitError) {
        var old = old, new = new
        var oldEntry = old?.next(), newEntry = new?.next()
        while oldEntry != nil || newEntry != nil {
            let order: Int
            if let oldEntry, let newEntry { order = Self.order(oldEntry, newEntry) } else { order = oldEntry == nil ? 1 : -1 }
            if order < 0 {
                try removed(oldEntry!)
                oldEntry = old?.next()
            } else if order > 0 {
                try added(newEntry!)
                newEntry = new?.next()
            } else {
                try changed(oldEntry!, newEntry!)
                oldEntry = old?.next()
                newEntry = new?.next()
            }
        }
        for cursor in [old, new] where cursor?.malformed == true {
            throw .corruptObject(repository: path, object: currentStamp().id, reason: "a malformed tree under \(Printable.path(prefix))")
        }
    }

    private mutating func changed(_ old: RawTree.Entry, _ new: RawTree.Entry) throws(GitError) {
        let oldKind = old.kind, newKind = new.kind
        if oldKind != newKind {
            try removed(old)
            try added(new)
        } else if git_oid_equal(old.id, new.id) == 1 {
            return // same bytes (a change of the executable bit alone is not a new version)
        } else if newKind == .tree {
            try descend(new, old: old)
        } else if newKind == .blob {
            try record(new, blob: new.id)
        } else {
            try added(new) // a symlink's or submodule's target changed: reported once
        }
    }

    private mutating func added(_ entry: RawTree.Entry) throws(GitError) {
        switch entry.kind {
        case .tree: try descend(entry, old: nil)
        case .blob: try record(entry, blob: entry.id)
        case .link: report(entry, .symlink, onlyIncluded: true)
        case .submodule: report(entry, .submodule, onlyIncluded: false)
        }
    }

    private mutating func removed(_ entry: RawTree.Entry) throws(GitError) {
        switch entry.kind {
        case .tree: try descend(nil, old: entry)
        case .blob: try record(entry, blob: nil)
        case .link, .submodule: return
        }
    }

    /// Compares the subtrees behind two entries of the same name (either may be absent).
    private mutating func descend(_ new: RawTree.Entry?, old: RawTree.Entry?) throws(GitError) {
        let length = prefix.count
        prefix.append(contentsOf: (new ?? old)!.name)
        prefix.append(UInt8(ascii: "/"))
        defer { prefix.removeSubrange(length...) }
        switch (old, new) {
        case (let old?, let new?):
            let oldTree = try tree(old.id)
            let newTree = try tree(new.id)
            try compare(oldTree.cursor, newTree.cursor)
        case (let old?, nil):
            let oldTree = try tree(old.id)
            try compare(oldTree.cursor, nil)
        case (nil, let new?):
            let newTree = try tree(new.id)
            try compare(nil, newTree.cursor)
        case (nil, nil):
            return
        }
    }

    /// Adds a revision of the entry's path (blob nil: deleted) when `include` takes the path.
    private mutating func record(_ entry: RawTree.Entry, blob: UnsafePointer<git_oid>?) throws(GitError) {
        let bytes = prefix + entry.name
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

    private mutating func report(_ entry: RawTree.Entry, _ reason: GitSkip.Reason, onlyIncluded: Bool) {
        let bytes = prefix + entry.name
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

    private mutating func currentStamp() -> Stamp {
        if let stamp { return stamp }
        let commit = commit!
        let summary = git_commit_summary(commit).map { Printable.line(String(cString: $0)) } ?? ""
        let made = Stamp(id: GitObjectID(git_commit_id(commit).pointee), time: git_commit_time(commit), summary: summary)
        stamp = made
        return made
    }

    private func commit(_ id: UnsafePointer<git_oid>) throws(GitError) -> Owned {
        do { return try Owned(.commit, id, in: repository) } catch {
            throw .corruptObject(repository: path, object: error.id, reason: error.message)
        }
    }

    private func tree(_ id: UnsafePointer<git_oid>) throws(GitError) -> RawTree {
        do { return try RawTree(id, in: odb!) } catch {
            throw .corruptObject(repository: path, object: error.id, reason: error.message)
        }
    }

    /// git's order of tree entries: bytes compared, a subtree's name followed by "/".
    private static func order(_ a: RawTree.Entry, _ b: RawTree.Entry) -> Int {
        let common = min(a.name.count, b.name.count)
        for i in 0..<common where a.name[i] != b.name[i] {
            return Int(a.name[i]) - Int(b.name[i])
        }
        let aNext: UInt8 = a.name.count > common ? a.name[common] : a.kind == .tree ? UInt8(ascii: "/") : 0
        let bNext: UInt8 = b.name.count > common ? b.name[common] : b.kind == .tree ? UInt8(ascii: "/") : 0
        return Int(aNext) - Int(bNext)
    }
}
