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
        let headerY = 1, bodyY = 2
        let cursor = m.displayCursor(g)
        // Header: the corner names the row axis; column names follow.
        grid.fill(Rect(x: 0, y: headerY, width: size.width, height: 1), role: .title)
        grid.put(g.transposed ? "policy \\ question" : "question \\ policy", x: 0, y: headerY, limit: g.labelWidth - 1, role: .title)
        for dc in 0..<g.visibleColumns {
            let c = m.left + dc
            guard c < g.columnCount else { break }
            let x = g.labelWidth + dc * g.cellWidth
            let name = g.transposed ? Self.questionLabel(m.shown.rows[c].question, m) : MatrixView.name(m.shown.columns[c])
            grid.put(name, x: x, y: headerY, limit: g.cellWidth - 1, role: c == cursor.column ? .focusedTitle : .title)
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
            grid.put(label, x: 0, y: y, limit: g.labelWidth - 1, role: r == cursor.row ? .inactiveSelection : .normal)
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
                grid.put(text, x: x, y: y, limit: g.cellWidth - 1, role: here ? .selection : role)
            }
        }
        if g.columnCount > m.left + g.visibleColumns {
            grid.put("›", x: size.width - 1, y: headerY, limit: 1, role: .title)
        }
        drawPreview(y: bodyY + g.bodyRows, rows: g.previewRows, &grid, context)
        let position = m.shown.rows.isEmpty || m.shown.columns.isEmpty ? "" :
            "\(m.currentQuestion?.rawValue ?? "") × \(m.shown.columns[m.column].domain ?? m.shown.columns[m.column].id)"
        return ScreenStatus(left: position, right: "row \(cursor.row + 1)/\(g.rowCount) col \(cursor.column + 1)/\(g.columnCount)")
    }

    /// A question as a row or column label; the sort question is marked.
    static func questionLabel(_ q: Question, _ m: MatrixView) -> String {
        m.sort == q ? q.rawValue + (m.descending ? "↓" : "↑") : q.rawValue
    }

    static func policyLabel(_ column: AnswerMatrix.Column) -> String {
        MatrixView.name(column) + (column.archivedOn.map { " \($0.year)" } ?? "")
    }

    /// The line between body and preview, then the cell's value and its evidence sentences.
    private func drawPreview(y: Int, rows: Int, _ grid: inout Grid, _ context: ScreenContext) {
        let m = self, size = context.size
        grid.put(String(repeating: "─", count: size.width), x: 0, y: y, limit: size.width, role: .separator)
        guard let q = m.currentQuestion, let cell = m.currentCell, m.shown.columns.indices.contains(m.column) else { return }
        let column = m.shown.columns[m.column]
        var x = grid.put(" \(Self.policyLabel(column)) · \(q.text) ", x: 0, y: y, limit: size.width, role: .separator)
        guard !m.isPending(shownColumn: m.column) else {
            grid.put("computing…", x: 1, y: y + 1, limit: size.width - 1, role: .dim)
            return
        }
        x += grid.put(MatrixFormatter.compact(cell), x: x, y: y, limit: size.width - x, role: MatrixView.role(cell.value))
        if cell.value.isStated {
            grid.put(String(format: " (confidence %.2f%@)", cell.confidence, cell.isWeak ? ", weak" : ""), x: x, y: y, limit: size.width - x, role: .separator)
        }
        guard !cell.evidence.isEmpty else {
            let note = m.policy(ofShownColumn: m.column).flatMap { context.summaries[$0]?.note }
            let text = cell.value.isStated ? "no evidence sentence kept" : "not stated: no sentence answers this question"
            grid.put(note.map { "not classified: \($0)" } ?? text, x: 1, y: y + 1, limit: size.width - 1, role: .dim)
            return
        }
        // Evidence sentences wrapped, each after its section path; Enter opens the first.
        var lines: [(chars: ArraySlice<Character>, role: StyleRole)] = []
        for (n, e) in cell.evidence.enumerated() {
            let path = SectionPath.label(e.sectionPath)
            let head = Array("\(n + 1). \(path): ")
            lines.append((head[...], .dim))
            let text = Array(e.text)
            for r in TextLayout.wrap(text, width: max(1, size.width - 4)) { lines.append((text[r], .normal)) }
        }
        for (i, line) in lines.prefix(rows).enumerated() {
            grid.put(line.chars, x: line.role == .dim ? 1 : 3, y: y + 1 + i, limit: size.width - (line.role == .dim ? 1 : 3), role: line.role)
        }
    }
}
