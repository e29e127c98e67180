import PolicyExtraction
import PolicyModel

/// Practices of one policy, as `batch` writes them: the answers, spans and status.
protocol PracticeAnswering: Sendable {
    /// The name written in each line's `"model"`.
    var model: String { get }
    func practices(of policy: Policy) -> PracticeRecord
}

/// An extractor over the classifier `--classifier` chose: what `practices` uses.
struct ExtractorAnswering: PracticeAnswering {
    let extractor: PracticeExtractor
    let model: String

    /// The answerer over the models `options` name; a bad model file is reported as
    /// `practices` reports it (one line, exit status 1).
    init(_ options: ClassifierOptions) throws {
        extractor = try options.extractor()
        model = options.classifier.rawValue
    }

    func practices(of policy: Policy) -> PracticeRecord {
        PracticeRecord(extractor.extract(policy))
    }
}
