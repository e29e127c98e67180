import ArgumentParser
import Foundation
import PolicyExtraction
import PolicyModel

/// `policyscope practices POLICY`: what a policy says about each practice, with evidence.
struct PracticesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practices",
        abstract: "Answer standard questions about a policy's practices, with evidence.",
        discussion: """
        Each question gets a value (yes, no, not-stated, a number or a list), a confidence in 0...1 \
        and the sentences behind it. "no" means the policy says it does not; "not-stated" means it \
        is silent. Documents in other languages and pages that are not privacy policies are \
        flagged in "status" and not classified. JSON: {id, domain, status, statusDetail, \
        lastUpdated, answers: {QUESTION: {question, value, confidence, evidence: [{section, text, \
        negated}]}}, spans: [{category, section, block, text, start, end, negated, score}]}; \
        "section" is the title path, offsets count Unicode code points in the block's text. \
        The questions: \(Question.allCases.map(\.rawValue).joined(separator: ", ")).
        """
    )

    @Argument(help: "The policy: an id, a domain or a file path.") var policy: String
    @OptionGroup var load: LoadOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text
    @OptionGroup var classifier: ClassifierOptions

    func run() async throws {
        try await reportingErrors {
            let practices = try await load.practices(matching: policy, with: classifier)
            if format == .json {
                try Output.json(PracticesView(practices))
            } else {
                printText(practices)
            }
        }
    }

    private func printText(_ practices: PracticeRecord) {
        Output.line("\(practices.id): \(practices.status.explanation)")
        if let date = practices.lastUpdated { Output.line("last updated: \(date)") }
        Output.line()
        for question in Question.allCases {
            let answer = practices[question]
            Output.line("\(Output.fit(question.rawValue, 26)) \(answer.value.display)  (\(answer.confidence))")
            for evidence in answer.evidence {
                let section = evidence.sectionPath.last.map { "[\($0)] " } ?? ""
                Output.line("    \(evidence.negated ? "¬ " : "")\(section)\(Output.fit(evidence.text, 150).trimmingCharacters(in: .whitespaces))")
            }
        }
    }
}

/// The JSON shape of `practices`.
struct PracticesView: Encodable {
    struct SpanView: Encodable {
        var category: String
        var section: [String]
        var sectionNumber: Int
        var block: Int
        var text: String
        var start: Int
        var end: Int
        var negated: Bool
        var score: Double
    }

    var id: String
    var domain: String?
    var status: String
    var statusDetail: String
    var lastUpdated: String?
    var answers: [String: AnswerJSON]
    var spans: [SpanView]

    init(_ practices: PracticeRecord) {
        id = practices.id
        domain = practices.domain
        status = practices.status.name
        statusDetail = practices.status.explanation
        lastUpdated = practices.lastUpdated
        answers = Dictionary(uniqueKeysWithValues: practices.answers.map { ($0.rawValue, AnswerJSON($1, detailed: true)) })
        spans = practices.spans.map {
            SpanView(
                category: $0.category.rawValue, section: $0.sectionPath, sectionNumber: $0.location.sectionNumber,
                block: $0.location.blockIndex, text: $0.text, start: $0.range.start, end: $0.range.end,
                negated: $0.negated, score: (Double($0.score) * 1000).rounded() / 1000)
        }
    }
}
