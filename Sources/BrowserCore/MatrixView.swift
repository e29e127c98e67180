import PolicyComparison
import PolicyExtraction
import PolicyModel

/// The answer matrix view: the marked policies' answers, question by question, with the
/// filter, sort and agreement options applied, and a cursor on one cell.
///
/// ``base`` holds every marked policy (cells not yet computed are placeholders listed in
/// ``pending``); ``shown`` is what the options leave of it, derived again after each change.
struct MatrixView: Sendable {
    /// The compared policies, in column order of ``base``.
    var policies: [Int]
    var base: AnswerMatrix
    /// Column ids whose practices have not arrived (drawn as `…`).
    var pending: Set<String>
    var filter = ""
    var sort: Question?
    var descending = false
    var hideAgreement = false
    /// Rows and columns swapped by the user; nil: swapped when the policies do not fit across.
    var transposeChoice: Bool?
    private(set) var shown: AnswerMatrix
    /// The cursor: an index into ``shown`` rows (a question) and columns (a policy).
    var row = 0
    var column = 0
    /// Scroll offsets, in display rows and columns.
    var top = 0
    var left = 0

    init(policies: [Int], columns: [AnswerMatrix.Column], summaries: [PracticeSummary?]) {
        self.policies = policies
        base = AnswerMatrix(columns: columns, rows: Question.allCases.map { q in
            AnswerMatrix.Row(q, cells: summaries.map { Self.cell($0, q) })
        })
        pending = Set(zip(columns, summaries).filter { $0.1 == nil }.map(\.0.id))
        shown = base
        derive()
    }

    /// The matrix cell of one answer; a not-stated placeholder while the summary is unknown.
    static func cell(_ summary: PracticeSummary?, _ question: Question) -> Answer {
        summary?[question] ?? .notStated(question)
    }

    /// A policy's practices arrived: fills its column.
    mutating func fill(policy index: Int, with summary: PracticeSummary) {
        guard let c = policies.firstIndex(of: index), pending.remove(base.columns[c].id) != nil else { return }
        for r in base.rows.indices { base.rows[r].cells[c] = Self.cell(summary, base.rows[r].question) }
        derive()
    }

    /// The policy index of a ``shown`` column.
    func policy(ofShownColumn c: Int) -> Int? {
        guard shown.columns.indices.contains(c), let i = base.columns.firstIndex(of: shown.columns[c]) else { return nil }
        return policies[i]
    }

    func isPending(shownColumn c: Int) -> Bool {
        shown.columns.indices.contains(c) && pending.contains(shown.columns[c].id)
    }

    var currentQuestion: Question? { shown.rows.indices.contains(row) ? shown.rows[row].question : nil }

    var currentCell: Answer? {
        guard shown.rows.indices.contains(row), shown.columns.indices.contains(column) else { return nil }
        return shown.rows[row].cells[column]
    }

    /// Applies agreement hiding, the filter and the sort to ``base``, keeping the cursor on the
    /// same question and policy when they are still shown.
    mutating func derive() {
        let keepQuestion = currentQuestion
        let keepColumn = shown.columns.indices.contains(column) ? shown.columns[column] : nil
        var m = base
        if hideAgreement {
            let computed = base.columns.indices.filter { !pending.contains(base.columns[$0].id) }
            m = m.selecting(base.selectingColumns(computed).hidingAgreement().rows.map(\.question))
        }
        if !filter.isEmpty {
            let f = filter.lowercased()
            let questions = m.rows.map(\.question).filter { $0.rawValue.contains(f) }
            let columns = m.columns.indices.filter { Self.name(m.columns[$0]).lowercased().contains(f) || m.columns[$0].id.lowercased().contains(f) }
            if questions.isEmpty && columns.isEmpty {
                m = m.selecting([])
            } else {
                if !questions.isEmpty { m = m.selecting(questions) }
                if !columns.isEmpty { m = m.selectingColumns(columns) }
            }
        }
        if let sort { m = m.sortingColumns(by: sort, descending: descending) }
        shown = m
        if let keepQuestion, let r = m.rows.firstIndex(where: { $0.question == keepQuestion }) { row = r }
        if let keepColumn, let c = m.columns.firstIndex(of: keepColumn) { column = c }
        row = max(0, min(row, m.rows.count - 1))
        column = max(0, min(column, m.columns.count - 1))
    }

    /// How a column is named on screen: the domain (or id).
    static func name(_ column: AnswerMatrix.Column) -> String { column.domain ?? column.id }

