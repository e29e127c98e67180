#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw file bytes -> UTF-8 with `\n` line ends: BOMs dropped, UTF-16 decoded, invalid UTF-8
/// replaced (with a warning), binary files refused.
enum SourceDecoder {
    struct Decoded {
        var bytes: [UInt8]
        var warnings: [String]
    }

    /// Files whose first 64 KiB hold a NUL byte are binary.
    static let binaryProbe = 65_536

    /// Consumes `raw`: valid UTF-8 with `\n` line ends and no BOM comes back in the same buffer.
    static func decode(_ raw: consuming [UInt8]) throws(LoadError) -> Decoded {
        var warnings: [String] = []
        var bytes: [UInt8]
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            bytes = utf16(raw)
            warnings.append("UTF-16 text converted to UTF-8")
        } else {
            if let nul = firstNUL(raw, within: binaryProbe) { throw .binary(nulAt: nul) }
            if raw.starts(with: [0xEF, 0xBB, 0xBF]) { raw.removeFirst(3) }
            let (valid, invalidCount, firstInvalid) = repairUTF8(raw)
            bytes = valid
            if invalidCount > 0 {
                warnings.append("invalid UTF-8 at byte \(firstInvalid) (\(invalidCount) sequence\(invalidCount == 1 ? "" : "s") replaced with U+FFFD)")
            }
        }
        bytes = normalizeLineEnds(bytes)
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) else { throw .empty }
        return Decoded(bytes: bytes, warnings: warnings)
    }

    /// The offset of the first NUL byte among the first `limit` bytes (memchr), if any.
    static func firstNUL(_ bytes: [UInt8], within limit: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, min(buffer.count, limit)) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }

    /// Copies valid UTF-8 through and replaces each maximal invalid sequence with U+FFFD.
    static func repairUTF8(_ bytes: [UInt8]) -> (bytes: [UInt8], invalid: Int, first: Int) {
        if isValidUTF8(bytes) { return (bytes, 0, -1) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var invalid = 0
        var first = -1
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                out.append(contentsOf: encoded)
                offset += encoded.count
            case .error(let length):
                if first < 0 { first = offset }
                invalid += 1
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return (out, invalid, first)
    }

    /// Whether `bytes` is well-formed UTF-8 (Unicode's table 3-7, as `String(validating:)`
    /// judges it), told without copying them: ASCII eight bytes at a time.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let n = buffer.count
            var i = 0
            while i < n {
                if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = base[i]
                if b < 0x80 { i += 1; continue }
                let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
                guard length > 0, i + length <= n else { return false }
                let second = base[i + 1]
                let (low, high): (UInt8, UInt8) = switch b {
                case 0xE0: (0xA0, 0xBF)
                case 0xED: (0x80, 0x9F)
                case 0xF0: (0x90, 0xBF)
                case 0xF4: (0x80, 0x8F)
                default: (0x80, 0xBF)
                }
                guard second >= low, second <= high else { return false }
                for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return false }
                i += length
            }
            return true
        }
    }

    private static func utf16(_ raw: [UInt8]) -> [UInt8] {
        let littleEndian = raw[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(raw.count / 2)
        var i = 2
        while i + 1 < raw.count {
            units.append(littleEndian ? UInt16(raw[i]) | UInt16(raw[i + 1]) << 8 : UInt16(raw[i]) << 8 | UInt16(raw[i + 1]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// CRLF and lone CR become LF.
    static func normalizeLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.withUnsafeBufferPointer({ $0.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }
}
