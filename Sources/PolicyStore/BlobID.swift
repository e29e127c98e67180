import CNettle

/// Git's name for a file's contents: the SHA-1 of `blob <size>\0<bytes>` in lowercase hex,
/// so a file on disk and the same bytes in a git history share one key (`git hash-object`).
public enum BlobID {
    public static func of(_ bytes: [UInt8]) -> String {
        var context = sha1_ctx()
        nettle_sha1_init(&context)
        let header = Array("blob \(bytes.count)\0".utf8)
        header.withUnsafeBufferPointer { nettle_sha1_update(&context, $0.count, $0.baseAddress) }
        bytes.withUnsafeBufferPointer { nettle_sha1_update(&context, $0.count, $0.baseAddress) }
        var digest = [UInt8](repeating: 0, count: Int(SHA1_DIGEST_SIZE))
        digest.withUnsafeMutableBufferPointer { nettle_sha1_digest(&context, $0.count, $0.baseAddress) }
        return hex(digest)
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
