import CGit2
import Foundation

/// An open git repository (a working tree or a bare repository), read through libgit2.
/// Calls are serialized by a lock, so one value may be shared between tasks.
public final class GitRepository: @unchecked Sendable {
    /// The path it was opened with.
    public let path: String
    /// Whether it is a shallow clone; a scan then reads the history it has and says where it stops.
    public let isShallow: Bool
    /// Whether it is a bare repository (no working tree).
    public let isBare: Bool

    private let repository: OpaquePointer
    private let lock = NSLock()

    /// Opens the repository at `path` (itself, not a folder above it) and checks that HEAD
    /// names a commit.
    public init(path: String) throws(GitError) {
        _ = Libgit2.initialized
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(repository: path) }
        var repository: OpaquePointer?
        let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue
        let code = git_repository_open_ext(&repository, path, flags, nil)
        guard code == 0, let repository else {
            if code == GIT_ENOTFOUND.rawValue { throw .notARepository(repository: path) }
            throw .cannotOpen(repository: path, reason: Libgit2.lastMessage(code))
        }
        self.repository = repository
        isShallow = git_repository_is_shallow(repository) == 1
        isBare = git_repository_is_bare(repository) == 1
        _ = try headCommit()
    }

    deinit { git_repository_free(repository) }

    /// Whether `path` itself is a git working tree or bare repository (no search upwards).
    public static func isRepository(_ path: String) -> Bool {
        _ = Libgit2.initialized
        return git_repository_open_ext(nil, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil) == 0
    }

    /// Every path that `include` accepts, with its versions along the first-parent history of
    /// HEAD (see `HistoryScanner`).
    public func fileHistories(include: (String) -> Bool, limits: GitLimits = GitLimits()) throws(GitError) -> GitHistoryScan {
        lock.lock()
        defer { lock.unlock() }
        let head = try headCommit()
        let result = withoutActuallyEscaping(include) { include in
            var scanner = HistoryScanner(repository: repository, path: path, include: include, limits: limits, isShallow: isShallow)
            return Result { () throws(GitError) in try scanner.scan(from: head) }
        }
        return try result.get()
    }

    /// The bytes of blob `id`; throws when it is larger than `maxBytes`, missing or damaged.
    public func blob(_ id: GitObjectID, maxBytes: Int) throws(GitError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        var oid = id.oid
        let blob: Owned
        do { blob = try Owned(.blob, &oid, in: repository) } catch {
            if error.isMissing { throw .noSuchBlob(repository: path, object: id) }
            throw .corruptObject(repository: path, object: id, reason: error.message)
        }
        let size = Int(git_blob_rawsize(blob.pointer))
        guard size <= maxBytes else { throw .blobTooLarge(repository: path, object: id, size: size, limit: maxBytes) }
        guard size > 0, let raw = git_blob_rawcontent(blob.pointer) else { return [] }
        return Array(UnsafeRawBufferPointer(start: raw, count: size))
    }

    /// The commit HEAD names (peeled through tags).
    private func headCommit() throws(GitError) -> git_oid {
        var reference: OpaquePointer?
        let code = git_repository_head(&reference, repository)
        guard code == 0, let reference else {
            if code == GIT_EUNBORNBRANCH.rawValue || code == GIT_ENOTFOUND.rawValue { throw .emptyHistory(repository: path) }
            throw .cannotOpen(repository: path, reason: Libgit2.lastMessage(code))
        }
        defer { git_reference_free(reference) }
        var commit: OpaquePointer?
        let peeled = git_reference_peel(&commit, reference, GIT_OBJECT_COMMIT)
        guard peeled == 0, let commit else {
            let target = git_reference_target(reference).map { GitObjectID($0.pointee) }
            if let target { throw .corruptObject(repository: path, object: target, reason: Libgit2.lastMessage(peeled)) }
            throw .cannotOpen(repository: path, reason: Libgit2.lastMessage(peeled))
        }
        defer { git_object_free(commit) }
        return git_object_id(commit).pointee
    }
}