    /// The role of a value: yes, no, not stated, or a number or list.
    static func role(_ value: AnswerValue) -> StyleRole {
        switch value {
        case .yes: .answerYes
        case .no: .answerNo
        case .notStated: .answerNotStated
        case .integer, .list: .answerValue
        }
    }
}

/// Where the matrix view's parts go for a screen size: label and cell widths from what the
/// names and values need and the width there is, and the header's height (up to three lines,
/// ``HeaderLabel``).
struct MatrixGeometry {
    var transposed: Bool
    var labelWidth: Int
    var cellWidth: Int
    /// Lines of the column header.
    var headerLines: Int
    /// Display rows and columns that fit.
    var bodyRows: Int
    var visibleColumns: Int
    var previewRows: Int
    /// Display rows and columns in all.
    var rowCount: Int
    var columnCount: Int

    /// The most lines a column header takes.
    static let maxHeaderLines = 3

    init(size: Size, view: MatrixView) {
        let w = size.width, h = size.height
        let policiesAcross = max(1, view.shown.columns.count)
        let questionLabels = view.shown.rows.map { MatrixView.questionLabel($0.question, view) }
        let normalLabel = min(max(12, w / 3), Self.widest(questionLabels, at: 12) + 1)
        let fits = policiesAcross * 14 <= w - normalLabel
        transposed = view.transposeChoice ?? !fits
        let headers = transposed ? questionLabels : view.shown.columns.map(MatrixView.name)
        if transposed {
            labelWidth = min(max(12, w / 3), Self.widest(view.shown.columns.map(MatrixView.policyLabel), at: 12) + 1)
            // Wide enough for every question in three lines, but at least four columns across.
            let need = Self.widest(headers.map { HeaderLabel.width($0, lines: Self.maxHeaderLines, minimum: 7) }, at: 7) + 1
            cellWidth = max(8, min(need, (w - labelWidth) / 4))
        } else {
            labelWidth = normalLabel
            // Wide enough for the names and the values (up to 40 columns), as the width allows.
            let values = view.shown.rows.flatMap { $0.cells.map { CharWidth.columns(MatrixFormatter.compact($0)) } }
            let need = max(Self.widest(headers.map { HeaderLabel.width($0, lines: 2, minimum: 6) }, at: 6), min(40, values.max() ?? 0)) + 1
            cellWidth = max(6, min(need, (w - labelWidth) / policiesAcross))
        }
        let textWidth = cellWidth - 1
        headerLines = max(1, headers.map { HeaderLabel.wrap($0, width: textWidth, lines: Self.maxHeaderLines).count }.max() ?? 1)
        previewRows = h >= 20 ? 5 : h >= 12 ? 3 : 1
        // Title, header, separator above the preview, status.
        bodyRows = max(1, h - 3 - headerLines - previewRows)
        visibleColumns = max(1, (w - labelWidth) / cellWidth)
        rowCount = transposed ? view.shown.columns.count : view.shown.rows.count
        columnCount = transposed ? view.shown.rows.count : view.shown.columns.count
    }

    /// The widest of `widths` (or of the texts), or `floor`.
    private static func widest(_ widths: [Int], at floor: Int) -> Int { max(floor, widths.max() ?? 0) }
    private static func widest(_ texts: [String], at floor: Int) -> Int { widest(texts.map { CharWidth.columns($0) }, at: floor) }
}

extension MatrixView {
    /// The cursor in display rows and columns.
    func displayCursor(_ g: MatrixGeometry) -> (row: Int, column: Int) {
        g.transposed ? (column, row) : (row, column)
    }

    /// Moves the cursor by display rows or columns.
    mutating func move(rows dr: Int, columns dc: Int, _ g: MatrixGeometry) {
        if g.transposed {
            column = max(0, min(column + dr, shown.columns.count - 1))
            row = max(0, min(row + dc, shown.rows.count - 1))
        } else {
            row = max(0, min(row + dr, shown.rows.count - 1))
            column = max(0, min(column + dc, shown.columns.count - 1))
        }
        row = max(0, row)
        column = max(0, column)
    }

    /// Scrolls so the cursor is on screen.
    mutating func clampScroll(_ g: MatrixGeometry) {
        let cursor = displayCursor(g)
        top = BrowserState.scrolled(top: top, cursor: cursor.row, height: g.bodyRows, count: g.rowCount)
        left = BrowserState.scrolled(top: left, cursor: cursor.column, height: g.visibleColumns, count: g.columnCount)
    }
}

typealias AnswerMatrixColumn = AnswerMatrix.Column
