import PolicyExtraction

/// A question whose answer differs between two versions of a policy.
public struct AnswerChange: Sendable, Hashable {
    public var question: Question
    public var old: Answer
    public var new: Answer

    /// The questions, in ``Question/allCases`` order, whose values differ between `old` and
    /// `new` (a missing answer counts as not stated).
    public static func between(old: [Question: Answer], new: [Question: Answer]) -> [AnswerChange] {
        Question.allCases.compactMap { q in
            let a = old[q] ?? .notStated(q), b = new[q] ?? .notStated(q)
            return a.value == b.value ? nil : AnswerChange(question: q, old: a, new: b)
        }
    }
}
