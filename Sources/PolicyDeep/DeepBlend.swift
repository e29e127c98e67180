/// The quality path's rule: `p = w * p_linear + (1 - w) * p_deep` per category, a category
/// assigned when `p >= threshold`, a row with none taking its best category (stored in the
/// model file's metadata as `{"linearWeight": w, "threshold": t}`, with
/// `"perCategory": {"linearWeights": [...], "thresholds": [...]}` when each category has its own).
public struct DeepBlend: Codable, Sendable, Equatable {
    public var linearWeight: Float
    public var threshold: Float
    /// A weight and a threshold per category, in the file's category order: when present they
    /// take the place of ``linearWeight`` and ``threshold``.
    public var perCategory: PerCategory?

    /// Per-category blend parameters.
    public struct PerCategory: Codable, Sendable, Equatable {
        public var linearWeights: [Float]
        public var thresholds: [Float]

        public init(linearWeights: [Float], thresholds: [Float]) {
            self.linearWeights = linearWeights
            self.thresholds = thresholds
        }
    }

    public init(linearWeight: Float, threshold: Float, perCategory: PerCategory? = nil) {
        self.linearWeight = linearWeight
        self.threshold = threshold
        self.perCategory = perCategory
    }

    /// Why the parameters cannot be used for `categories` categories; nil when they can.
    public func problem(categories: Int) -> String? {
        let weights = perCategory?.linearWeights ?? [linearWeight]
        let thresholds = perCategory?.thresholds ?? [threshold]
        if let perCategory, perCategory.linearWeights.count != categories || perCategory.thresholds.count != categories {
            return "its per-category blend has \(perCategory.linearWeights.count) weights and \(perCategory.thresholds.count) thresholds for \(categories) categories"
        }
        if !weights.allSatisfy({ (0...1).contains($0) }) { return "a blend weight is outside 0...1" }
        if !thresholds.allSatisfy({ $0 > 0 && $0 < 1 }) { return "a blend threshold is outside (0, 1)" }
        return nil
    }

    private func weight(_ category: Int) -> Float { perCategory?.linearWeights[category] ?? linearWeight }
    private func threshold(_ category: Int) -> Float { perCategory?.thresholds[category] ?? threshold }

    /// The blended probabilities of one text.
    public func probabilities(linear: [Float], deep: [Float]) -> [Float] {
        zip(linear, deep).enumerated().map { i, pair in weight(i) * pair.0 + (1 - weight(i)) * pair.1 }
    }

    /// `p` on the linear model's scale, where 0.5 is the decision boundary: each category's
    /// threshold maps to 0.5 and each side is stretched linearly onto [0, 0.5] and [0.5, 1].
    /// What reads scores against 0.5 (the extraction's sentence, paragraph and heading blend)
    /// then decides as ``assigned(_:)`` does.
    public func scores(_ p: [Float]) -> [Float] {
        p.enumerated().map { i, value in
            let t = threshold(i)
            return value < t ? 0.5 * value / max(t, .leastNormalMagnitude) : 0.5 + 0.5 * (value - t) / max(1 - t, .leastNormalMagnitude)
        }
    }

    /// The indices of the categories assigned for blended probabilities `p`, ascending; with
    /// none, the one with the highest score (``scores(_:)``).
    public func assigned(_ p: [Float]) -> [Int] {
        let chosen = p.indices.filter { p[$0] >= threshold($0) }
        if !chosen.isEmpty || p.isEmpty { return chosen }
        let scaled = scores(p)
        return [scaled.indices.max { scaled[$0] < scaled[$1] }!]
    }
}
