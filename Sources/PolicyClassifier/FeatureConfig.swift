/// How text becomes hashed features: which n-grams, how many hash buckets, which hash seed.
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

    public init(
        bucketBits: Int = 18, wordNGrams: ClosedRange<Int> = 1...3, charNGrams: ClosedRange<Int> = 2...5,
        hashSeed: UInt64 = 0x5EED_0115, wordBlockWeight: Float = 1, charBlockWeight: Float = 1
    ) {
        self.bucketBits = bucketBits
        self.wordNGrams = wordNGrams
        self.charNGrams = charNGrams
        self.hashSeed = hashSeed
        self.wordBlockWeight = wordBlockWeight
        self.charBlockWeight = charBlockWeight
    }

    /// The number of hash buckets.
    public var bucketCount: Int { 1 << bucketBits }

    /// Limits that keep hashing and the model file sane.
    static let bucketBitsRange = 8...24
    static let maxNGram = 8

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
    }
}
