import PolicyClassifier
import PolicyModel

/// Everything extraction found in one policy: a `Sendable` value shared by the browser
/// (highlights per block), the index (category per sentence) and comparisons (answers).
public struct PolicyPractices: Sendable, Hashable {
    public var id: String
    public var domain: String?
    public var status: PolicyStatus
    /// Every sentence with words, in document order (empty unless ``status`` is `.policy`).
    public var sentences: [AnalyzedSentence]
    /// One answer per ``Question`` (all of them, always).
    public var answers: [Question: Answer]
    /// The "last updated" / "effective" date the policy states, as written.
    public var lastUpdated: String?

    public init(
        id: String, domain: String?, status: PolicyStatus, sentences: [AnalyzedSentence],
        answers: [Question: Answer], lastUpdated: String?
    ) {
        self.id = id
        self.domain = domain
        self.status = status
        self.sentences = sentences
        self.answers = answers
        self.lastUpdated = lastUpdated
    }

    /// The answer to `question` (not stated when absent).
    public subscript(question: Question) -> Answer { answers[question] ?? .notStated(question) }

    /// One span per sentence and assigned category, in document order.
    public var spans: [PracticeSpan] {
        sentences.flatMap { sentence in
            sentence.categories.map {
                PracticeSpan(
                    location: sentence.location, sectionPath: sentence.sectionPath, range: sentence.range,
                    text: sentence.text, category: $0.category, score: $0.score, negated: sentence.isNegated)
            }
        }
    }

    /// Highlights for one block: each sentence's range with its best category.
    public func highlights(in location: BlockLocation) -> [(range: TextRange, category: OPP115Category)] {
        blockHighlights[location] ?? []
    }

    /// Highlights for every block: block location -> each sentence's range and best category.
    public var blockHighlights: [BlockLocation: [(range: TextRange, category: OPP115Category)]] {
        var out: [BlockLocation: [(range: TextRange, category: OPP115Category)]] = [:]
        for sentence in sentences {
            guard let best = sentence.categories.first else { continue }
            out[sentence.location, default: []].append((sentence.range, best.category))
        }
        return out
    }
}
