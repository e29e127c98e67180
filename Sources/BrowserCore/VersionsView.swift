import PolicyComparison
import PolicyExtraction
import PolicyModel

/// Two versions of a policy compared: the answers that changed (old -> new, with evidence
/// from each), then the sections added, removed and changed, reworded sentences word by word.
struct VersionsView: Sendable {
    var old: Int
    var new: Int
    var diff: VersionDiff
    var title = ""
    /// The text before wrapping; ``wrapped`` is it at ``width``.
    var lines: [StyledLine] = []
    /// For each section change: its first line in ``lines``, and the policy and section it shows.
    var changes: [(line: Int, policy: Int, section: Int)] = []
    var wrapped: [StyledLine] = []
    /// Each change's first line in ``wrapped``.
    var changeRows: [Int] = []
    var width = 0
    var top = 0
    /// The change `]`/`[` stepped to, marked in the margin; Enter opens it.
    var cursor = StepCursor()

    init(showing pair: [Int], _ context: ScreenContext) {
        old = pair[0]
        new = pair[1]
        diff = VersionDiffer.diff(old: context.policies[old], new: context.policies[new])
        rebuild(context)
    }

    /// Builds the text again (the answers arrive after the view opens).
    mutating func rebuild(_ context: ScreenContext) {
        let a = context.policies[old], b = context.policies[new]
        title = "Versions: \(a.shortName) \(Self.date(a)) → \(b.shortName == a.shortName ? "" : b.shortName + " ")\(Self.date(b))"
        lines = []
        changes = []
        appendAnswers(context.summaries[old], context.summaries[new])
        lines.append(StyledLine())
        let counts = Dictionary(grouping: diff.sections, by: \.kind).mapValues(\.count)
        lines.append(StyledLine("Sections: \(counts[.added] ?? 0) added, \(counts[.removed] ?? 0) removed, \(counts[.changed] ?? 0) changed, \(diff.unchangedCount) unchanged", .heading))
        for change in diff.sections {
            let oldPath = change.old?.label ?? "", newPath = change.new?.label ?? ""
            let target: (Int, Int) = change.kind == .removed ? (old, change.old?.number ?? 0) : (new, change.new?.number ?? 0)
            changes.append((lines.count, target.0, target.1))
            switch change.kind {
            case .added: lines.append(StyledLine("+ added: " + newPath, .added))
            case .removed: lines.append(StyledLine("- removed: " + oldPath, .removed))
            case .changed: lines.append(StyledLine("~ changed: " + (oldPath == newPath ? newPath : "\(oldPath) → \(newPath)"), .heading))
            }
            for s in change.sentences { lines.append(Self.sentenceLine(s)) }
        }
        if diff.sections.isEmpty { lines.append(StyledLine("the two versions have the same text", .dim, indent: 2)) }
        rewrap(width: width)
    }

    private mutating func appendAnswers(_ before: PracticeSummary?, _ after: PracticeSummary?) {
        guard let before, let after else {
            lines.append(StyledLine("Answers: computing…", .heading))
            return
        }
        let changed = AnswerChange.between(old: before.answers, new: after.answers, diff: diff)
        lines.append(StyledLine("Answers that changed: \(changed.count) of \(Question.allCases.count)", .heading))
        if changed.isEmpty { lines.append(StyledLine("no answer changed", .dim, indent: 2)) }
        for change in changed {
            var line = StyledLine(indent: 2)
            line.append(change.question.rawValue + ": ", .normal)
            line.append(MatrixFormatter.compact(change.old), MatrixView.role(change.old.value))
            line.append(" -> ", .normal)
            line.append(MatrixFormatter.compact(change.new), MatrixView.role(change.new.value))
            lines.append(line)
            for (label, answer, changed) in [("old", change.old, change.oldQuotesChange), ("new", change.new, change.newQuotesChange)] {
                var ev = StyledLine(indent: 4)
                ev.append(label + ": ", .dim)
                if let e = answer.evidence.first {
                    ev.append(e.text, .normal)
                    ev.append("  (" + SectionPath.label(e.sectionPath) + (changed ? "" : "; in both versions") + ")", .dim)
                } else {
                    ev.append("no evidence", .dim)
                }
                lines.append(ev)
            }
        }
    }

    private static func sentenceLine(_ s: SentenceChange) -> StyledLine {
        var line = StyledLine(indent: 4)
        switch s.kind {
        case .added: line.append("+ " + (s.new ?? ""), .added)
        case .removed: line.append("- " + (s.old ?? ""), .removed)
        case .changed:
            // Changed runs in [-removed-]{+added+} marks, as `diff` prints them, with roles.
            line.append("~ ", .normal)
            var removed: [String] = [], added: [String] = [], first = true
            func put(_ text: String, _ role: StyleRole) {
                if !first { line.append(" ", .normal) }
                first = false
                line.append(text, role)
            }
            func flush() {
                if !removed.isEmpty { put("[-" + removed.joined(separator: " ") + "-]", .removed) }
                if !added.isEmpty { put("{+" + added.joined(separator: " ") + "+}", .added) }
                removed = []
                added = []
            }
            for op in s.words?.ops ?? [] {
                switch op {
                case .same(let w):
                    flush()
                    put(w, .normal)
                case .removed(let w): removed.append(w)
                case .added(let w): added.append(w)
                }
            }
            flush()
        }
        return line
    }

    static func date(_ p: Policy) -> String { p.archivedOn?.description ?? p.id }

    /// Wraps the text to the screen width (one column of margin).
    mutating func rewrap(width newWidth: Int) {
        width = newWidth
        wrapped = []
        changeRows = []
        var next = changes.makeIterator(), pending = next.next()
        for (i, line) in lines.enumerated() {
            if let p = pending, p.line == i {
                changeRows.append(wrapped.count)
                pending = next.next()
            }
            wrapped += line.chars.isEmpty ? [line] : line.wrapped(width: max(1, width - 2))
        }
    }
}
