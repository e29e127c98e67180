import ArgumentParser
import PolicyComparison
import PolicyModel

/// `policyscope diff OLD NEW`: what changed between two versions of a policy.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a policy.",
        discussion: """
        Sections are paired by title (numbering and case ignored), then by text similarity; \
        changed sections list their sentences added, removed, or reworded (word diff as \
        [-old-]{+new+}). JSON: {old, new, unchanged, sections: [{kind, oldPath, newPath, \
        sentences: [{kind, old, new, words}]}]}.
        """
    )

    @Argument(help: "The older version: an id, a domain or a file path.") var old: String
    @Argument(help: "The newer version: an id, a domain or a file path.") var new: String
    @OptionGroup var load: LoadOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() async throws {
        try await reportingErrors {
            let (a, policies) = try await load.load(selecting: old)
            let b: Policy
            switch PolicyLookup.find(new, in: policies) {
            case .success(let p): b = p
            case .failure: b = try await load.load(selecting: new).0
            }
            let diff = VersionDiffer.diff(old: a, new: b)
            if format == .json {
                try Output.json(DiffView(diff))
                return
            }
            Output.line("--- \(diff.oldID)")
            Output.line("+++ \(diff.newID)")
            Output.line("\(diff.sections.count) section(s) changed, \(diff.unchangedCount) unchanged")
            for change in diff.sections {
                Output.line()
                switch change.kind {
                case .added: Output.line("added:   " + (change.newPath ?? []).joined(separator: " › "))
                case .removed: Output.line("removed: " + (change.oldPath ?? []).joined(separator: " › "))
                case .changed:
                    let oldPath = (change.oldPath ?? []).joined(separator: " › ")
                    let newPath = (change.newPath ?? []).joined(separator: " › ")
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
    var unchanged: Int
    var sections: [Change]

    init(_ diff: VersionDiff) {
        old = diff.oldID
        new = diff.newID
        unchanged = diff.unchangedCount
        sections = diff.sections.map { c in
            Change(kind: c.kind.rawValue, oldPath: c.oldPath, newPath: c.newPath,
                   sentences: c.sentences.map { Sentence(kind: $0.kind.rawValue, old: $0.old, new: $0.new, words: $0.words?.marked) })
        }
    }
}
