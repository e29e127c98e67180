import PolicyComparison
import PolicyExtraction
import PolicyModel

/// Drawing the answer matrix: title, header, cells (a role per value), the evidence preview.
extension MatrixView {
    func draw(_ grid: inout Grid, _ context: ScreenContext) -> ScreenStatus {
        let m = self, size = context.size
        let g = MatrixGeometry(size: size, view: m)
        var title = "Answers: \(BrowserState.count(m.shown.rows.count, "question", "questions")) × \(BrowserState.count(m.shown.columns.count, "policy", "policies"))"
        if let q = m.sort { title += " · sorted by \(q.rawValue) \(m.descending ? "↓" : "↑")" }
        if m.hideAgreement { title += " · differences only" }
        if !m.filter.isEmpty { title += " · /\(m.filter)" }
        grid.putViewTitle(title)
        let headerY = 1, bodyY = 1 + g.headerLines
        let cursor = m.displayCursor(g)
        // Header: the corner names the row axis; column names follow, wrapped in up to three lines.
        grid.fill(Rect(x: 0, y: headerY, width: size.width, height: g.headerLines), role: .title)
        let corner = g.headerLines == 1 ? [g.transposed ? "policy \\ question" : "question \\ policy"]
            : g.transposed ? ["questions →", "policies ↓"] : ["policies →", "questions ↓"]
        for (i, text) in corner.enumerated() {
            grid.put(text.fitted(g.labelWidth - 1), x: 0, y: headerY + g.headerLines - corner.count + i, limit: g.labelWidth - 1, role: .title)
        }
        for dc in 0..<g.visibleColumns {
            let c = m.left + dc
            guard c < g.columnCount else { break }
            let x = g.labelWidth + dc * g.cellWidth
            let name = g.transposed ? Self.questionLabel(m.shown.rows[c].question, m) : MatrixView.name(m.shown.columns[c])
            for (i, line) in HeaderLabel.wrap(name, width: g.cellWidth - 1, lines: g.headerLines).enumerated() {
                grid.put(line, x: x, y: headerY + i, limit: g.cellWidth - 1, role: c == cursor.column ? .focusedTitle : .title)
            }
        }
        if m.shown.rows.isEmpty || m.shown.columns.isEmpty {
            let note = m.filter.isEmpty ? "every policy agrees on every question (d shows them all)" : "nothing matches '\(m.filter)'"
            grid.put(note, x: 1, y: bodyY, limit: size.width - 1, role: .dim)
        }
        for dr in 0..<g.bodyRows {
            let r = m.top + dr
            guard r < g.rowCount else { break }
            let y = bodyY + dr
            let label = g.transposed ? Self.policyLabel(m.shown.columns[r]) : Self.questionLabel(m.shown.rows[r].question, m)
            grid.put(label.fitted(g.labelWidth - 1), x: 0, y: y, limit: g.labelWidth - 1, role: r == cursor.row ? .inactiveSelection : .normal)
            for dc in 0..<g.visibleColumns {
                let c = m.left + dc
                guard c < g.columnCount else { break }
                let (q, p) = g.transposed ? (c, r) : (r, c)
                let x = g.labelWidth + dc * g.cellWidth
                let here = r == cursor.row && c == cursor.column
                let text: String, role: StyleRole
                if m.isPending(shownColumn: p) {
                    (text, role) = ("…", .dim)
                } else {
                    let cell = m.shown.rows[q].cells[p]
                    (text, role) = (MatrixFormatter.compact(cell), MatrixView.role(cell.value))
                }
                if here { grid.fill(Rect(x: x, y: y, width: g.cellWidth - 1, height: 1), role: .selection) }
                grid.put(text.fitted(g.cellWidth - 1), x: x, y: y, limit: g.cellWidth - 1, role: here ? .selection : role)
            }
        }
        if g.columnCount > m.left + g.visibleColumns {
            grid.put("›", x: size.width - 1, y: headerY, limit: 1, role: .title)
        }
        // The status line: the cursor's whole question (the preview repeats it when it is cut).
        let position = "\(cursor.row + 1)/\(g.rowCount) × \(cursor.column + 1)/\(g.columnCount)"
        let question = m.shown.rows.isEmpty || m.shown.columns.isEmpty ? "" : m.currentQuestion?.text ?? ""
        let room = size.width - CharWidth.columns(position) - (size.width >= 60 ? 17 : 1)
        let whole = CharWidth.columns(question) <= room
        drawPreview(y: bodyY + g.bodyRows, rows: g.previewRows, questionShown: whole, &grid, context)
        return ScreenStatus(left: question.fitted(room), right: position)
    }

    /// A question as a row or column label; the sort question is marked.
    static func questionLabel(_ q: Question, _ m: MatrixView) -> String {
        m.sort == q ? q.rawValue + (m.descending ? "↓" : "↑") : q.rawValue
    }

    static func policyLabel(_ column: AnswerMatrix.Column) -> String {
        MatrixView.name(column) + (column.archivedOn.map { " \($0.year)" } ?? "")
    }

    /// The line between body and preview (policy, question, value), then the question when the
    /// status line cut it, a list value in full, and the evidence sentences, wrapped.
    private func drawPreview(y: Int, rows: Int, questionShown: Bool, _ grid: inout Grid, _ context: ScreenContext) {
        let m = self, size = context.size
        grid.put(String(repeating: "─", count: size.width), x: 0, y: y, limit: size.width, role: .separator)
        guard let q = m.currentQuestion, let cell = m.currentCell, m.shown.columns.indices.contains(m.column) else { return }
        let column = m.shown.columns[m.column]
        var x = grid.put(" \(Self.policyLabel(column)) · \(q.rawValue): ", x: 0, y: y, limit: size.width, role: .separator)
        var lines: [(chars: ArraySlice<Character>, role: StyleRole, indent: Int)] = []
        func add(_ text: String, _ role: StyleRole, indent: Int) {
            let chars = Array(text)
            for r in TextLayout.wrap(chars, width: max(1, size.width - indent - 1)) { lines.append((chars[r], role, indent)) }
        }
        if !questionShown { add(q.text, .normal, indent: 1) }
        defer {
            for (i, line) in lines.prefix(rows).enumerated() {
                grid.put(line.chars, x: line.indent, y: y + 1 + i, limit: size.width - line.indent, role: line.role)
            }
        }
        guard !m.isPending(shownColumn: m.column) else { return add("computing…", .dim, indent: 1) }
        x += grid.put(MatrixFormatter.compact(cell), x: x, y: y, limit: size.width - x, role: MatrixView.role(cell.value))
        if cell.value.isStated {
            grid.put(String(format: " (confidence %.2f%@)", cell.confidence, cell.isWeak ? ", weak" : ""), x: x, y: y, limit: size.width - x, role: .separator)
        }
        if case .list(let items) = cell.value { add("\(items.count) listed: " + items.joined(separator: ", "), .answerValue, indent: 1) }
        guard !cell.evidence.isEmpty else {
            let note = m.policy(ofShownColumn: m.column).flatMap { context.summaries[$0]?.note }
            let text = cell.value.isStated ? "no evidence sentence kept" : "not stated: no sentence answers this question"
            return add(note.map { "not classified: \($0)" } ?? text, .dim, indent: 1)
        }
        // Evidence sentences, each after its section path; Enter opens the first.
        for (n, e) in cell.evidence.enumerated() {
            add("\(n + 1). \(SectionPath.label(e.sectionPath)): ", .dim, indent: 1)
            add(e.text, .normal, indent: 3)
        }
    }
}
