import PolicyExtraction
import PolicyModel

/// One output line of `batch`: every key always present (null when it does not apply), so
/// that a reader can take one schema for the whole stream; an error line has `"error"` and
/// no answers. Keys are written sorted (tools/spark/SCHEMA.md documents each).
struct BatchLine: Encodable {
    /// One answer: `practices`' value and confidence (the same ``AnswerJSON``), with the
    /// evidence only under `--evidence`.
    struct AnswerView: Encodable {
        var value: AnswerValue
        var confidence: Double
        var evidence: [AnswerJSON.EvidenceJSON]?

        init(_ answer: Answer, evidence: Bool) {
            let json = AnswerJSON(answer, detailed: true)
            value = json.value
            confidence = json.confidence
            self.evidence = evidence ? json.evidence : nil
        }
    }

    var id: OrNull<String>
    var document: OrNull<String>
    var domain: OrNull<String>
    var date: OrNull<String>
    var source: OrNull<String>
    var words: OrNull<Int>
    var language: OrNull<String>
    var status: OrNull<String>
    var answers: OrNull<[String: AnswerView]>
    var categories: OrNull<[String: Int]>
    var error: OrNull<String>
    var model: String
    var version: String

    /// The line for an answered policy.
    init(input: BatchInput, id: String, date: ArchiveDate?, policy: Policy, practices: PracticeRecord,
         model: String, evidence: Bool) {
        self.id = OrNull(id)
        document = OrNull(input.document)
        domain = OrNull(input.domain ?? policy.domain)
        self.date = OrNull(date?.description)
        source = OrNull(input.source)
        words = OrNull(policy.wordCount)
        language = OrNull(policy.language.code)
        status = OrNull(practices.status.name)
        answers = OrNull(Dictionary(uniqueKeysWithValues: practices.answers.map { ($0.rawValue, AnswerView($1, evidence: evidence)) }))
        categories = OrNull(Self.sentenceCounts(practices.spans))
        error = OrNull(nil)
        self.model = model
        self.version = Policyscope.configuration.version
    }

    /// The line for an input that could not be answered (`input` nil: the line did not decode).
    init(input: BatchInput?, error: BatchError, model: String) {
        id = OrNull(input?.id)
        document = OrNull(input?.document)
        domain = OrNull(input?.domain)
        date = OrNull(input?.date)
        source = OrNull(input?.source)
        words = OrNull(nil)
        language = OrNull(nil)
        status = OrNull(nil)
        answers = OrNull(nil)
        categories = OrNull(nil)
        self.error = OrNull(error.description)
        self.model = model
        self.version = Policyscope.configuration.version
    }

    /// Sentences per OPP-115 category (a span is one sentence in one category).
    static func sentenceCounts(_ spans: [PracticeSpan]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for span in spans { counts[span.category.rawValue, default: 0] += 1 }
        return counts
    }
}
