/// Raw file bytes -> UTF-8 with `\n` line ends: BOMs dropped, UTF-16 decoded, invalid UTF-8
/// replaced (with a warning), binary files refused.
enum SourceDecoder {
    struct Decoded {
        var bytes: [UInt8]
        var warnings: [String]
    }

    /// Files whose first 64 KiB hold a NUL byte are binary.
    static let binaryProbe = 65_536

    static func decode(_ raw: [UInt8]) throws(LoadError) -> Decoded {
        var warnings: [String] = []
        var bytes: [UInt8]
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            bytes = utf16(raw)
            warnings.append("UTF-16 text converted to UTF-8")
        } else {
            if let nul = raw.prefix(binaryProbe).firstIndex(of: 0) { throw .binary(nulAt: nul) }
            let body = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw
            let (valid, invalidCount, firstInvalid) = repairUTF8(body)
            bytes = valid
            if invalidCount > 0 {
                warnings.append("invalid UTF-8 at byte \(firstInvalid) (\(invalidCount) sequence\(invalidCount == 1 ? "" : "s") replaced with U+FFFD)")
            }
        }
        bytes = normalizeLineEnds(bytes)
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) else { throw .empty }
        return Decoded(bytes: bytes, warnings: warnings)
    }

    /// Copies valid UTF-8 through and replaces each maximal invalid sequence with U+FFFD.
    static func repairUTF8(_ bytes: [UInt8]) -> (bytes: [UInt8], invalid: Int, first: Int) {
        if String(validating: bytes, as: UTF8.self) != nil { return (bytes, 0, -1) }
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
        guard bytes.contains(0x0D) else { return bytes }
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
