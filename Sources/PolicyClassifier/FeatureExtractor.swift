import Foundation

/// The blocks of the feature vector. Each block is L2-normalized on its own and scaled by its
/// weight in `FeatureConfig`, so long texts and short texts, words and characters, stay on one
/// scale. The head block (the word n-grams of the first `FeatureConfig.headWords` words) is
/// there when `headWords` is above 0.
public enum FeatureBlock: Int, CaseIterable, Sendable {
    case words = 0
    case characters = 1
    case head = 2
}

/// Per-thread working memory for feature extraction, reused from text to text so that
/// featurizing allocates nothing once it has warmed up. Use one scratch per thread.
public final class FeatureScratch {
    var normalized: [UInt8] = []
    var wordHashes: [UInt64] = []
    let counter = FeatureCounter()

    public init() {
        normalized.reserveCapacity(1024)
        wordHashes.reserveCapacity(256)
    }
}

/// Text -> n-gram counts per block, using `TextNormalizer` and `NGramHasher`.
public struct FeatureExtractor: Sendable {
    public let hasher: NGramHasher

    public init(config: FeatureConfig) {
        hasher = NGramHasher(config: config)
    }

    public var config: FeatureConfig { hasher.config }

    /// Counts the n-grams of `text` block by block: for each block, `body` gets the block and the
    /// counter holding that block's distinct buckets and their term frequencies. Blocks come in
    /// `FeatureBlock` order; the head block only when the config enables it.
    @inline(__always)
    func extract(_ text: String, scratch: FeatureScratch, _ body: (FeatureBlock, FeatureCounter) -> Void) {
        TextNormalizer.normalize(text, into: &scratch.normalized)
        let hasher = self.hasher
        let counter = scratch.counter
        scratch.normalized.withUnsafeBufferPointer { bytes in
            hasher.hashWords(in: bytes, into: &scratch.wordHashes)
        }
        counter.reset()
        scratch.wordHashes.withUnsafeBufferPointer { words in
            hasher.forEachWordNGram(wordHashes: words) { counter.add($0) }
        }
        body(.words, counter)
        counter.reset()
        if !scratch.wordHashes.isEmpty {
            scratch.normalized.withUnsafeBufferPointer { bytes in
                hasher.forEachCharNGram(in: bytes) { counter.add($0) }
            }
        }
        body(.characters, counter)
        let headWords = hasher.config.headWords
        guard headWords > 0 else { return }
        counter.reset()
        scratch.wordHashes.withUnsafeBufferPointer { words in
            hasher.forEachHeadNGram(wordHashes: UnsafeBufferPointer(rebasing: words.prefix(headWords))) { counter.add($0) }
        }
        body(.head, counter)
    }

    /// `1 + ln(tf)`, the sublinear term-frequency weight, for small counts.
    static let sublinearTF: [Float] = (0..<256).map { $0 == 0 ? 0 : 1 + Float(log(Double($0))) }

    /// `1 + ln(count)`.
    @inline(__always)
    static func sublinear(_ count: UInt32) -> Float {
        count < 256 ? sublinearTF[Int(count)] : 1 + Float(log(Double(count)))
    }
}
