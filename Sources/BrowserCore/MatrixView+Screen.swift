import PolicyComparison
import PolicyExtraction

extension ViewKind {
    public static let matrix = ViewKind("matrix")
}

/// The answer matrix on the screen stack: move over cells, filter, sort, hide agreement,
/// open evidence.
extension MatrixView: StackedScreen {
    static let kind = ViewKind.matrix
    static let helpHeading = "In the answer matrix"
    static let command = "compare"
    static let readsOnlyPicked = true

    static let bindings = [
        KeyBinding([.char("c")], .openScreen(kind), "compare the marked policies: the answer matrix (:compare)", in: .browser),
        KeyBinding([.char("/")], .search, "filter questions or policies as you type", in: keyContext),
        KeyBinding([.enter], .open, "open the policy at this answer's evidence (q/Esc back)", in: keyContext),
        KeyBinding([.char("s")], .sortByValue, "sort the policies by this question (again: reverse)", in: keyContext),
        KeyBinding([.char("d")], .hideAgreement, "hide the questions where all policies agree", in: keyContext),
        KeyBinding([.char("t")], .transpose, "swap rows and columns", in: keyContext),
    ]

    /// `c`, `:compare`: the marked policies.
    static func pick(_ selection: ScreenSelection, _ context: ScreenContext) -> ScreenPick {
        selection.marked.isEmpty ? .refused("mark policies with Space (a marks all shown), then c compares them")
            : .policies(selection.marked)
    }

    init(showing indices: [Int], _ context: ScreenContext) {
        let columns = indices.map { i in
            AnswerMatrixColumn(id: context.policies[i].id, domain: context.policies[i].domain, archivedOn: context.policies[i].archivedOn)
        }
        self.init(policies: indices, columns: columns, summaries: indices.map { context.summaries[$0] })
    }

    func openingNote(_ context: ScreenContext) -> String? {
        context.hasPractices ? nil : "no practices: the classifier is not available"
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> ScreenEffect {
        let g = MatrixGeometry(size: context.size, view: self)
        switch action {
        case .moveDown: move(rows: 1, columns: 0, g)
        case .moveUp: move(rows: -1, columns: 0, g)
        case .left: move(rows: 0, columns: -1, g)
        case .right: move(rows: 0, columns: 1, g)
        case .top: move(rows: -Int.max / 2, columns: 0, g)
        case .bottom: move(rows: Int.max / 2, columns: 0, g)
        case .pageDown, .halfPageDown: move(rows: max(1, g.bodyRows - 1), columns: 0, g)
        case .pageUp, .halfPageUp: move(rows: -max(1, g.bodyRows - 1), columns: 0, g)
        case .search: return .filter(sigil: "filter questions or policies: ", text: filter)
        case .sortByValue: return .message(sortByCurrentQuestion())
        case .hideAgreement:
            hideAgreement.toggle()
            derive()
            return .message(hideAgreement ? "questions where all policies agree: hidden (d shows them)" : "every question shown")
        case .transpose:
            transposeChoice = !g.transposed
            top = 0
            left = 0
        case .open: return evidenceToOpen(context)
        default: return .pass
        }
        return .none
    }

    /// `s`: sorts the policies by the cursor's question; again reverses; a third time unsorts.
    private mutating func sortByCurrentQuestion() -> String? {
        guard let q = currentQuestion else { return nil }
        defer { derive() }
        if sort != q {
            sort = q
            descending = false
            return "policies sorted by \(q.rawValue): yes, no, values, not stated"
        } else if !descending {
            descending = true
            return "policies sorted by \(q.rawValue), reversed"
        }
        sort = nil
        return "policies in list order"
    }

    /// Enter: the cell's policy in the three panes at its evidence, every evidence sentence
    /// marked (n/N step through them); q/Esc come back.
    private func evidenceToOpen(_ context: ScreenContext) -> ScreenEffect {
        guard let q = currentQuestion, let p = policy(ofShownColumn: column) else { return .none }
        guard let summary = context.summaries[p] else { return .message("still computing this policy's practices…") }
        let evidence = summary[q].evidence
        guard !evidence.isEmpty else {
            return .message("\(context.policies[p].shortName) does not state \(q.rawValue): no evidence to open")
        }
        let note = "\(q.rawValue): evidence \(evidence.count > 1 ? "1/\(evidence.count), n/N for the others" : "1/1"); q/Esc back"
        return .read(evidence: evidence, policy: p, note: note)
    }

    mutating func refresh(policy index: Int, _ context: ScreenContext) {
        guard let summary = context.summaries[index] else { return }
        fill(policy: index, with: summary)
    }

    mutating func clamp(_ context: ScreenContext) {
        clampScroll(MatrixGeometry(size: context.size, view: self))
    }

    mutating func filter(_ text: String, done: Bool, _ context: ScreenContext) -> String? {
        guard done else {
            filter = text
            derive()
            return nil
        }
        return shown.rows.isEmpty || shown.columns.isEmpty ? "no question or policy matches '\(text)'" : nil
    }
}
