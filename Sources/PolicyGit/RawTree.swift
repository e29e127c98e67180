import CGit2

/// A tree object's bytes straight from the object database, its entries read in place
/// (`MODE SP NAME NUL 20-byte-id`, repeated): no parsed copy and no allocation per entry.
package struct RawTree: ~Copyable {
    private let object: OpaquePointer
    private let bytes: UnsafeRawBufferPointer

    init(_ id: UnsafePointer<git_oid>, in odb: OpaquePointer) throws(LookupFailure) {
        var object: OpaquePointer?
        let code = git_odb_read(&object, odb, id)
        guard code == 0, let object else { throw LookupFailure(code: code, id: GitObjectID(id.pointee)) }
        guard git_odb_object_type(object) == GIT_OBJECT_TREE else {
            git_odb_object_free(object)
            throw LookupFailure(code: GIT_EINVALID.rawValue, id: GitObjectID(id.pointee), message: "not a tree")
        }
        self.object = object
        self.bytes = UnsafeRawBufferPointer(start: git_odb_object_data(object), count: git_odb_object_size(object))
    }

    deinit { git_odb_object_free(object) }

    /// The entries in stored (git) order; nil at the end, or where the bytes are malformed
    /// (`malformed` then says so).
    var cursor: Cursor { Cursor(bytes: bytes) }

    package struct Entry {
        /// Octal mode, as stored (40000 for a tree).
        package var mode: UInt32
        package var name: UnsafeRawBufferPointer
        package var id: UnsafePointer<git_oid>

        package var kind: EntryKind {
            switch mode {
            case 0o040000: .tree
            case 0o120000: .link
            case 0o160000: .submodule
            default: .blob
            }
        }
    }

    package struct Cursor {
        let bytes: UnsafeRawBufferPointer
        var offset = 0
        package private(set) var malformed = false

        package init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        package mutating func next() -> Entry? {
            guard offset < bytes.count else { return nil }
            var mode: UInt32 = 0
            var i = offset
            while i < bytes.count, bytes[i] != 0x20 {
                let digit = bytes[i] &- 0x30
                guard digit < 8 else { malformed = true; return nil }
                mode = mode << 3 | UInt32(digit)
                i += 1
            }
            let nameStart = i + 1
            var end = nameStart
            while end < bytes.count, bytes[end] != 0 { end += 1 }
            guard end > nameStart, end + 21 <= bytes.count else { malformed = true; return nil }
            offset = end + 21
            let id = (bytes.baseAddress! + end + 1).assumingMemoryBound(to: git_oid.self)
            return Entry(mode: mode, name: UnsafeRawBufferPointer(rebasing: bytes[nameStart..<end]), id: id)
        }
    }
}

/// What a tree entry holds, by its mode.
package enum EntryKind {
    case tree, blob, link, submodule
}
