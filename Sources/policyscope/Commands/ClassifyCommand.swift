import ArgumentParser
import Foundation
import PolicyClassifier

/// `policyscope classify`: OPP-115 categories for segments read from stdin, as JSON lines.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify privacy-policy segments read from stdin (one per line) into OPP-115 categories.",
        discussion: """
        Each input line is a JSON object with a string "text" field, or else raw text. Each \
        produces one output line, in order and flushed: \
        {"labels": [...], "scores": {label: score in 0...1}}, where a label is assigned at 0.5 or \
        above (a line with none takes its best). An empty line gets empty labels.
        """
    )

    @Option(help: ArgumentHelp("The model file (default: the shipped model).", valueName: "FILE"))
    var model: String?
    /// fast by default: a line's answer comes at once (the deep path is about 10 ms a sentence).
    @Option(help: "fast: the linear model; deep: its blend with the transformer (--deep-model), slower.")
    var classifier: ClassifierChoice = .fast
    @Option(help: ArgumentHelp("The deep model file (default: the shipped opp115-deep.bin).", valueName: "FILE"))
    var deepModel: String?

    func run() throws {
        try ModelCommand.reportingClassifierErrors {
            let url = model.map { URL(fileURLWithPath: $0) } ?? ModelCommand.shippedModelURL
            let classifier = try ClassifierModel.load(from: url)
            let blended = self.classifier == .deep ? try BlendedClassifier(linear: classifier, deepPath: deepModel) : nil
            let scratch = FeatureScratch()
            let standardOutput = FileHandle.standardOutput
            var output: [UInt8] = []
            output.reserveCapacity(1024)
            while let line = readLine(strippingNewline: true) {
                let text = SegmentLine.text(of: line)
                output.removeAll(keepingCapacity: true)
                let prediction = blended?.predict([text], threads: 1)[0] ?? classifier.predict(text, using: scratch)
                PredictionJSON.append(prediction, to: &output)
                output.append(UInt8(ascii: "\n"))
                // One unbuffered write per line: each result is out as soon as it is computed.
                do { try standardOutput.write(contentsOf: output) } catch { throw ExitCode.failure }
            }
        }
    }
}
