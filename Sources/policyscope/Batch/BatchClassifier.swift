import ArgumentParser
import PolicyExtraction
import PolicyModel

/// `--classifier`: which classifier answers the questions. Each kind gives a
/// ``PracticeAnswering``; `deep` is named now so that scripts can ask for it, and fails until
/// it is built.
enum BatchClassifier: String, ExpressibleByArgument, CaseIterable, Sendable {
    case fast, deep

    /// The answerer of this kind over the model `options` name; a bad model file is reported
    /// as `practices` reports it (one line, exit status 1).
    func answerer(_ options: ClassifierOptions) throws -> any PracticeAnswering {
        switch self {
        case .fast: FastAnswering(extractor: try options.extractor())
        case .deep: throw BatchError.deepNotBuilt
        }
    }
}

/// Practices of one policy, as `batch` writes them: the answers, spans and status.
protocol PracticeAnswering: Sendable {
    /// The name written in each line's `"model"`.
    var model: String { get }
    func practices(of policy: Policy) -> PracticeRecord
}

/// The shipped linear classifier and pattern tables: what `practices` uses.
struct FastAnswering: PracticeAnswering {
    let extractor: PracticeExtractor
    var model: String { BatchClassifier.fast.rawValue }

    func practices(of policy: Policy) -> PracticeRecord {
        PracticeRecord(extractor.extract(policy))
    }
}
