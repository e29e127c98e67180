import PolicyExtraction
import PolicyModel

extension ViewKind {
    public static let search = ViewKind("search")
}

/// The ranked search over every loaded policy (`S`, `:search QUERY`): a query line in the
/// CLI's syntax, then the best sentences; Enter opens one in the panes, marked.
struct SearchView: Sendable {
    var query = ""
    var results: [PolicySearchResult] = []
    var problem: PolicySearchProblem?
    /// The query typed was not run yet (too costly to run as you type): Enter runs it.
    var pending = false
    /// A costly query runs in the background (``ScreenWork``); its results come back tagged
    /// with the generation that asked, so a newer query's are never replaced by older ones.
    var generation = 0
    var searching = false
    /// What the background search reported last ("extracting practices: 120 of 3,000 policies").
    var progress: String?
    var work: ScreenWork?
    var cursor = 0
    /// The first result shown.
    var top = 0
    /// Whether the searcher searches the loaded policies without their texts, as last asked,
    /// with the count of policies and of texts still to come then (asking looks at every
    /// policy: not once a key).
    private var withoutTexts: (policies: Int, unread: Int, answer: Bool)?

    static let limit = 100
    static let sigil = "search: "

    init(showing policies: [Int], _ context: ScreenContext) {}

    private mutating func searchesWithoutTexts(_ searcher: any PolicySearcher, _ context: ScreenContext) -> Bool {
        if let known = withoutTexts, known.policies == context.policies.count, known.unread == context.unreadTexts {
            return known.answer
        }
        let answer = searcher.searchesWithoutTexts(context.policies)
        withoutTexts = (context.policies.count, context.unreadTexts, answer)
        return answer
    }

    /// Runs `text` (or, when `asYouType` and it is costly, leaves it for Enter); returns a note.
    mutating func run(_ text: String, asYouType: Bool, _ context: ScreenContext) -> String? {
        query = text
        results = []
        problem = nil
        cursor = 0
        top = 0
        pending = false
        searching = false
        progress = nil
        generation += 1
        guard let searcher = context.searcher, !text.trimmingSpaces.isEmpty else { return nil }
        // Texts listed by a later load are not searched half-read (nor indexed without them).
        guard context.unreadTexts == 0 || searchesWithoutTexts(searcher, context) else {
            problem = PolicySearchProblem(message: "still reading \(context.unreadTexts) loaded policies' texts: search again once they are in", column: nil)
            return problem?.message
        }
        if !searcher.runsAsYouType(text, in: context.policies) {
            if asYouType {
                pending = true
                return nil
            }
            // Costly (the index or the practices must be built first): off the key loop.
            searching = true
            let policies = context.policies, asked = generation
            work = ScreenWork { report in
                Outcome(generation: asked, result: searcher.search(text, in: policies, limit: Self.limit) {
                    report(Progress(generation: asked, report: $0))
                })
            }
            return "searching \(context.policies.count) policies…"
        }
        return show(searcher.search(text, in: context.policies, limit: Self.limit))
    }

    /// A search's result, and the note for the status line.
    private mutating func show(_ result: Result<[PolicySearchResult], PolicySearchProblem>) -> String? {
        switch result {
        case .success(let found):
            results = found
            return found.isEmpty ? "no sentence matches '\(query)'" : nil
        case .failure(let error):
            problem = error
            return error.message
        }
    }

    /// A background search's progress.
    struct Progress: Sendable {
        var generation: Int
        var report: SearchProgress
    }

    /// A background search's result.
    struct Outcome: Sendable {
        var generation: Int
        var result: Result<[PolicySearchResult], PolicySearchProblem>
    }

    /// Rows of results on screen (two rows each) below the query and its note.
    static func shownCount(_ context: ScreenContext) -> Int { max(1, (context.bodyHeight - 2) / 2) }

    static func company(_ p: Policy) -> String { p.domain ?? p.id }

