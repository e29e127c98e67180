/// A trained OPP-115 classifier: hashed word and character n-grams (plus the word n-grams of
/// a segment's first words, its head), sublinear TF-IDF with a per-block L2 norm, and one
/// linear scorer per category with a tuned decision threshold.
///
/// Values are immutable and `Sendable`; share one model between threads, and give each thread
/// its own `FeatureScratch` for the fast prediction calls. Weights are stored quantized (8-bit,
/// one scale per category; IDF as Float16), exactly as in the model file, so a model predicts
/// the same after `save` and `load`.
public struct ClassifierModel: Sendable {
    /// The format version this build writes.
    public static let formatVersion: UInt32 = 2
    /// The format versions this build reads (version 1 has no head block).
    public static let readableFormatVersions: ClosedRange<UInt32> = 1...2

    public let config: FeatureConfig
    /// Per-category intercept.
    public let bias: [Float]
    /// Per-category margin at which the category is assigned.
    public let thresholds: [Float]
    /// Per-category slope of the margin-to-score logistic map.
    public let slopes: [Float]

    /// Stored form: IDF per bucket as Float16 bit patterns.
    let idfBits: [UInt16]
    /// Stored form: weights per bucket, `classCount` per bucket, scaled by `weightScales`.
    let quantizedWeights: [Int8]
    /// Stored form: per-category weight scale.
    let weightScales: [Float]

    /// Working form: one 16-byte row per bucket, so prediction reads one cache line per
    /// feature: the quantized weights of every category in lanes 0..<12, and the bucket's IDF
    /// as a `Float` in lanes 12...15 (see `idfLanes`). Margins are summed over the integer
    /// levels and multiplied by `weightScaleRow` at the end, which also zeroes lanes 12...15.
    let weightRows: [SIMD16<Int8>]
    /// Working form: `weightScales` as one vector (0 in unused lanes).
    let weightScaleRow: SIMD16<Float>
    let extractor: FeatureExtractor
    let rule: DecisionRule

    /// The number of categories (always `OPP115Category.allCases.count`).
    public var classCount: Int { bias.count }

    /// The lanes of a working row that hold the IDF's bytes; categories use the lanes before.
    static let idfLanes = 12...15

    /// The IDF stored in `row` (lanes 12...15, a `Float` bit pattern).
    @inline(__always)
    static func idf(of row: SIMD16<Int8>) -> Float {
        Float(bitPattern: unsafeBitCast(row, to: SIMD4<UInt32>.self)[3])
    }

    /// Builds a model from its stored form (what `load` reads and `Trainer` produces).
    init(
        config: FeatureConfig, idfBits: [UInt16], quantizedWeights: [Int8], weightScales: [Float],
        bias: [Float], thresholds: [Float], slopes: [Float]
    ) {
        let classCount = bias.count
        precondition(classCount <= Self.idfLanes.lowerBound)
        precondition(idfBits.count == config.bucketCount)
        precondition(quantizedWeights.count == config.bucketCount * classCount)
        self.config = config
        self.idfBits = idfBits
        self.quantizedWeights = quantizedWeights
        self.weightScales = weightScales
        self.bias = bias
        self.thresholds = thresholds
        self.slopes = slopes
        var rows = [SIMD16<Int8>](repeating: .zero, count: config.bucketCount)
        quantizedWeights.withUnsafeBufferPointer { quantized in
            for bucket in 0..<config.bucketCount {
                var words = SIMD4<UInt32>.zero
                words[3] = Float(Float16(bitPattern: idfBits[bucket])).bitPattern
                var row = unsafeBitCast(words, to: SIMD16<Int8>.self)
                for category in 0..<classCount { row[category] = quantized[bucket * classCount + category] }
                rows[bucket] = row
            }
        }
        weightRows = rows
        var scaleRow = SIMD16<Float>.zero
        for category in 0..<classCount { scaleRow[category] = weightScales[category] }
        weightScaleRow = scaleRow
        extractor = FeatureExtractor(config: config)
        rule = DecisionRule(thresholds: thresholds, slopes: slopes)
    }

    /// Builds a model from trained floating-point parameters, quantizing them to the stored form.
    package init(
        config: FeatureConfig, idf: [Float], weights: [SIMD16<Float>], bias: [Float],
        thresholds: [Float], slopes: [Float]
    ) {
        let classCount = bias.count
        var scales = [Float](repeating: 1, count: classCount)
        for category in 0..<classCount {
            let largest = weights.reduce(Float(0)) { max($0, abs($1[category])) }
            scales[category] = largest > 0 ? largest / 127 : 1
        }
        var quantized = [Int8](repeating: 0, count: weights.count * classCount)
        for (bucket, row) in weights.enumerated() {
            for category in 0..<classCount {
                let level = (row[category] / scales[category]).rounded(.toNearestOrEven)
                quantized[bucket * classCount + category] = Int8(max(-127, min(127, level)))
            }
        }
        self.init(
            config: config, idfBits: idf.map { Float16($0).bitPattern }, quantizedWeights: quantized,
            weightScales: scales, bias: bias, thresholds: thresholds, slopes: slopes)
    }
}
