/// Hashes the word and character n-grams of normalized text (see `TextNormalizer`) straight
/// from its bytes into bucket indices, without building a string per n-gram.
///
/// Character n-grams: FNV-1a (64-bit) is extended one byte at a time from each start
/// position, so all lengths starting at one position cost one pass. Word n-grams: each word
/// gets an FNV-1a hash, and an n-gram combines the hashes of its words. Every hash goes
/// through a 64-bit finalizer (from SplitMix64) and its top `bucketBits` bits pick the bucket.
/// Word and character n-grams use different seeds, so the same bytes land in unrelated buckets.
public struct NGramHasher: Sendable {
    public let config: FeatureConfig
    private let shift: UInt64
    private let wordSeed: UInt64
    private let charSeed: UInt64

    public init(config: FeatureConfig) {
        self.config = config
        self.shift = UInt64(64 - config.bucketBits)
        self.wordSeed = Self.finalize(config.hashSeed ^ 0x776F_7264_7320_2020)  // "words   "
        self.charSeed = Self.finalize(config.hashSeed ^ 0x6368_6172_7320_2020)  // "chars   "
    }

    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// The SplitMix64 finalizer: spreads every input bit over the whole word.
    @inline(__always)
    static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    private func bucket(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: Self.finalize(hash) >> shift)
    }

    /// Calls `body` with the bucket of every character n-gram of `bytes`, in order of start
    /// position, then length.
    @inline(__always)
    public func forEachCharNGram(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        let count = bytes.count
        let minLength = config.charNGrams.lowerBound
        let maxLength = config.charNGrams.upperBound
        guard count >= minLength else { return }
        for start in 0...(count - minLength) {
            var hash = charSeed ^ Self.fnvOffset
            let end = min(count, start + maxLength)
            var position = start
            while position < end {
                hash = (hash ^ UInt64(bytes[position])) &* Self.fnvPrime
                position += 1
                if position - start >= minLength { body(bucket(hash &+ UInt64(position - start))) }
            }
        }
    }

    /// Writes the hash of each word of `bytes` to `wordHashes` (emptied first).
    @inline(__always)
    public func hashWords(in bytes: UnsafeBufferPointer<UInt8>, into wordHashes: inout [UInt64]) {
        wordHashes.removeAll(keepingCapacity: true)
        var hash = wordSeed
        var inWord = false
        for byte in bytes {
            if byte == UInt8(ascii: " ") {
                if inWord { wordHashes.append(hash) }
                hash = wordSeed
                inWord = false
            } else {
                hash = (hash ^ UInt64(byte)) &* Self.fnvPrime
                inWord = true
            }
        }
        if inWord { wordHashes.append(hash) }
    }

    /// Calls `body` with the bucket of every word n-gram, given the word hashes from
    /// `hashWords(in:into:)`.
    @inline(__always)
    public func forEachWordNGram(wordHashes: UnsafeBufferPointer<UInt64>, _ body: (UInt32) -> Void) {
        let count = wordHashes.count
        let minLength = config.wordNGrams.lowerBound
        let maxLength = config.wordNGrams.upperBound
        for start in 0..<count {
            var hash: UInt64 = 0
            let end = min(count, start + maxLength)
            var position = start
            while position < end {
                hash = ((hash << 23) | (hash >> 41)) &* 0x9E37_79B9_7F4A_7C15 ^ wordHashes[position]
                position += 1
                if position - start >= minLength { body(bucket(hash &+ UInt64(position - start))) }
            }
        }
    }

    /// Calls `body` with the bucket of every word unigram and bigram of `wordHashes` (the head
    /// of a segment), salted so they land apart from the same n-grams in the body.
    @inline(__always)
    public func forEachHeadNGram(wordHashes: UnsafeBufferPointer<UInt64>, _ body: (UInt32) -> Void) {
        let salt: UInt64 = 0x6865_6164_2020_2020  // "head    "
        for start in wordHashes.indices {
            var hash = salt
            for position in start..<min(wordHashes.count, start + 2) {
                hash = ((hash << 23) | (hash >> 41)) &* 0x9E37_79B9_7F4A_7C15 ^ wordHashes[position]
                body(bucket(hash &+ UInt64(position - start + 1)))
            }
        }
    }
}
