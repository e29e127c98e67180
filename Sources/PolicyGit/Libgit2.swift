import CGit2

/// libgit2's process-wide set-up and its error reporting.
enum Libgit2 {
    /// `git_libgit2_init`, run once before the first repository is opened.
    static let initialized: Bool = git_libgit2_init() > 0

    /// libgit2's message for the last failed call on this thread, on one line.
    static func lastMessage(_ code: Int32) -> String {
        guard let error = git_error_last(), let message = error.pointee.message else { return "libgit2 error \(code)" }
        return Printable.line(String(cString: message))
    }
}

/// A libgit2 tree, commit or blob, freed when its owner goes away.
struct Owned: ~Copyable {
    enum Kind { case tree, commit, blob }

    let pointer: OpaquePointer
    private let kind: Kind

    /// Looks up the object `id` of `kind`; a failure carries libgit2's code and message.
    init(_ kind: Kind, _ id: UnsafePointer<git_oid>, in repository: OpaquePointer) throws(LookupFailure) {
        var object: OpaquePointer?
        let code = switch kind {
        case .tree: git_tree_lookup(&object, repository, id)
        case .commit: git_commit_lookup(&object, repository, id)
        case .blob: git_blob_lookup(&object, repository, id)
        }
        guard code == 0, let object else { throw LookupFailure(code: code, id: GitObjectID(id.pointee)) }
        self.pointer = object
        self.kind = kind
    }

    deinit {
        switch kind {
        case .tree: git_tree_free(pointer)
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

    init(code: Int32, id: GitObjectID) {
        self.code = code
        self.id = id
        self.message = Libgit2.lastMessage(code)
    }

    /// Whether the object is absent (as past a shallow clone's boundary), not damaged.
    var isMissing: Bool { code == GIT_ENOTFOUND.rawValue }
}
