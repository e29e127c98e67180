/// How text becomes hashed features: which n-grams, how many hash buckets, which hash seed,
/// and the weight of each block (words, characters, head).
///
/// Stored in every model file, so a model always featurizes text the way it was trained.
public struct FeatureConfig: Sendable, Hashable, Codable {
    /// Hash buckets are `1 << bucketBits` (shared by word and character n-grams).
    public var bucketBits: Int
    /// Word n-gram lengths, e.g. 1...3 for unigrams, bigrams and trigrams.
    public var wordNGrams: ClosedRange<Int>
    /// Character n-gram lengths over the normalized text, e.g. 2...5.
    public var charNGrams: ClosedRange<Int>
    /// Seed of the n-gram hash.
    public var hashSeed: UInt64
    /// Scale of the L2-normalized word block in the feature vector.
    public var wordBlockWeight: Float
    /// Scale of the L2-normalized character block in the feature vector.
    public var charBlockWeight: Float
    /// Words at the start of a segment that also form the head block (its word unigrams and
    /// bigrams, hashed apart from the body's); 0 turns the block off. Segments often open with
    /// a heading, so the same words weigh differently there.
    public var headWords: Int
    /// Scale of the L2-normalized head block in the feature vector.
    public var headBlockWeight: Float

    public init(
        bucketBits: Int = 18, wordNGrams: ClosedRange<Int> = 1...3, charNGrams: ClosedRange<Int> = 2...5,
        hashSeed: UInt64 = 0x5EED_0115, wordBlockWeight: Float = 1, charBlockWeight: Float = 1,
        headWords: Int = 12, headBlockWeight: Float = 0.5
    ) {
        self.headWords = headWords
        self.headBlockWeight = headBlockWeight
        self.bucketBits = bucketBits
        self.wordNGrams = wordNGrams
        self.charNGrams = charNGrams
        self.hashSeed = hashSeed
        self.wordBlockWeight = wordBlockWeight
        self.charBlockWeight = charBlockWeight
    }

    /// The scale of `block` in the feature vector.
    @inline(__always)
    public func weight(of block: FeatureBlock) -> Float {
        switch block {
        case .words: wordBlockWeight
        case .characters: charBlockWeight
        case .head: headBlockWeight
        }
    }

    /// The number of hash buckets.
    public var bucketCount: Int { 1 << bucketBits }

    /// Limits that keep hashing and the model file sane.
    static let bucketBitsRange = 8...24
    static let maxNGram = 8
    static let maxHeadWords = 64

    /// Checks the settings; `validate` runs before training and after loading a model.
    func validate() throws(ClassifierError) {
        guard Self.bucketBitsRange.contains(bucketBits) else {
            throw .invalidTrainingData(reason: "bucket bits must be in \(Self.bucketBitsRange), not \(bucketBits)")
        }
        guard wordNGrams.lowerBound >= 1, wordNGrams.upperBound <= Self.maxNGram,
            charNGrams.lowerBound >= 1, charNGrams.upperBound <= Self.maxNGram
        else {
            throw .invalidTrainingData(reason: "n-gram lengths must be within 1...\(Self.maxNGram)")
        }
        guard (0...Self.maxHeadWords).contains(headWords) else {
            throw .invalidTrainingData(reason: "head words must be in 0...\(Self.maxHeadWords), not \(headWords)")
        }
        guard [wordBlockWeight, charBlockWeight, headBlockWeight].allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw .invalidTrainingData(reason: "block weights must be finite and not negative")
        }
    }
}
