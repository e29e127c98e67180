import Foundation

/// The categories a model assigns to one segment, with a probability-like score per category.
public struct Prediction: Sendable, Hashable {
    /// The assigned categories, in `OPP115Category.allCases` order.
    public let labels: [OPP115Category]
    /// Scores in `0...1`, indexed by `OPP115Category.index`. A category is assigned exactly when
    /// its score is at least 0.5, except that a segment with no such category gets its
    /// best-scoring one. A text with no features (empty, or only punctuation) scores 0 everywhere
    /// and gets no labels.
    public let scores: [Float]

    public init(labels: [OPP115Category], scores: [Float]) {
        self.labels = labels
        self.scores = scores
    }

    /// The score of `category`.
    public func score(for category: OPP115Category) -> Float { scores[category.index] }

    /// The scores keyed by category.
    public var scoresByCategory: [OPP115Category: Float] {
        Dictionary(uniqueKeysWithValues: OPP115Category.allCases.map { ($0, scores[$0.index]) })
    }

    /// The assigned categories as a set.
    public var labelSet: Set<OPP115Category> { Set(labels) }
}

/// Turns per-category margins (raw linear scores) into a `Prediction`.
struct DecisionRule: Sendable {
    /// Per-category margin at which a category is assigned (score 0.5).
    var thresholds: [Float]
    /// Per-category slope of the logistic map from margin to score.
    var slopes: [Float]

    /// Score of category `index` for `margin`: `1 / (1 + exp(-slope * (margin - threshold)))`;
    /// 0 where that is not a number (a margin that overflowed to infinity times a zero slope).
    @inline(__always)
    func score(_ margin: Float, category index: Int) -> Float {
        let score = 1 / (1 + exp(-slopes[index] * (margin - thresholds[index])))
        return score.isNaN ? 0 : score
    }

    /// The label bit mask for `margins`: every category at or above its threshold, else the one
    /// closest to (in score terms) its threshold.
    @inline(__always)
    func labelMask(margins: UnsafeBufferPointer<Float>, classCount: Int) -> UInt16 {
        var mask: UInt16 = 0
        var best = 0
        var bestValue = -Float.infinity
        for index in 0..<classCount {
            let distance = margins[index] - thresholds[index]
            if distance >= 0 { mask |= 1 << UInt16(index) }
            let value = distance * slopes[index]
            if value > bestValue {
                bestValue = value
                best = index
            }
        }
        return mask == 0 ? 1 << UInt16(best) : mask
    }

    func prediction(margins: UnsafeBufferPointer<Float>, hasFeatures: Bool) -> Prediction {
        let classCount = thresholds.count
        guard hasFeatures else {
            return Prediction(labels: [], scores: [Float](repeating: 0, count: classCount))
        }
        let mask = labelMask(margins: margins, classCount: classCount)
        var labels: [OPP115Category] = []
        var scores = [Float](repeating: 0, count: classCount)
        for index in 0..<classCount {
            scores[index] = score(margins[index], category: index)
            if mask & (1 << UInt16(index)) != 0 { labels.append(OPP115Category(index: index)) }
        }
        return Prediction(labels: labels, scores: scores)
    }
}