    /// `4.27`: two decimals, without Foundation.
    static func score(_ s: Double) -> String {
        let hundredths = Int((s * 100).rounded())
        let cents = abs(hundredths) % 100
        return "\(hundredths / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// The snippet with its marks in `mark`, starting a little before the first mark when it
    /// would fall past `width` columns.
    static func snippetLine(_ r: PolicySearchResult, width: Int, role: StyleRole, mark: StyleRole) -> StyledLine {
        let scalars = Array(r.snippet.unicodeScalars)
        var start = 0
        if let first = r.marks.first, first.end > width - 4 {
            start = max(0, first.start - width / 4)
            while start > 0, !scalars[start - 1].properties.isWhitespace, start < first.start { start += 1 }
        }
        var line = StyledLine(indent: 3)
        if start > 0 { line.append("…", role) }
        var at = start
        func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
        for m in r.marks where m.end > at {
            let lower = max(at, m.start)
            if lower > at { line.append(text(at, lower), role) }
            line.append(text(lower, m.end), mark)
            at = m.end
        }
        if at < scalars.count { line.append(text(at, scalars.count), role) }
        return line
    }
}

/// The search view on the screen stack: the query prompt, moving over results, opening one.
extension SearchView: StackedScreen {
    static let kind = ViewKind.search
    static let helpHeading = "In the search view"
    static let command = "search"
    static let commandArgument: String? = "QUERY"

    static let bindings = [
        KeyBinding([.char("S")], .openScreen(kind), "search the sentences of every loaded policy (:search QUERY)", in: .browser),
        KeyBinding([.char("/"), .char("S")], .search, "edit the query (as you type; Enter runs it)", in: keyContext),
        KeyBinding([.enter], .open, "open the policy at this sentence (q/Esc back, n/N the next results)", in: keyContext),
    ]

    /// A search can run before the texts are in when an index saved for the policies serves it.
    static func worksWithoutTexts(_ context: ScreenContext) -> Bool {
        context.searcher?.searchesWithoutTexts(context.policies) == true
    }

    /// `S`, `:search`: every loaded policy, when a search is plugged in.
    static func pick(_ selection: ScreenSelection, _ context: ScreenContext) -> ScreenPick {
        context.searcher == nil ? .refused("no search index in this browser") : .policies([])
    }

