import PolicyExtraction
import PolicyHistory

/// The trends on the screen stack: keys, background work, drawing.
extension TrendsView: StackedScreen {
    static let kind = ViewKind.trends
    static let helpHeading = "In the trends (:trends)"
    static let command = "trends"
    static let commandArgument: String? = "QUESTION"

    static let bindings = [
        KeyBinding([.char("Y")], .openScreen(kind), "trends: answers across the loaded documents year by year (:trends QUESTION)", in: .browser),
        KeyBinding([.char("h"), .left], .left, "previous question (in a list of documents: back to the bars)", in: keyContext),
        KeyBinding([.char("l"), .right], .right, "next question", in: keyContext),
        KeyBinding([.tab, .char("]")], .nextPane, "next value's bar in the year", in: keyContext),
        KeyBinding([.backTab, .char("[")], .previousPane, "previous value's bar", in: keyContext),
        KeyBinding([.enter], .open, "list the documents behind the bar; on a document, open it at its answer", in: keyContext),
    ]

    /// `:trends`: every loaded policy, when trends are plugged in.
    static func pick(_ selection: ScreenSelection, _ context: ScreenContext) -> ScreenPick {
        context.trends == nil ? .refused("no trends in this browser (no classifier)")
            : context.policies.isEmpty ? .refused("no policies loaded") : .policies([])
    }

    /// `:trends QUESTION` opens at that question.
    mutating func begin(_ argument: String, _ context: ScreenContext) -> ScreenEffect {
        guard !argument.isEmpty else { return .none }
        guard let i = Question.allCases.firstIndex(where: { $0.rawValue == argument }) else {
            return .message("unknown question '\(argument)'; known: " + Question.allCases.map(\.rawValue).joined(separator: ", "))
        }
        question = i
        return .none
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> ScreenEffect {
        if var shown = listing {
            defer { if listing != nil { listing = shown } }
            let page = max(1, context.bodyHeight - 2)
            switch action {
            case .close, .cancel, .left: listing = nil
            case .open: return open(shown, context)
            default:
                guard let move = ScrollMove(action, page: page) else { return .pass }
                shown.cursor = move.apply(to: shown.cursor)
            }
            return .none
        }
        switch action {
        case .left: show(question: question - 1)
        case .right: show(question: question + 1)
        case .nextPane: bar += 1
        case .previousPane: bar -= 1
        case .open: return list()
        default:
            guard let move = ScrollMove(action, page: max(1, context.bodyHeight - 4)) else { return .pass }
            year = move.apply(to: year)
        }
        return .none
    }

    mutating func refresh(policy index: Int, _ context: ScreenContext) {}

    mutating func clamp(_ context: ScreenContext) {
        let years = trends?.years.count ?? 0
        year = max(0, min(year, years - 1))
        bar = max(0, min(bar, values.count - 1))
        let rows = max(1, context.bodyHeight - 2)
        top = max(0, min(top, year, years - rows))
        if year >= top + rows { top = year - rows + 1 }
        if var shown = listing {
            let listRows = max(1, context.bodyHeight - 1)
            shown.cursor = max(0, min(shown.cursor, shown.versions.count - 1))
            shown.top = max(0, min(shown.top, shown.cursor, shown.versions.count - listRows))
            if shown.cursor >= shown.top + listRows { shown.top = shown.cursor - listRows + 1 }
            listing = shown
        }
    }

    mutating func takeWork() -> ScreenWork? {
        defer { work = nil }
        return work
    }

    mutating func receive(_ result: any Sendable, _ context: ScreenContext) {
        if let update = result as? Progress, update.tag == tag {
            progress = (update.done, update.total)
        } else if let outcome = result as? Outcome, outcome.tag == tag {
            progress = nil
            switch outcome.result {
            case .success(let counted): trends = counted
            case .failure(let why): problem = why.reason
            }
            clamp(context)
        }
    }

    func copyText(_ context: ScreenContext) -> String? {
        if let listing, listing.versions.indices.contains(listing.cursor) { return listing.versions[listing.cursor] }
        return selectedBar.map { "\(shownQuestion.rawValue) \($0.year) \($0.bar.value): \($0.bar.count)" }
    }

    func draw(_ grid: inout Grid, _ context: ScreenContext) -> ScreenStatus {
        if let listing { return drawListing(listing, &grid, context) }
        let width = context.size.width, q = shownQuestion
        grid.putViewTitle("Trends: \(q.rawValue) — \(q.text)")
        grid.put("question \(question + 1)/\(Question.allCases.count)   ←/→ question  ↑/↓ year  Tab value  Enter documents",
                 x: 1, y: 1, limit: width - 2, role: .dim)
        guard let trends else {
            let note = problem ?? progress.map { "extracting the versions in force at each year's end: \($0.done) of \($0.total)…" }
                ?? "counting the answers of \(context.policies.count) policies…"
            grid.put(note, x: 1, y: 3, limit: width - 2, role: problem == nil ? .dim : .message)
            return ScreenStatus(left: "q/Esc back", right: progress.map { "\($0.done)/\($0.total) versions" } ?? "")
        }
        let layout = TrendsLayout(width: width, values: values, kind: q.kind, cursor: bar)
        layout.drawHeader(&grid, y: 2)
        let rows = max(1, context.bodyHeight - 2)
        for (row, i) in trends.years.indices.dropFirst(top).prefix(rows).enumerated() {
            let y = trends.years[i]
            layout.drawRow(&grid, y: 3 + row, year: y, tally: trends.tally(q, y), words: trends.words[y], cursor: i == year ? bar : nil)
        }
        let position = selectedBar.map { "\($0.year) \($0.bar.value): \($0.bar.count) of \(trends.documents[$0.year]?.count ?? 0)" } ?? ""
        return ScreenStatus(left: "Enter lists the documents behind the bar; q/Esc back", right: position)
    }

    private func drawListing(_ listing: Listing, _ grid: inout Grid, _ context: ScreenContext) -> ScreenStatus {
        let width = context.size.width
        let total = trends?.documents[listing.year]?.count ?? 0
        grid.putViewTitle("Trends: \(listing.question.rawValue) \(listing.value) in \(listing.year): \(listing.versions.count) of \(total) documents")
        grid.put("document", x: 2, y: 1, limit: width - 32, role: .heading)
        grid.put("version", x: max(12, width - 28), y: 1, limit: 10, role: .heading)
        grid.put("words", x: width - 7, y: 1, limit: 5, role: .heading)
        let rows = max(1, context.bodyHeight - 1)
        for (row, i) in listing.versions.indices.dropFirst(listing.top).prefix(rows).enumerated() {
            guard let sample = trends?.samples[listing.versions[i]] else { continue }
            let y = 2 + row, role: StyleRole = i == listing.cursor ? .selection : .normal
            if i == listing.cursor { grid.fill(Rect(x: 0, y: y, width: width, height: 1), role: role) }
            let date = sample.version.date?.description ?? "undated"
            let words = "\(sample.words) words"
            let used = grid.put(sample.version.document.description.fitted(max(1, width - 32)), x: 2, y: y, limit: width - 32, role: role)
            grid.put(date, x: max(2 + used + 2, width - 28), y: y, limit: 10, role: role)
            grid.put(words, x: width - 2 - words.count, y: y, limit: words.count, role: role)
        }
        return ScreenStatus(left: "Enter opens the document at its answer; q/Esc/← back to the bars",
                            right: "\(listing.cursor + 1)/\(listing.versions.count)")
    }
}
