/// Eight bytes at a time: the word-at-a-time tests the text passes use to skip plain runs.
enum ByteScan {
    /// The eight bytes at `offset` of `bytes` as one little-endian word (`offset + 8 <= count`).
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether one of the eight bytes of `word` is `byte` (the zero-byte test on `word ^ byte`s).
    @inline(__always)
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// Whether one of the eight bytes of `word` is not ASCII.
    @inline(__always)
    static func hasNonASCII(_ word: UInt64) -> Bool { word & 0x8080_8080_8080_8080 != 0 }
}
