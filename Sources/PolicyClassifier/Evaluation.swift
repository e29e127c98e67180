/// Multi-label scores of predicted label sets against true ones: per-category precision,
/// recall and F1, micro-F1 (pooled counts) and macro-F1 (mean of per-category F1).
public struct Evaluation: Sendable, Hashable, Codable {
    /// The counts and scores of one category.
    public struct ClassScores: Sendable, Hashable, Codable {
        public var category: OPP115Category
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int

        /// Segments that truly carry the category.
        public var support: Int { truePositives + falseNegatives }
        public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { Self.ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

        static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
            denominator == 0 ? 0 : Double(numerator) / Double(denominator)
        }
    }

    /// One entry per category, in `OPP115Category.allCases` order.
    public var classes: [ClassScores]
    /// The number of segments scored.
    public var segmentCount: Int

    /// Compares `predicted` with `truth`, segment by segment (the arrays must be equally long).
    public init(truth: [Set<OPP115Category>], predicted: [Set<OPP115Category>]) {
        precondition(truth.count == predicted.count, "truth and predictions differ in length")
        self.init(truthMasks: LabelMatrix(truth).masks, predictedMasks: LabelMatrix(predicted).masks)
    }

    /// The same from label bit masks.
    init(truthMasks: [UInt16], predictedMasks: [UInt16]) {
        segmentCount = truthMasks.count
        classes = OPP115Category.allCases.map { category in
            let bit: UInt16 = 1 << UInt16(category.index)
            var scores = ClassScores(category: category, truePositives: 0, falsePositives: 0, falseNegatives: 0)
            for (truth, predicted) in zip(truthMasks, predictedMasks) {
                switch (truth & bit != 0, predicted & bit != 0) {
                case (true, true): scores.truePositives += 1
                case (false, true): scores.falsePositives += 1
                case (true, false): scores.falseNegatives += 1
                case (false, false): break
                }
            }
            return scores
        }
    }

    /// F1 over the pooled counts of all categories.
    public var microF1: Double {
        let truePositives = classes.reduce(0) { $0 + $1.truePositives }
        let errors = classes.reduce(0) { $0 + $1.falsePositives + $1.falseNegatives }
        return ClassScores.ratio(2 * truePositives, 2 * truePositives + errors)
    }

    /// Precision over the pooled counts of all categories.
    public var microPrecision: Double {
        let truePositives = classes.reduce(0) { $0 + $1.truePositives }
        return ClassScores.ratio(truePositives, truePositives + classes.reduce(0) { $0 + $1.falsePositives })
    }

    /// Recall over the pooled counts of all categories.
    public var microRecall: Double {
        let truePositives = classes.reduce(0) { $0 + $1.truePositives }
        return ClassScores.ratio(truePositives, truePositives + classes.reduce(0) { $0 + $1.falseNegatives })
    }

    /// The unweighted mean of the per-category F1 scores.
    public var macroF1: Double {
        classes.isEmpty ? 0 : classes.reduce(0) { $0 + $1.f1 } / Double(classes.count)
    }

    /// The scores of `category`.
    public func scores(for category: OPP115Category) -> ClassScores { classes[category.index] }
}

extension ClassifierModel {
    /// Classifies every segment of `segments` and scores the result against their labels.
    public func evaluate(on segments: [LabeledSegment]) -> Evaluation {
        let scratch = FeatureScratch()
        return Evaluation(
            truthMasks: LabelMatrix(segments.map(\.labels)).masks,
            predictedMasks: segments.map { labelMask($0.text, using: scratch) })
    }
}
