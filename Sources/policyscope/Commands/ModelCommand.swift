import ArgumentParser
import Foundation
import PolicyClassifier
import PolicyDeep
import PolicyResources

/// `policyscope model`: train and evaluate the OPP-115 category classifier.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Train or evaluate the OPP-115 category classifier.",
        subcommands: [Train.self, Eval.self]
    )

    /// The file name of the shipped model inside `PolicyResources.modelDirectory`.
    static let shippedModelName = "opp115-linear.bin"

    /// The shipped model's location.
    static var shippedModelURL: URL {
        PolicyResources.modelDirectory.appendingPathComponent(shippedModelName)
    }

    /// Runs `body`, turning classifier errors into one `policyscope: reason` line and exit 1.
    static func reportingClassifierErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ClassifierError {
            FileHandle.standardError.write(Data("policyscope: \(error.description)\n".utf8))
            throw ExitCode.failure
        } catch let error as DeepModelError {
            FileHandle.standardError.write(Data("policyscope: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
    }
}

extension ModelCommand {
    /// `policyscope model train`: trains a model deterministically and reports validation scores.
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train a classifier from OPP-115 CSV files.",
            discussion: """
            The first --train file is used whole; each further --train file adds only the segments \
            whose text is not already present (e.g. Union-only segments after the Majority split). \
            Segments whose text occurs in an --exclude file are dropped. Training is deterministic: \
            the same inputs and options write the same bytes.
            """
        )

        @Option(name: .customLong("train"), help: ArgumentHelp("A training CSV (repeatable).", valueName: "CSV"))
        var trainFiles: [String] = []
        @Option(help: ArgumentHelp("The CSV to report scores on after training.", valueName: "CSV"))
        var validation: String
        @Option(help: ArgumentHelp("Where to write the model.", valueName: "FILE"))
        var out: String
        @Option(name: .customLong("exclude"), help: ArgumentHelp("Drop training segments whose text is in this CSV (repeatable).", valueName: "CSV"))
        var excludeFiles: [String] = []
        @Option(help: "SVM cost C.") var cost: Double = TrainerConfig().cost
        @Option(help: "log2 of the number of hash buckets.") var bucketBits: Int = FeatureConfig().bucketBits
        @Option(help: "Leading words of a segment that also form the head block (0: none).")
        var headWords: Int = FeatureConfig().headWords
        @Option(help: "Weight of the head block.") var headWeight: Float = FeatureConfig().headBlockWeight
        @Option(help: "Cross-validation folds for threshold tuning (below 2: none).") var thresholdFolds: Int = TrainerConfig().thresholdFolds
        @Option(help: ArgumentHelp(
            "What the tuned thresholds maximize: \(ThresholdObjective.allCases.map(\.rawValue).joined(separator: " or ")).",
            valueName: "OBJECTIVE"))
        var thresholdObjective: String = TrainerConfig().thresholdObjective.rawValue
        @Option(help: "NB-SVM smoothing (0: plain SVM).") var naiveBayesSmoothing: Double = TrainerConfig().naiveBayesSmoothing
        @Option(help: "Random seed.") var seed: UInt64 = TrainerConfig().seed

        func validate() throws {
            guard !trainFiles.isEmpty else { throw ValidationError("give at least one --train CSV") }
            guard ThresholdObjective(rawValue: thresholdObjective) != nil else {
                throw ValidationError("unknown --threshold-objective '\(thresholdObjective)'")
            }
        }

        func run() throws {
            try ModelCommand.reportingClassifierErrors {
                var segments = try OPP115Dataset.load(from: URL(fileURLWithPath: trainFiles[0]))
                for file in trainFiles.dropFirst() {
                    segments = segments.adding(newTextsFrom: try OPP115Dataset.load(from: URL(fileURLWithPath: file)))
                }
                for file in excludeFiles {
                    segments = segments.removing(textsIn: try OPP115Dataset.load(from: URL(fileURLWithPath: file)))
                }
                let validationSegments = try OPP115Dataset.load(from: URL(fileURLWithPath: validation))
                let overlap = segments.count - segments.removing(textsIn: validationSegments).count
                log("training on \(segments.count) segments (\(overlap) also in the validation file)")

                var config = TrainerConfig()
                config.cost = cost
                config.features.bucketBits = bucketBits
                config.features.headWords = headWords
                config.features.headBlockWeight = headWeight
                config.thresholdFolds = thresholdFolds
                config.thresholdObjective = ThresholdObjective(rawValue: thresholdObjective) ?? config.thresholdObjective
                config.naiveBayesSmoothing = naiveBayesSmoothing
                config.seed = seed
                let start = Date()
                let model = try Trainer(config: config).train(on: segments) { log($0) }
                log(String(format: "trained in %.1fs", Date().timeIntervalSince(start)))
                let url = URL(fileURLWithPath: out)
                try model.save(to: url)
                log("wrote \(url.path) (\(model.serialized().count) bytes)")
                print("validation: \(validation)")
                print(EvaluationReport(model.evaluate(on: validationSegments)).text)
            }
        }

        private func log(_ line: String) {
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
    }

    /// `policyscope model eval`: scores a model on a labeled CSV.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score a classifier on an OPP-115 CSV file.",
            discussion: "JSON: {segments, microF1, microPrecision, microRecall, macroF1, classes: [{label, precision, recall, f1, support}]}."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Option(help: ArgumentHelp("The labeled CSV to score on.", valueName: "CSV"))
        var data: String
        @Option(help: ArgumentHelp("The model file (default: the shipped model).", valueName: "FILE"))
        var model: String?
        @Option(help: "fast: the linear model; deep: its blend with the transformer (--deep-model).")
        var classifier: ClassifierChoice = .fast
        @Option(help: ArgumentHelp("The deep model file (default: the shipped opp115-deep.bin).", valueName: "FILE"))
        var deepModel: String?
        @Option(help: "Output format: text or json.") var format: Format = .text
        @Option(help: "Also time this many single-threaded passes over the texts and report the median rate on stderr.")
        var timingRounds: Int = 0

        func run() throws {
            try ModelCommand.reportingClassifierErrors {
                let url = model.map { URL(fileURLWithPath: $0) } ?? ModelCommand.shippedModelURL
                let classifier = try ClassifierModel.load(from: url)
                let segments = try OPP115Dataset.load(from: URL(fileURLWithPath: data))
                let report: EvaluationReport
                switch self.classifier {
                case .fast: report = EvaluationReport(classifier.evaluate(on: segments))
                case .deep:
                    let blended = try BlendedClassifier(linear: classifier, deepPath: deepModel)
                    let predicted = blended.predict(segments.map(\.text), threads: ProcessInfo.processInfo.activeProcessorCount)
                    report = EvaluationReport(Evaluation(truth: segments.map(\.labels), predicted: predicted.map(\.labelSet)))
                }
                switch format {
                case .text: print(report.text)
                case .json: print(report.json)
                }
                if timingRounds > 0 { Self.reportThroughput(classifier, texts: segments.map(\.text), rounds: timingRounds) }
            }
        }
    }
}

