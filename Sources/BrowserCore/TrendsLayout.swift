import PolicyExtraction
import PolicyHistory

/// The columns of the trends screen: year, documents, a bar and count per value (scrolled so
/// the cursor's value shows), the median age for `children-min-age`, and median words.
struct TrendsLayout {
    var width: Int
    var values: [String]
    var kind: AnswerKind
    /// The first value shown and how many fit.
    var first: Int
    var shown: Int
    var column: Int

    static let lead = 12
    static let tail = 8

    init(width: Int, values: [String], kind: AnswerKind, cursor: Int) {
        self.width = width
        self.values = values
        self.kind = kind
        let room = max(14, width - Self.lead - Self.tail - (kind == .number ? 8 : 0) - 1)
        column = max(14, min(30, room / max(1, values.count)))
        shown = max(1, min(values.count, room / column))
        first = max(0, min(cursor - shown + 1, values.count - shown))
    }

    private var visible: ArraySlice<String> { values.dropFirst(first).prefix(shown) }
    private var medianX: Int { Self.lead + shown * column }
    private var wordsX: Int { medianX + (kind == .number ? 8 : 0) }

    func drawHeader(_ grid: inout Grid, y: Int) {
        grid.put("year  docs", x: 1, y: y, limit: Self.lead, role: .heading)
        for (i, value) in visible.enumerated() {
            let label = (first > 0 && i == 0 ? "‹ " : "") + value + (i == shown - 1 && first + shown < values.count ? " ›" : "")
            grid.put(label.fitted(column - 1), x: Self.lead + i * column, y: y, limit: column - 1, role: .heading)
        }
        if kind == .number { grid.put("median", x: medianX, y: y, limit: 7, role: .heading) }
        grid.put("words", x: wordsX, y: y, limit: Self.tail, role: .heading)
    }

    func drawRow(_ grid: inout Grid, y: Int, year: Int, tally: TrendTally, words: Double?, cursor: Int?) {
        grid.put("\(year)  " + Self.padded(tally.total, 4), x: 1, y: y, limit: Self.lead - 1, role: cursor == nil ? .normal : .heading)
        for (i, value) in visible.enumerated() {
            let x = Self.lead + i * column, count = tally.count(value)
            let selected = cursor == first + i
            if selected { grid.fill(Rect(x: x, y: y, width: column - 1, height: 1), role: .selection) }
            let bar = BlockBar.text(tally.total > 0 ? Double(count) / Double(tally.total) : 0, width: column - 6)
            let used = grid.put(bar, x: x, y: y, limit: column - 6, role: selected ? .selection : Self.role(value))
            grid.put(" " + String(count), x: x + max(used, 0), y: y, limit: 5, role: selected ? .selection : .normal)
        }
        if kind == .number { grid.put(tally.median.map(Trends.display) ?? "-", x: medianX, y: y, limit: 7, role: .normal) }
        grid.put(words.map(Trends.display) ?? "-", x: wordsX, y: y, limit: Self.tail, role: .dim)
    }

    static func role(_ value: String) -> StyleRole {
        switch value {
        case AnswerValue.yes.display: .answerYes
        case AnswerValue.no.display: .answerNo
        case Trends.notStated: .answerNotStated
        default: .answerValue
        }
    }

    static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
