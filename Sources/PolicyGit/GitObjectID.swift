import CGit2

/// A git object's name: 40 lowercase hex digits, for a blob the same text as the store's
/// `BlobID` of its bytes (`git hash-object`).
public struct GitObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var hex: String

    public init?(hex: String) {
        guard hex.utf8.count == 40, hex.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        self.hex = hex
    }

    init(_ oid: git_oid) {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(40)
        withUnsafeBytes(of: oid.id) { raw in
            for byte in raw {
                text.append(digits[Int(byte >> 4)])
                text.append(digits[Int(byte & 0x0F)])
            }
        }
        hex = String(decoding: text, as: UTF8.self)
    }

    /// The libgit2 form, for lookups.
    var oid: git_oid {
        var oid = git_oid()
        _ = git_oid_fromstrn(&oid, hex, 40)
        return oid
    }

    public var description: String { hex }
    public static func < (a: GitObjectID, b: GitObjectID) -> Bool { a.hex < b.hex }
}
