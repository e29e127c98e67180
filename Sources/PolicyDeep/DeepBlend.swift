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

    /// The indices of the categories assigned for blended probabilities `p`, ascending.
    public func assigned(_ p: [Float]) -> [Int] {
        let chosen = p.indices.filter { p[$0] >= threshold }
        if !chosen.isEmpty || p.isEmpty { return chosen }
        return [p.indices.max { p[$0] < p[$1] }!]
    }
}
