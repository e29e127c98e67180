import PolicyComparison
import PolicyExtraction
import PolicyHistory

/// Drawing the timeline: the axis rows (dates, versions, words, sections changed), the
/// answer strip, and the step under the cursor.
extension TimelineView {
    /// Rows above the strip: dates, versions, words, sections, a rule.
    static let axisRows = 5

    /// Rows of the step under the cursor, below the strip (and its rule).
    static func detailRows(_ context: ScreenContext) -> Int { context.size.height >= 30 ? 5 : 3 }

    /// Question rows shown at once.
    func stripHeight(_ context: ScreenContext) -> Int {
        max(1, context.bodyHeight - Self.axisRows - 1 - Self.detailRows(context))
    }

    func draw(_ grid: inout Grid, _ context: ScreenContext) -> ScreenStatus {
        let width = context.size.width, labelWidth = Self.labelWidth(width)
        let versions = history.versions
        var title = "Timeline: \(history.document) · \(BrowserState.count(versions.count, "version", "versions"))"
        if let first = history.firstDate, let last = history.lastDate { title += ", \(first) to \(last)" }
        title += columns.unit == .version ? "" : " · by \(columns.unit.rawValue)"
        if hideTechnical { title += " · technical hidden" }
        grid.putViewTitle(title)
        let cursorColumn = columns.column(of: cursor)
        let labels = ["date", "versions", "words", "sections ±"]
        for (i, label) in labels.enumerated() { grid.put(label, x: 0, y: 1 + i, limit: labelWidth - 1, role: .dim) }
        grid.put(String(repeating: "─", count: width), x: 0, y: 5, limit: width, role: .separator)
        grid.put("answers", x: 0, y: 5, limit: labelWidth - 1, role: .dim)
        drawDates(&grid, x: labelWidth, limit: width)
        let maxWords = words.compactMap { $0 }.max() ?? 0, minWords = words.compactMap { $0 }.min() ?? 0
        let sizes = columns.columns.map { $0.reduce(0) { $0 + (steps[$1].map { $0.added + $0.removed + $0.changed } ?? 0) } }
        let maxSize = sizes.max() ?? 0
        for (c, column) in columns.columns.enumerated() {
            let x = labelWidth + c * columns.cellWidth
            grid.put(versionMark(column, here: c == cursorColumn), width: 1, x: x, y: 2,
                     role: c == cursorColumn ? .focusedTitle : column.allSatisfy { versions[$0].technical } ? .dim : .normal)
            if let w = column.last.flatMap({ words[$0] }) {
                grid.put(Self.bar(w - minWords, of: maxWords - minWords), width: 1, x: x, y: 3, role: .normal)
            } else {
                grid.put("·", width: 1, x: x, y: 3, role: .dim)
            }
            let stepsKnown = column.allSatisfy { $0 == 0 || steps[$0] != nil }
            let sectionMark: Character = column == [0] ? " " : !stepsKnown ? "·" : sizes[c] == 0 ? "_" : Self.bar(sizes[c], of: maxSize)
            grid.put(sectionMark, width: 1, x: x, y: 4, role: stepsKnown ? .normal : .dim)
        }
        let strip = stripHeight(context)
        for row in 0..<strip {
            let q = top + row
            guard q < Question.allCases.count else { break }
            let question = Question.allCases[q], y = 6 + row
            let changedHere = steps[cursor]?.changes(question) ?? false
            grid.put(question.rawValue.fitted(labelWidth - 1), x: 0, y: y, limit: labelWidth - 1, role: changedHere ? .heading : .normal)
            for (c, column) in columns.columns.enumerated() {
                let (mark, role) = cell(question, column)
                grid.put(mark, width: 1, x: labelWidth + c * columns.cellWidth, y: y, role: c == cursorColumn && mark == "░" ? .selection : role)
            }
        }
        let detailY = 6 + strip
        grid.put(String(repeating: "─", count: width), x: 0, y: detailY, limit: width, role: .separator)
        for (i, line) in detail(width: width - 2).prefix(Self.detailRows(context)).enumerated() {
            grid.put(line, x: 1, y: detailY + 1 + i, limit: width - 2)
        }
        let known = "answers \(extractedCount)/\(versions.count)" + (finished || !extracting ? "" : "…")
        let position = (shown.firstIndex(of: cursor).map { "version \($0 + 1)/\(shown.count)" } ?? "version hidden")
        return ScreenStatus(left: "← → step · [ ] answer changes · Enter read · d diff · t technical",
                            right: "\(position) │ \(extracting ? known : "no answers")")
    }

