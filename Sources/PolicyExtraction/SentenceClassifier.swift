import PolicyClassifier

/// Predictions for all of a policy's sentences at once, standing in for the linear model's own
/// per-sentence predictions (the deep path: the linear model blended with a transformer, which
/// the executable plugs in). Headings, paragraphs and the blend with them are unchanged.
public protocol SentenceClassifier: Sendable {
    /// One prediction per text, in order (labels as ``Prediction`` defines them).
    func predict(_ texts: [String]) -> [Prediction]
}
