import PolicyExtraction

/// A question whose answer differs between two versions of a policy.
public struct AnswerChange: Sendable, Hashable {
    public var question: Question
    public var old: Answer
    public var new: Answer
    /// Whether the first evidence sentence of ``old`` (``new``) is one that differs between the
    /// versions; false when no evidence sentence of that side changed (or there is none).
    public var oldQuotesChange = false
    public var newQuotesChange = false

    /// The questions, in ``Question/allCases`` order, whose values differ between `old` and
    /// `new` (a missing answer counts as not stated). Each side's evidence puts first the
    /// sentences that `diff` found removed or reworded (old) or added or reworded (new), so the
    /// first sentence quoted is one that changed; otherwise the order is the answer's own.
    public static func between(old: [Question: Answer], new: [Question: Answer], diff: VersionDiff) -> [AnswerChange] {
        let removed = diff.differingSentences(.old), added = diff.differingSentences(.new)
        return Question.allCases.compactMap { q in
            var a = old[q] ?? .notStated(q), b = new[q] ?? .notStated(q)
            guard a.value != b.value else { return nil }
            let (oldEvidence, oldChanged) = changedFirst(a.evidence, removed)
            let (newEvidence, newChanged) = changedFirst(b.evidence, added)
            a.evidence = oldEvidence
            b.evidence = newEvidence
            return AnswerChange(question: q, old: a, new: b, oldQuotesChange: oldChanged, newQuotesChange: newChanged)
        }
    }

    /// `evidence` with the sentences found in `changed` (whole, or, from 20 characters, as part
    /// of one) first.
    static func changedFirst(_ evidence: [Evidence], _ changed: Set<String>) -> (evidence: [Evidence], firstChanged: Bool) {
        let differs = evidence.map { e in
            let text = VersionDiff.normalized(e.text)
            return changed.contains(text) || (text.count >= 20 && changed.contains { $0.contains(text) })
        }
        let reordered = evidence.indices.filter { differs[$0] }.map { evidence[$0] }
            + evidence.indices.filter { !differs[$0] }.map { evidence[$0] }
        return (reordered, differs.contains(true))
    }
}

extension VersionDiff {
    /// One side of a diff.
    public enum Side: Sendable { case old, new }

    /// The sentences of one side that the other lacks (removed or added, and reworded ones),
    /// normalized.
    public func differingSentences(_ side: Side) -> Set<String> {
        Set(sections.flatMap(\.sentences).compactMap { side == .old ? $0.old : $0.new }.map(Self.normalized))
    }

    /// Whitespace runs as one space, trimmed.
    public static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
