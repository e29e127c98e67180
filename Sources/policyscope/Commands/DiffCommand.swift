import ArgumentParser
import PolicyComparison
import PolicyExtraction
import PolicyModel

/// `policyscope diff OLD NEW`: what changed between two versions of a policy.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a policy.",
        discussion: """
        Sections are paired by title (numbering and case ignored), then by text similarity; \
        changed sections list their sentences added, removed, or reworded (word diff as \
        [-old-]{+new+}). Answers to the `practices` questions that changed are listed first, \
        with the evidence of each version: a sentence that differs between the two where the \
        answer has one (evidence lists put those first), else marked as in both versions. JSON: {old, new, answers: [{question, old: {value, \
        confidence, evidence}, new: {...}}], unchanged, sections: [{kind, oldPath, newPath, \
        sentences: [{kind, old, new, words}]}]}.
        """
    )

    @Argument(help: "The older version: an id, a domain or a file path.") var old: String
    @Argument(help: "The newer version: an id, a domain or a file path.") var new: String
    @OptionGroup var load: LoadOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text
    @OptionGroup var classifier: ClassifierOptions

    func run() async throws {
        try await reportingErrors {
            let (a, policies) = try await load.load(selecting: old)
            let b: Policy
            switch PolicyLookup.find(new, in: policies) {
            case .success(let p): b = p
            case .failure: b = try await load.load(selecting: new).0
            }
            let diff = VersionDiffer.diff(old: a, new: b)
            let extractor = try classifier.extractor()
            let practices = await ExtractionSupport.extractAll([a, b], with: extractor)
            let changes = AnswerChange.between(old: practices[0].answers, new: practices[1].answers, diff: diff)
            if format == .json {
                try Output.json(DiffView(diff, answers: changes))
                return
            }
            Output.line("--- \(diff.oldID)")
            Output.line("+++ \(diff.newID)")
            Output.line("\(changes.count) answer(s) changed")
            for change in changes {
                Output.line("  \(change.question.rawValue): \(change.old.value.display) -> \(change.new.value.display)")
                for (label, answer, changed) in [("old", change.old, change.oldQuotesChange), ("new", change.new, change.newQuotesChange)] {
                    if let e = answer.evidence.first { Output.line("    \(label): \(e.text)" + (changed ? "" : "  (in both versions)")) }
                }
            }
            Output.line("\(diff.sections.count) section(s) changed, \(diff.unchangedCount) unchanged")
            for change in diff.sections {
                Output.line()
                switch change.kind {
                case .added: Output.line("added:   " + (change.new?.label ?? ""))
                case .removed: Output.line("removed: " + (change.old?.label ?? ""))
                case .changed:
                    let oldPath = change.old?.label ?? "", newPath = change.new?.label ?? ""
                    Output.line("changed: " + (oldPath == newPath ? newPath : "\(oldPath) -> \(newPath)"))
                }
                for s in change.sentences {
                    switch s.kind {
                    case .added: Output.line("  + " + (s.new ?? ""))
                    case .removed: Output.line("  - " + (s.old ?? ""))
                    case .changed: Output.line("  ~ " + (s.words?.marked ?? ""))
                    }
                }
            }
        }
    }
}

/// `diff --format json`.
struct DiffView: Encodable {
    struct AnswerDiff: Encodable {
        var question: String
        var old: AnswerJSON
        var new: AnswerJSON
    }

    struct Sentence: Encodable {
        var kind: String
        var old: String?
        var new: String?
        var words: String?
    }

    struct Change: Encodable {
        var kind: String
        var oldPath: [String]?
        var newPath: [String]?
        var sentences: [Sentence]
    }

    var old: String
    var new: String
    var answers: [AnswerDiff]
    var unchanged: Int
    var sections: [Change]

    init(_ diff: VersionDiff, answers changes: [AnswerChange]) {
        old = diff.oldID
        new = diff.newID
        answers = changes.map { AnswerDiff(question: $0.question.rawValue, old: AnswerJSON($0.old), new: AnswerJSON($0.new)) }
        unchanged = diff.unchangedCount
        sections = diff.sections.map { c in
            Change(kind: c.kind.rawValue, oldPath: c.oldPath, newPath: c.newPath,
                   sentences: c.sentences.map { Sentence(kind: $0.kind.rawValue, old: $0.old, new: $0.new, words: $0.words?.marked) })
        }
    }
}
