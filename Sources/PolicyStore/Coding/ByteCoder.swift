import PolicyModel

/// Writes the store's compact binary form: LEB128 integers (zig-zag for signed ones) and
/// length-prefixed UTF-8 strings.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func uint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ value: Int) {
        let v = Int64(value)
        uint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func double(_ value: Double) { uint(value.bitPattern) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            uint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// 0 for nil, else 1 and the string.
    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }
}

/// Reads what ``ByteWriter`` wrote; every read checks the end, so a damaged value throws
/// instead of trapping.
struct ByteReader {
    struct Truncated: Error {}

    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func uint() throws(Truncated) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Truncated() }
            let b = bytes[offset]
            offset += 1
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Truncated) -> Int {
        let v = try uint()
        return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
    }

    /// A count of items to follow, no larger than the bytes left (each item takes one at least).
    mutating func count() throws(Truncated) -> Int {
        let n = try uint()
        guard n <= UInt64(bytes.count - offset) else { throw Truncated() }
        return Int(n)
    }

    mutating func bool() throws(Truncated) -> Bool {
        guard offset < bytes.count else { throw Truncated() }
        defer { offset += 1 }
        return bytes[offset] != 0
    }

    mutating func double() throws(Truncated) -> Double { Double(bitPattern: try uint()) }

    mutating func string() throws(Truncated) -> String {
        let n = try count()
        defer { offset += n }
        return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }

    mutating func optional() throws(Truncated) -> String? {
        try bool() ? try string() : nil
    }

    /// A range written as its start and its length: both non-negative, the end no larger than
    /// `limit` and than `TextRange`'s 32 bits (a damaged range throws here instead of trapping).
    mutating func range(limit: Int = Int(UInt32.max)) throws(Truncated) -> TextRange {
        let limit = min(limit, Int(UInt32.max))
        let start = try int(), length = try int()
        guard start >= 0, length >= 0, length <= limit, start <= limit - length else { throw Truncated() }
        return TextRange(start: start, end: start + length)
    }
}
