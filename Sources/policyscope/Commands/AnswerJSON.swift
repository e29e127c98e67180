import PolicyExtraction

/// The JSON of one ``Answer``, the one place where answers become JSON: `practices` writes
/// it with the question's wording and each evidence sentence's negation; `compare` and `diff`
/// without them (those shapes are contracts).
struct AnswerJSON: Encodable {
    struct EvidenceJSON: Encodable {
        var section: [String]
        var text: String
        var negated: Bool?
    }

    var question: String?
    var value: AnswerValue
    var confidence: Double
    var evidence: [EvidenceJSON]

    /// `detailed`: with the question's text and the evidence's `negated` (as `practices`).
    init(_ answer: Answer, detailed: Bool = false) {
        question = detailed ? answer.question.text : nil
        value = answer.value
        confidence = answer.confidence
        evidence = answer.evidence.map {
            EvidenceJSON(section: $0.sectionPath, text: $0.text, negated: detailed ? $0.negated : nil)
        }
    }
}
