import PolicyComparison
import PolicyExtraction
import PolicyHistory

/// `history --format json` and `--format csv`.
struct HistoryView: Encodable {
    struct GapView: Encodable {
        var after: String
        var before: OrNull<String>
    }

    struct AnswerView: Encodable {
        var question: String
        var old: AnswerValue
        var new: AnswerValue
    }

    struct Changes: Encodable {
        var answers: [AnswerView]
        var sectionsAdded: Int
        var sectionsRemoved: Int
        var sectionsChanged: Int
    }

    struct VersionView: Encodable {
        var id: String
        var date: OrNull<String>
        var commit: OrNull<String>
        var words: Int
        var technical: Bool
        var returnsTo: OrNull<String>
        var changes: OrNull<Changes>
    }

    var document: String
    var gaps: [GapView]
    var versions: [VersionView]

    init(_ history: DocumentHistory, rows: [HistoryRow]) {
        document = history.document.description
        gaps = history.gaps.map { GapView(after: $0.after, before: OrNull($0.before)) }
        versions = rows.map { row in
            VersionView(
                id: row.version.id, date: OrNull(row.version.date?.description), commit: OrNull(row.version.source.commit),
                words: row.words, technical: row.version.technical, returnsTo: OrNull(row.version.returnsTo),
                changes: OrNull(row.step.map { step in
                    Changes(answers: step.answers.map { AnswerView(question: $0.question.rawValue, old: $0.old.value, new: $0.new.value) },
                            sectionsAdded: step.sectionsAdded, sectionsRemoved: step.sectionsRemoved, sectionsChanged: step.sectionsChanged)
                }))
        }
    }

    /// One row per version: `document,id,date,commit,words,technical,returns_to,answers_changed`.
    static func csv(_ history: DocumentHistory, rows: [HistoryRow]) -> String {
        var lines = ["document,id,date,commit,words,technical,returns_to,answers_changed"]
        for row in rows {
            let v = row.version
            let fields = [history.document.description, v.id, v.date?.description ?? "", v.source.commit ?? "", String(row.words),
                          v.technical ? "true" : "false", v.returnsTo ?? "", String(row.step?.answers.count ?? 0)]
            lines.append(fields.map(MatrixFormatter.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
