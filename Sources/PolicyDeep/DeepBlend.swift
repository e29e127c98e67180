/// The quality path's rule: `p = w * p_linear + (1 - w) * p_deep` per category, a category
/// assigned when `p >= threshold`, a row with none taking its highest `p` (stored in the
/// model file's metadata as `{"linearWeight": w, "threshold": t}`).
public struct DeepBlend: Codable, Sendable, Equatable {
    public var linearWeight: Float
    public var threshold: Float

    public init(linearWeight: Float, threshold: Float) {
        self.linearWeight = linearWeight
        self.threshold = threshold
    }

    /// The blended probabilities of one text.
    public func probabilities(linear: [Float], deep: [Float]) -> [Float] {
        zip(linear, deep).map { linearWeight * $0 + (1 - linearWeight) * $1 }
    }

    /// `p` on the linear model's scale, where 0.5 is the decision boundary: `threshold` maps
    /// to 0.5 and each side is stretched linearly onto [0, 0.5] and [0.5, 1]. What reads scores
    /// against 0.5 (the extraction's sentence, paragraph and heading blend) then decides as
    /// ``assigned(_:)`` does.
    public func scores(_ p: [Float]) -> [Float] {
        p.map { value in
            value < threshold ? 0.5 * value / max(threshold, .leastNormalMagnitude)
                : 0.5 + 0.5 * (value - threshold) / max(1 - threshold, .leastNormalMagnitude)
        }
    }

    /// The indices of the categories assigned for blended probabilities `p`, ascending.
    public func assigned(_ p: [Float]) -> [Int] {
        let chosen = p.indices.filter { p[$0] >= threshold }
        if !chosen.isEmpty || p.isEmpty { return chosen }
        return [p.indices.max { p[$0] < p[$1] }!]
    }
}
