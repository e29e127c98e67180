/// LEB128 variable-length unsigned integers: 7 bits a byte, high bit set on all but the last.
enum VarInt {
    @inline(__always)
    static func append(_ value: UInt32, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// Reads one value at `offset`, moving it past the value.
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> UInt32 {
        var b = bytes[offset]
        offset += 1
        if b < 0x80 { return UInt32(b) }
        var value = UInt32(b & 0x7F)
        var shift: UInt32 = 7
        repeat {
            b = bytes[offset]
            offset += 1
            value |= UInt32(b & 0x7F) << shift
            shift += 7
        } while b >= 0x80
        return value
    }
}
