import PolicyComparison
import PolicyExtraction

/// The answers panel (`A`): the open policy's answers, one row per question, with confidence
/// (a weak one marked `?` as in the matrix); Enter opens the evidence as the matrix does.
struct AnswersPanel: Sendable {
    var isOpen = false
    /// The question under the cursor, by ``Question/allCases`` order.
    var cursor = 0
    var top = 0

    /// The rows, one per question.
    static let questions: [Question] = Question.allCases
}

extension BrowserState {
    /// The panes Tab visits, in screen order: with the answers panel open, the answers sit
    /// beside the text from ``ScreenLayout/answersBesideText`` columns, else in the tree's place.
    var paneOrder: [Pane] {
        guard answers.isOpen else { return [.policies, .tree, .text] }
        return size.width >= ScreenLayout.answersBesideText ? [.policies, .tree, .text, .answers] : [.policies, .answers, .text]
    }

    /// `A`: opens the panel (focused, the policy's answers asked for) or closes it.
    mutating func toggleAnswers() {
        answers.isOpen.toggle()
        if answers.isOpen {
            if let p = reader.policy { _ = summary(of: p) }
            setFocus(.answers)
        } else {
            setFocus(focus == .answers || !paneOrder.contains(focus) ? .text : focus)
        }
    }

    /// Enter on a row: the text at the answer's evidence (a jump, so `C-o` comes back).
    mutating func openAnswerEvidence() {
        guard let p = reader.policy else { return }
        guard let summary = practices.summaries[p] else {
            message = "answers not computed yet"
            return
        }
        let answer = summary[AnswersPanel.questions[answers.cursor]]
        guard !answer.evidence.isEmpty else {
            message = summary.note.map { "not classified: \($0)" }
                ?? (answer.value.isStated ? "no evidence sentence kept" : "not stated: no sentence answers this question")
            return
        }
        show(evidence: answer.evidence, inPolicy: p)
        message = "\(answer.question.rawValue): \(MatrixFormatter.compact(answer)) · n next, C-o back"
    }

    /// The panel's title after its name: how many answers are stated and weak.
    var answersTitle: String {
        guard let p = reader.policy, let summary = practices.summaries[p] else { return reader.policy == nil ? "" : " (computing…)" }
        let all = AnswersPanel.questions.map { summary[$0] }
        return " \(all.filter(\.value.isStated).count)/\(all.count), \(all.filter(\.isWeak).count) weak"
    }

    /// Rows of questions the panel shows; the rest of it holds the question under the cursor.
    var answerRows: Int {
        let height = contentHeight(.answers)
        return height >= 14 ? height - 5 : height
    }

    func drawAnswers(_ rect: Rect, _ grid: inout Grid) {
        guard let p = reader.policy, let summary = practices.summaries[p] else {
            let note = reader.policy == nil ? "no policy open" : practiceSource == nil ? "no answers: practices are off" : "computing…"
            grid.put(note, x: rect.x + 1, y: rect.y, limit: rect.width - 1, role: .dim)
            return
        }
        let questions = AnswersPanel.questions
        // Values as wide as the widest (within a quarter of the panel), the questions the rest.
        let widest = questions.map { CharWidth.columns(MatrixFormatter.compact(summary[$0])) }.max() ?? 4
        let valueWidth = min(max(4, widest), max(4, rect.width / 4))
        let longest = questions.map { $0.rawValue.count }.max() ?? 1
        let labelWidth = max(1, min(longest, rect.width - valueWidth - 7))
        for row in 0..<min(answerRows, rect.height) {
            let q = answers.top + row
            guard questions.indices.contains(q) else { break }
            let answer = summary[questions[q]]
            let y = rect.y + row
            let selected = q == answers.cursor
            let base: StyleRole = selected ? (focus == .answers ? .selection : .inactiveSelection) : .normal
            if selected { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: base) }
            grid.put(questions[q].rawValue, x: rect.x + 1, y: y, limit: labelWidth, role: base)
            let x = rect.x + 1 + labelWidth + 1
            grid.put(MatrixFormatter.compact(answer), x: x, y: y, limit: valueWidth, role: selected ? base : MatrixView.role(answer.value))
            if answer.value.isStated {
                grid.put(String(format: "%.2f", answer.confidence), x: x + valueWidth + 1, y: y, limit: 4, role: selected ? base : .dim)
            }
        }
        guard answerRows < rect.height, questions.indices.contains(answers.cursor) else { return }
        // Below the rows: the question under the cursor, and what Enter does.
        let y = rect.y + answerRows
        grid.put(String(repeating: "─", count: rect.width), x: rect.x, y: y, limit: rect.width, role: .separator)
        let answer = summary[questions[answers.cursor]]
        let text = Array(answer.question.text)
        for (i, range) in TextLayout.wrap(text, width: max(1, rect.width - 2)).prefix(3).enumerated() {
            grid.put(text[range], x: rect.x + 1, y: y + 1 + i, limit: rect.width - 2, role: .normal)
        }
        let hint = answer.evidence.isEmpty ? (summary.note.map { "not classified: " + $0 } ?? "no evidence")
            : "Enter: " + Self.count(answer.evidence.count, "evidence sentence", "evidence sentences") + (answer.isWeak ? " · weak" : "")
        grid.put(hint, x: rect.x + 1, y: y + 4, limit: rect.width - 2, role: .dim)
    }
}
