import PolicyClassifier
import PolicyModel

/// What the commands show of a policy's practices: its status, stated date, answers (with
/// evidence) and spans, without the analysed sentences behind them. The store keeps this
/// form, so `practices`, `compare` and the browser's badges read it back instead of extracting.
public struct PracticeRecord: Sendable, Hashable {
    public var id: String
    public var domain: String?
    public var status: PolicyStatus
    public var lastUpdated: String?
    /// One answer per ``Question``.
    public var answers: [Question: Answer]
    /// ``PolicyPractices/spans``: one per sentence and category, in document order, each
    /// sentence's best category first.
    public var spans: [PracticeSpan]

    public init(
        id: String, domain: String?, status: PolicyStatus, lastUpdated: String?,
        answers: [Question: Answer], spans: [PracticeSpan]
    ) {
        self.id = id
        self.domain = domain
        self.status = status
        self.lastUpdated = lastUpdated
        self.answers = answers
        self.spans = spans
    }

    public init(_ practices: PolicyPractices) {
        self.init(id: practices.id, domain: practices.domain, status: practices.status, lastUpdated: practices.lastUpdated,
                  answers: practices.answers, spans: practices.spans)
    }

    /// The answer to `question` (not stated when absent).
    public subscript(question: Question) -> Answer { answers[question] ?? .notStated(question) }

    /// Each sentence's best category and score with its section number, in document order
    /// (the first span of each sentence).
    public var bestCategories: [(sectionNumber: Int, category: OPP115Category, score: Float)] {
        var out: [(sectionNumber: Int, category: OPP115Category, score: Float)] = []
        var last: (BlockLocation, TextRange)?
        for span in spans {
            if let last, last.0 == span.location, last.1 == span.range { continue }
            last = (span.location, span.range)
            out.append((span.location.sectionNumber, span.category, span.score))
        }
        return out
    }
}
