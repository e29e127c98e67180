import CGit2

/// libgit2's process-wide set-up and its error reporting.
enum Libgit2 {
    /// `git_libgit2_init`, run once before the first repository is opened, with memory bounded:
    /// the object cache is off (a scan reads each object once and carries what it reuses; the
    /// cache only grew, to 256 MB on a 40,000-commit history, without making the scan faster),
    /// and packs are mapped 16 MiB at a time, at most 64 MiB at once (not the whole pack:
    /// peak RSS 121 MB instead of 318 MB on that history, same CPU time). Objects read are not
    /// hashed again to check their ids (git does not either; a quarter of the scan's time):
    /// damage still shows as a zlib or parse failure.
    static let initialized: Bool = {
        let ready = git_libgit2_init() > 0
        _ = cgit2_set_caching(0)
        _ = cgit2_set_strict_hash_verification(0)
        _ = cgit2_set_mwindow_size(16 << 20)
        _ = cgit2_set_mwindow_mapped_limit(64 << 20)
        return ready
    }()

    /// libgit2's message for the last failed call on this thread, on one line.
    static func lastMessage(_ code: Int32) -> String {
        guard let error = git_error_last(), let message = error.pointee.message else { return "libgit2 error \(code)" }
        return Printable.line(String(cString: message))
    }
}

/// A libgit2 commit or blob, freed when its owner goes away.
struct Owned: ~Copyable {
    enum Kind { case commit, blob }

    let pointer: OpaquePointer
    private let kind: Kind

    /// Looks up the object `id` of `kind`; a failure carries libgit2's code and message.
    init(_ kind: Kind, _ id: UnsafePointer<git_oid>, in repository: OpaquePointer) throws(LookupFailure) {
        var object: OpaquePointer?
        let code = switch kind {
        case .commit: git_commit_lookup(&object, repository, id)
        case .blob: git_blob_lookup(&object, repository, id)
        }
        guard code == 0, let object else { throw LookupFailure(code: code, id: GitObjectID(id.pointee)) }
        self.pointer = object
        self.kind = kind
    }

    deinit {
        switch kind {
        case .commit: git_commit_free(pointer)
        case .blob: git_blob_free(pointer)
        }
    }
}

/// A lookup that failed: which object, libgit2's code and its message (read at once).
struct LookupFailure: Error {
    var code: Int32
    var id: GitObjectID
    var message: String

    init(code: Int32, id: GitObjectID, message: String? = nil) {
        self.code = code
        self.id = id
        self.message = message ?? Libgit2.lastMessage(code)
    }

    /// Whether the object is absent (as past a shallow clone's boundary), not damaged.
    var isMissing: Bool { code == GIT_ENOTFOUND.rawValue }
}
