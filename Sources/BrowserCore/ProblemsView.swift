extension ViewKind {
    public static let problems = ViewKind("problems")
}

/// Every load problem so far (`P`, `:problems`), one `PATH: reason` per row, scrolled as a
/// whole; a row too wide loses the front of its path first, so the file name shows.
struct ProblemsView: Sendable {
    /// The first problem shown.
    var top = 0

    init(showing policies: [Int], _ context: ScreenContext) {}

    /// `PATH: reason` in at most `width` columns: whole; else the path loses its front (`…`)
    /// down to its file name; else the end is cut (`…`).
    static func fitted(_ line: String, width: Int) -> String {
        guard width > 0, CharWidth.columns(line) > width else { return line }
        guard let colon = line.firstRange(of: ": ") else { return cut(line, width) }
        let path = line[..<colon.lowerBound], reason = line[colon.lowerBound...]
        let name = path.split(separator: "/").last ?? path[...]
        let room = width - 1 - CharWidth.columns(reason)
        if room >= CharWidth.columns(name) { return "…" + path.suffixFitting(room) + reason }
        return cut("…/" + name + reason, width)
    }

    /// The start of `text` and `…` in `width` columns.
    private static func cut(_ text: String, _ width: Int) -> String {
        text.fitted(width)
    }
}

extension ProblemsView: StackedScreen {
    static let kind = ViewKind.problems
    static let helpHeading = "In the load problems"
    static let command = "problems"
    static let readsOnlyPicked = true

    static let bindings = [
        KeyBinding([.char("P")], .openScreen(kind), "list the problems of every load so far (:problems)", in: .browser),
    ]

    /// `P`, `:problems`: refused while no load has reported a problem.
    static func pick(_ selection: ScreenSelection, _ context: ScreenContext) -> ScreenPick {
        context.loadProblems.isEmpty ? .refused("no load problems") : .policies([])
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> ScreenEffect {
        ScrollMove.scroll(action, top: &top, context) ? .none : .pass
    }

    mutating func refresh(policy index: Int, _ context: ScreenContext) {}

    mutating func clamp(_ context: ScreenContext) {
        top = max(0, min(top, context.loadProblems.count - context.bodyHeight))
    }

    func draw(_ grid: inout Grid, _ context: ScreenContext) -> ScreenStatus {
        let problems = context.loadProblems, width = context.size.width
        grid.putViewTitle("Load problems (\(problems.count))")
        let shown = problems.dropFirst(top).prefix(context.bodyHeight)
        for (row, line) in shown.enumerated() {
            grid.put(Self.fitted(line, width: width - 2), x: 1, y: 1 + row, limit: width - 2, role: .normal)
        }
        let last = top + shown.count
        return ScreenStatus(left: "q/Esc back", right: "\(top + 1)–\(last) of \(problems.count)")
    }
}
