import ArgumentParser
import Foundation
import PolicyClassifier
import PolicyDeep
import PolicyExtraction
import PolicyModel

/// `--model FILE`, `--classifier fast|deep` and `--deep-model FILE` for the commands that
/// answer the practice questions.
struct ClassifierOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The classifier model file (default: the shipped model).", valueName: "FILE"))
    var model: String?
    /// fast by default: the answers are the same either way (the deep path keeps the linear
    /// pass's answers; only the sentences' categories change) and deep costs about 10 ms a
    /// sentence, seconds a policy.
    @Option(help: "fast: the linear model; deep: its blend with the transformer (--deep-model) decides each sentence's categories (spans), about 10 ms a sentence; the answers are the linear pass's either way. Default fast.")
    var classifier: ClassifierChoice = .fast
    @Option(help: ArgumentHelp("The deep model file (default: the shipped opp115-deep.bin).", valueName: "FILE"))
    var deepModel: String?

    /// The options as given no arguments (the fast path over the shipped model).
    static var defaults: ClassifierOptions {
        // Parsed, not `init()`: an unparsed option's default value cannot be read.
        guard let parsed = try? parse([]) else { preconditionFailure("ClassifierOptions parses no arguments") }
        return parsed
    }

    /// The extractor over the chosen models; a bad model is a one-line error and exit status 1.
    /// `threads`: the deep path's threads for one policy's sentences.
    func extractor(threads: Int = 1) throws -> PracticeExtractor {
        let fast = try ExtractionSupport.extractor(modelPath: model)
        guard classifier == .deep else { return fast }
        do throws(DeepModelError) {
            var blended = try BlendedClassifier(linear: fast.model, deepPath: deepModel)
            blended.threads = threads
            return PracticeExtractor(model: fast.model, sentences: blended)
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
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
