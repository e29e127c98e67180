import PolicyExtraction

/// One-character marks in the policy list for answers a reader scans for first. A policy shows
/// them once its practices are computed (the list asks for the rows on screen).
public enum ListBadges {
    /// The mark, the question and value it stands for, and its help line.
    public static let table: [(mark: Character, question: Question, value: AnswerValue, help: String)] = [
        ("$", .sellsData, .yes, "sells personal information"),
        ("M", .sharesMarketing, .yes, "shares personal data for others' marketing"),
        ("T", .thirdPartyTracking, .yes, "lets third parties track on its sites"),
        ("D", .doNotTrack, .yes, "honours Do Not Track"),
        ("G", .optOutSignals, .yes, "honours Global Privacy Control (browser opt-out signals)"),
        ("A", .aiTraining, .yes, "trains AI models on personal data or user content"),
    ]

    /// The marks that apply, in table order; none while the practices are unknown.
    static func marks(_ summary: PracticeSummary?) -> String {
        guard let summary else { return "" }
        var marks = ""
        for entry in table where summary[entry.question].value == entry.value { marks.append(entry.mark) }
        return marks
    }

    /// Help overlay lines explaining the marks.
    public static var helpLines: [(label: String, help: String)] {
        table.map { (String($0.mark), "list badge: " + $0.help) }
    }
}

extension BrowserState {
    /// Asks for the practices of the policies on screen in the list, for their badges.
    mutating func requestVisibleSummaries() {
        guard practiceSource != nil else { return }
        let rows = contentHeight(.policies) + 1
        for i in list.top..<min(list.rows.count, list.top + rows) {
            if case .policy(let p, _) = list.rows[i], practices.summaries[p] == nil { _ = summary(of: p) }
        }
    }
}
