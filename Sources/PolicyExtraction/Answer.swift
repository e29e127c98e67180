import PolicyModel

/// The answer to one ``Question`` for one policy: the one shape every layer uses (`practices`,
/// the answer matrix, version diffs, the browser).
public struct Answer: Sendable, Hashable {
    public var question: Question
    public var value: AnswerValue
    /// 0...1: how strongly the text supports the value (weak or indirect evidence scores low).
    public var confidence: Double
    /// The sentences behind the value, strongest first (at most a few).
    public var evidence: [Evidence]

    public init(question: Question, value: AnswerValue, confidence: Double, evidence: [Evidence]) {
        self.question = question
        self.value = value
        self.confidence = confidence
        self.evidence = evidence
    }

    /// The policy says nothing on `question`.
    public static func notStated(_ question: Question) -> Answer {
        Answer(question: question, value: .notStated, confidence: 0, evidence: [])
    }

    /// Below this confidence a stated answer is weak: shown, but marked.
    public static let lowConfidence = 0.5
    /// A stated value whose confidence is below ``lowConfidence``.
    public var isWeak: Bool { value.isStated && confidence < Self.lowConfidence }
}

/// A sentence that supports an answer, with where it is in the policy.
public struct Evidence: Sendable, Hashable {
    public var location: BlockLocation
    /// Section titles from the top level down (empty for the preamble).
    public var sectionPath: [String]
    /// Unicode-scalar range of the sentence in its block's text.
    public var range: TextRange
    public var text: String
    /// The sentence denies the practice.
    public var negated: Bool

    public init(location: BlockLocation, sectionPath: [String], range: TextRange, text: String, negated: Bool) {
        self.location = location
        self.sectionPath = sectionPath
        self.range = range
        self.text = text
        self.negated = negated
    }
}