    /// Each column's date as far as its width allows, else the year above each column where
    /// a new year starts, when it fits.
    private func drawDates(_ grid: inout Grid, x left: Int, limit: Int) {
        let room = columns.cellWidth - 1
        if columns.unit == .version, room >= 4 {
            for (c, column) in columns.columns.enumerated() {
                let text = history.versions[column[0]].date.map { String($0.description.prefix(room >= 10 ? 10 : room >= 7 ? 7 : 4)) } ?? "undated"
                grid.put(text, x: left + c * columns.cellWidth, y: 1, limit: room, role: .title)
            }
            return
        }
        var free = left, lastYear: Int?? = .none
        for (c, column) in columns.columns.enumerated() {
            let year = history.versions[column[0]].date?.year
            defer { lastYear = .some(year) }
            if case .some(let previous) = lastYear, previous == year { continue }
            let x = left + c * columns.cellWidth, text = year.map(String.init) ?? "undated"
            guard x >= free, x + text.count <= limit else { continue }
            grid.put("╵" + text.dropFirst(0), x: x, y: 1, limit: limit - x, role: .title)
            free = x + text.count + 2
        }
    }

    /// A column's mark on the versions row: ▼ at the cursor, ◌ technical, ↺ a return to an
    /// earlier text, the count of versions in a month or year, else ●.
    private func versionMark(_ column: [Int], here: Bool) -> Character {
        if here { return "▼" }
        let versions = column.map { history.versions[$0] }
        if versions.allSatisfy(\.technical) { return "◌" }
        if column.count > 1 { return column.count < 10 ? Character(String(column.count)) : "+" }
        return versions[0].returnsTo != nil ? "↺" : "●"
    }

    /// A strip cell: the value's mark and colour (◆ where the answer changed), ░ while
    /// pending, blank when nothing extracts answers.
    private func cell(_ question: Question, _ column: [Int]) -> (Character, StyleRole) {
        guard let answer = answer(question, column: column) else { return (extracting ? "░" : " ", .dim) }
        let role = MatrixView.role(answer.value)
        if changed(question, column: column) { return ("◆", role) }
        switch answer.value {
        case .yes: return ("●", role)
        case .no: return ("○", role)
        case .notStated: return ("·", role)
        case .integer, .list: return ("■", role)
        }
    }

    /// One of eight heights for `value` out of `maximum`.
    static func bar(_ value: Int, of maximum: Int) -> Character {
        let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        guard maximum > 0 else { return bars[3] }
        return bars[min(7, max(0, value * 7 / maximum))]
    }

    /// The step under the cursor: the version, its words and sections, then the answers that
    /// changed (old -> new), wrapped.
    func detail(width: Int) -> [StyledLine] {
        let version = history.versions[cursor]
        var head = StyledLine()
        head.append(version.label, .heading)
        var notes = ["\(cursor + 1) of \(history.versions.count)"]
        if let w = words[cursor] { notes.append("\(w) words") }
        if let step = steps[cursor] { notes.append("sections +\(step.added) -\(step.removed) ~\(step.changed)") }
        if version.technical { notes.append("technical") }
        if let back = version.returnsTo { notes.append("returns to \(back)") }
        if history.gaps.contains(where: { $0.after == version.id }) { notes.append("deleted after it") }
        if policyIndex[cursor] == nil { notes.append("not loaded") }
        head.append("  " + notes.joined(separator: " · "), .normal)
        var body = StyledLine()
        if cursor == 0 {
            body.append("the first version", .dim)
        } else if !extracting {
            body.append("no answers: the classifier is not available", .dim)
        } else if let step = steps[cursor] {
            if step.answers.isEmpty { body.append("no answer changed", .dim) }
            for (i, change) in step.answers.enumerated() {
                if i > 0 { body.append("   ", .normal) }
                body.append(change.question.rawValue + ": ", .normal)
                body.append(MatrixFormatter.compact(change.old), MatrixView.role(change.old.value))
                body.append(" -> ", .normal)
                body.append(MatrixFormatter.compact(change.new), MatrixView.role(change.new.value))
            }
        } else {
            body.append("answers: extracting… (\(extractedCount) of \(history.versions.count) versions done)", .dim)
        }
        return head.wrapped(width: width).prefix(1) + body.wrapped(width: width)
    }
}
