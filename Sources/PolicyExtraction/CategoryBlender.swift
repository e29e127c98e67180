import PolicyClassifier

/// Blends a sentence's own prediction with its paragraph's and its heading's: a sentence
/// alone is often too short to classify ("Name, e-mail address, phone number"), while the
/// paragraph and the heading ("What information do we collect?") say what it is about.
struct CategoryBlender: Sendable {
    /// Weights (sentence, block, heading) for sentences of at least ``longSentence`` words.
    static let longWeights: (Float, Float, Float) = (0.6, 0.25, 0.15)
    /// Weights for short sentences, which lean more on their context.
    static let shortWeights: (Float, Float, Float) = (0.45, 0.2, 0.35)
    static let longSentence = 8
    /// A category is assigned at this blended score...
    static let assignThreshold: Float = 0.5
    /// ...or, when none reaches it, the best category if it reaches this.
    static let fallbackThreshold: Float = 0.3

    /// Blended per-category scores. `block` is nil when the block is the sentence itself,
    /// `heading` is nil for the preamble; missing parts give their weight to the sentence.
    func blend(sentence: Prediction, words: Int, block: Prediction?, heading: Prediction?) -> [Float] {
        var (ws, wb, wh) = words >= Self.longSentence ? Self.longWeights : Self.shortWeights
        if block == nil { ws += wb; wb = 0 }
        if heading == nil { ws += wh; wh = 0 }
        var out = sentence.scores
        for i in out.indices {
            out[i] = ws * sentence.scores[i] + wb * (block?.scores[i] ?? 0) + wh * (heading?.scores[i] ?? 0)
        }
        return out
    }

    /// The categories a blended score vector assigns, best first.
    func assign(_ scores: [Float]) -> [CategoryScore] {
        var assigned = scores.indices.filter { scores[$0] >= Self.assignThreshold }
        if assigned.isEmpty, let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] >= Self.fallbackThreshold {
            assigned = [best]
        }
        return assigned.map { CategoryScore(category: OPP115Category(index: $0), score: scores[$0]) }
            .sorted { $0.score > $1.score }
    }
}