    mutating func begin(_ argument: String, _ context: ScreenContext) -> ScreenEffect {
        argument.isEmpty ? .filter(sigil: Self.sigil, text: "") : .message(run(argument, asYouType: false, context))
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> ScreenEffect {
        let page = max(1, Self.shownCount(context) - 1)
        switch action {
        case .moveDown: cursor += 1
        case .moveUp: cursor -= 1
        case .pageDown, .halfPageDown: cursor += page
        case .pageUp, .halfPageUp: cursor -= page
        case .top: cursor = 0
        case .bottom: cursor = results.count - 1
        case .search: return .filter(sigil: Self.sigil, text: query)
        case .open: return open(cursor, context)
        case .nextMatch, .previousMatch:
            // From a reader over the view: the next or previous result, opened.
            let next = cursor + (action == .nextMatch ? 1 : -1)
            guard results.indices.contains(next) else { return .message(action == .nextMatch ? "last result" : "first result") }
            cursor = next
            return open(next, context)
        default: return .pass
        }
        return .none
    }

    /// The result at `i` in the panes, its sentence marked.
    private func open(_ i: Int, _ context: ScreenContext) -> ScreenEffect {
        guard results.indices.contains(i) else { return pending ? .message("Enter in the query runs it: / edits it") : .none }
        let r = results[i]
        guard context.policies.indices.contains(r.policyIndex) else { return .none }
        let evidence = Evidence(location: r.location, sectionPath: r.sectionPath, range: r.range, text: r.snippet, negated: false)
        return .read(evidence: [evidence], policy: r.policyIndex, note: "result \(i + 1)/\(results.count) for \(query); n/N: next/previous result; q/Esc back")
    }

    mutating func refresh(policy index: Int, _ context: ScreenContext) {}

    mutating func takeWork() -> ScreenWork? {
        defer { work = nil }
        return work
    }

    mutating func receive(_ result: any Sendable, _ context: ScreenContext) {
        if let update = result as? Progress, update.generation == generation, searching {
            progress = update.report.note
            // Early results fill the list while the rest is read; the cursor keeps its place.
            if let early = update.report.results { results = early }
            clamp(context)
            return
        }
        guard let outcome = result as? Outcome, outcome.generation == generation, searching else { return }
        searching = false
        _ = show(outcome.result)
    }

    mutating func clamp(_ context: ScreenContext) {
        cursor = max(0, min(cursor, results.count - 1))
        let shown = Self.shownCount(context)
        top = max(0, min(top, cursor, results.count - shown))
        if cursor >= top + shown { top = cursor - shown + 1 }
    }

    /// As you type: runs the query when cheap; Enter: runs it unless it ran already.
    mutating func filter(_ text: String, done: Bool, _ context: ScreenContext) -> String? {
        guard done else {
            _ = run(text, asYouType: true, context)
            return nil
        }
        if pending || text != query { _ = run(text, asYouType: false, context) }
        if searching { return "searching \(context.policies.count) policies…" }
        if let problem { return problem.message }
        if query.trimmingSpaces.isEmpty { return nil }
        return results.isEmpty ? "no sentence matches '\(query)'" : "\(results.count) results: Enter opens one"
    }

    func draw(_ grid: inout Grid, _ context: ScreenContext) -> ScreenStatus {
        let width = context.size.width
        grid.putViewTitle("Search: \(context.policies.count) policies")
        let used = grid.put("query: ", x: 1, y: 1, limit: width - 2, role: .heading)
        grid.put(query, x: 1 + used, y: 1, limit: max(0, width - 2 - used), role: .normal)
        if let problem {
            let caret = problem.column.map { String(repeating: " ", count: used + $0 - 1) + "^ " } ?? ""
            grid.put(caret + problem.message, x: 1, y: 2, limit: width - 2, role: .message)
        } else {
            let note = searching ? "searching… " + (progress ?? "(the index and the practices its filters need are being built)")
                + (results.isEmpty ? "" : "; the best so far below")
                : pending ? "Enter runs this query (the index, or the practices its filters need, are built first)"
                : query.trimmingSpaces.isEmpty ? "type a query: S or / edits it"
                : results.isEmpty ? "no match" : "\(results.count == Self.limit ? "the best \(Self.limit)" : "\(results.count)") results, best first"
            grid.put(note, x: 1, y: 2, limit: width - 2, role: .dim)
        }
        let shown = results.dropFirst(top).prefix(Self.shownCount(context))
        let widest = shown.map { CharWidth.columns(Self.company(context.policies[$0.policyIndex])) }.max() ?? 0
        let companyWidth = min(max(8, width / 4), widest)
        for (row, i) in shown.indices.enumerated() {
            let y = 3 + 2 * row
            guard y + 1 < context.size.height - 1 else { break }
            drawResult(results[i], selected: i == cursor, y: y, companyWidth: companyWidth, &grid, context)
        }
        let position = results.isEmpty ? "no results" : "result \(cursor + 1)/\(results.count)"
        return ScreenStatus(left: "Enter opens the sentence; / edits the query", right: position)
    }

    /// A result's two rows: company, date, section and score; the snippet, marks styled.
    private func drawResult(_ r: PolicySearchResult, selected: Bool, y: Int, companyWidth: Int, _ grid: inout Grid,
                            _ context: ScreenContext) {
        let width = context.size.width, policy = context.policies[r.policyIndex]
        let role: StyleRole = selected ? .selection : .normal
        if selected { grid.fill(Rect(x: 0, y: y, width: width, height: 2), role: .selection) }
        let score = Self.score(r.score)
        let scoreX = max(1, width - 1 - score.count)
        grid.put(Self.company(policy), x: 1, y: y, limit: companyWidth, role: selected ? .selection : .heading)
        var x = 2 + companyWidth
        if width >= 60 {
            x += grid.put(policy.archivedOn?.description ?? "", x: x, y: y, limit: 10, role: selected ? .selection : .dim) + 1
        }
        // SectionPath.label, its top titles dropped (`… › `) until it fits.
        let pathWidth = max(0, scoreX - 1 - x)
        grid.put(BrowserState.fitPath(SectionPath.display(r.sectionPath), width: pathWidth), x: x, y: y, limit: pathWidth, role: role)
        grid.put(score, x: scoreX, y: y, limit: score.count, role: selected ? .selection : .dim)
        let line = Self.snippetLine(r, width: width - 5, role: role, mark: selected ? .currentMatch : .match)
        grid.put(line, x: 1, y: y + 1, limit: width - 2)
    }
}
