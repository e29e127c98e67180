extension Unicode.Scalar {
    /// White space, with an ASCII fast path (`properties.isWhitespace` is a table look-up that
    /// dominated parsing time).
    @inlinable public var isSpaceFast: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A letter or digit, with an ASCII fast path.
    @inlinable public var isAlphanumericFast: Bool {
        let v = value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        return properties.isAlphabetic || properties.numericType != nil
    }
}

extension String {
    /// `unicodeScalars.count`, counted from the UTF-8 bytes (every byte that does not continue
    /// a sequence starts a scalar): a tight loop instead of decoding each scalar.
    @inlinable public var scalarCountFast: Int {
        utf8.withContiguousStorageIfAvailable { bytes in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        } ?? unicodeScalars.count
    }
}
