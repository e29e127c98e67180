import ArgumentParser
import Foundation
import PolicyClassifier
import PolicyExtraction
import PolicyModel

/// `--model FILE` for the commands that answer the practice questions.
struct ClassifierOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The classifier model file (default: the shipped model).", valueName: "FILE"))
    var model: String?

    /// The extractor over the chosen model; a bad model is a one-line error and exit status 1.
    func extractor() throws -> PracticeExtractor {
        try ExtractionSupport.extractor(modelPath: model)
    }
}

/// Loading the classifier and extracting practices for the commands that need answers.
enum ExtractionSupport {
    /// The extractor over the model at `path` (default: the shipped one); a bad model is a
    /// one-line error and exit status 1.
    static func extractor(modelPath: String?) throws -> PracticeExtractor {
        do throws(ClassifierError) {
            let url = modelPath.map { URL(fileURLWithPath: $0) } ?? ModelCommand.shippedModelURL
            return PracticeExtractor(model: try ClassifierModel.load(from: url))
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
    }

    /// Practices of every policy, in order, extracted in parallel.
    /// `progress` is told how many are done after each one.
    static func extractAll(
        _ policies: [Policy], with extractor: PracticeExtractor, progress: @Sendable (Int) -> Void = { _ in }
    ) async -> [PolicyPractices] {
        await withTaskGroup(of: (Int, PolicyPractices).self) { group in
            var results = [PolicyPractices?](repeating: nil, count: policies.count)
            let width = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
            var next = 0
            func add() {
                guard next < policies.count else { return }
                let i = next, policy = policies[i]
                next += 1
                group.addTask { (i, extractor.extract(policy)) }
            }
            for _ in 0..<width { add() }
            var done = 0
            while let (i, practices) = await group.next() {
                results[i] = practices
                done += 1
                progress(done)
                add()
            }
            return results.map { $0! }
        }
    }
}
