import ArgumentParser
import Foundation
import PolicyExtraction

/// `policyscope batch`: a streaming mapper for cluster jobs (tools/spark/): JSON lines in,
/// one JSON line out per line in, in order, in bounded memory.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Answer the practice questions for a stream of policies (JSON lines in and out).",
        discussion: """
        Each line of standard input is {"id", "path"} (a policy file), {"id", "text"} (the \
        policy itself) or a line of `versions --format jsonl` (the blob is read from the git \
        repository it names); optional "domain", "date" (YYYY-MM-DD), "source", "document". \
        Each gives one line on standard output, in order: {id, document, domain, date, source, \
        words, language, status, answers: {QUESTION: {value, confidence}}, categories: \
        {CATEGORY: sentences}, error, model, version}, every key present (null when it does not \
        apply). The answers are those of `practices --format json`. A line that cannot be \
        answered (bad JSON, a file that cannot be read) gives a line with "error" and the stream \
        goes on; the exit status is 0 unless standard input cannot be read. No store is used. \
        Schema: tools/spark/SCHEMA.md.
        """
    )

    @OptionGroup var classifier: ClassifierOptions
    @Flag(help: "With each answer's evidence: [{section, text, negated}], as `practices`.")
    var evidence = false

    func run() throws {
        let answerer: any PracticeAnswering = try ExtractorAnswering(classifier)
        let mapper = BatchMapper(answerer: answerer, evidence: evidence)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = LineStream()
        defer { lines.flush() }
        do {
            while let line = try lines.next() {
                lines.write(Array(try encoder.encode(mapper.map(line))))
            }
        } catch let failure as LineStream.ReadFailure {
            lines.flush()
            Output.error(failure.description)
            throw ExitCode.failure
        }
    }
}