extension ModelCommand.Eval {
    /// Times `rounds` passes of the label-only prediction path over `texts` on this thread and
    /// writes the median rate to stderr.
    static func reportThroughput(_ classifier: ClassifierModel, texts: [String], rounds: Int) {
        let scratch = FeatureScratch()
        let clock = ContinuousClock()
        var checksum: UInt16 = 0
        var rates: [Double] = []
        for _ in 0..<rounds {
            let start = clock.now
            for text in texts { checksum ^= classifier.labelMask(text, using: scratch) }
            let duration = clock.now - start
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            rates.append(Double(texts.count) / seconds)
        }
        rates.sort()
        let line = String(
            format: "throughput: median %.0f texts/s over %d rounds of %d texts (min %.0f, max %.0f; checksum %d)\n",
            rates[rates.count / 2], rounds, texts.count, rates[0], rates[rates.count - 1], Int(checksum))
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// An `Evaluation` as a table or as JSON.
struct EvaluationReport {
    let evaluation: Evaluation

    init(_ evaluation: Evaluation) {
        self.evaluation = evaluation
    }

    var text: String {
        var lines = ["label                                  precision  recall      f1  support"]
        for scores in evaluation.classes {
            let name = scores.category.rawValue.padding(toLength: 38, withPad: " ", startingAt: 0)
            lines.append(
                name + String(format: " %9.3f %7.3f %7.3f %8d", scores.precision, scores.recall, scores.f1, scores.support))
        }
        lines.append(
            String(
                format: "micro-F1 %.4f (P %.4f, R %.4f)  macro-F1 %.4f  segments %d", evaluation.microF1,
                evaluation.microPrecision, evaluation.microRecall, evaluation.macroF1, evaluation.segmentCount))
        return lines.joined(separator: "\n")
    }

    private struct JSONForm: Encodable {
        struct ClassForm: Encodable {
            var label: String
            var precision, recall, f1: Double
            var support: Int
        }
        var segments: Int
        var microF1, microPrecision, microRecall, macroF1: Double
        var classes: [ClassForm]
    }

    var json: String {
        let form = JSONForm(
            segments: evaluation.segmentCount, microF1: evaluation.microF1, microPrecision: evaluation.microPrecision,
            microRecall: evaluation.microRecall, macroF1: evaluation.macroF1,
            classes: evaluation.classes.map {
                .init(label: $0.category.rawValue, precision: $0.precision, recall: $0.recall, f1: $0.f1, support: $0.support)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(form)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
