import PolicyComparison
import PolicyModel

/// Two policies in two text panes, their sections paired by title and by dominant practice
/// category (``SectionPairing``; the mark between the headings says how) and scrolling
/// together; a section without a partner faces a note.
struct SideBySideView: Sendable {
    enum Side: Sendable { case left, right }

    var left: Int
    var right: Int
    var active = Side.left
    /// The rows of each side at ``width``, as many on both sides.
    var leftRows: [StyledLine] = []
    var rightRows: [StyledLine] = []
    /// Each pair's first row, the section shown on each side (nil: none), and how they were paired.
    var pairs: [(row: Int, left: Int?, right: Int?, basis: SectionPairing.Basis?)] = []
    var pairedCount = 0
    var waiting = false
    var width = 0
    var top = 0
    /// The pair `]`/`[` stepped to, marked in the margin; Enter opens its section.
    var cursor = StepCursor()

    init(showing pair: [Int], _ context: ScreenContext) {
        left = pair[0]
        right = pair[1]
        rebuild(context)
    }

    var rowCount: Int { leftRows.count }

    /// Columns of one side's text.
    static func paneWidth(_ width: Int) -> Int { max(1, (width - 1) / 2) }

    /// Pairs the sections and lays both sides out at the context's width.
    mutating func rebuild(_ context: ScreenContext) {
        width = context.size.width
        let a = context.policies[left], b = context.policies[right]
        let sa = a.visibleSections, sb = b.visibleSections
        let ca = context.summaries[left], cb = context.summaries[right]
        waiting = ca == nil || cb == nil
        let pairing = waiting ? [] : SectionPairing.pair(left: Self.facts(a, ca), right: Self.facts(b, cb))
        let textWidth = max(1, Self.paneWidth(width) - 2)
        leftRows = []
        rightRows = []
        pairs = []
        pairedCount = 0
        var shownRight = Set<Int>()
        for p in pairing {
            let l = p.left.map { Self.lines(sa[$0], ca?.sectionCategories[sa[$0].location.number], width: textWidth) } ?? [StyledLine("(no matching section)", .dim)]
            let r = p.right.map { Self.lines(sb[$0], cb?.sectionCategories[sb[$0].location.number], again: shownRight.contains($0), width: textWidth) }
                ?? [StyledLine("(no matching section)", .dim)]
            if p.isPaired { pairedCount += 1 }
            if let j = p.right { shownRight.insert(j) }
            pairs.append((leftRows.count, p.left.map { sa[$0].location.number }, p.right.map { sb[$0].location.number }, p.basis))
            let height = max(l.count, r.count) + 1
            leftRows += l + Array(repeating: StyledLine(), count: height - l.count)
            rightRows += r + Array(repeating: StyledLine(), count: height - r.count)
        }
    }

    /// What pairing needs of each visible section of `policy`: the preamble, or a title section
    /// holding every other one, is its opening.
    static func facts(_ policy: Policy, _ summary: PracticeSummary?) -> [SectionPairing.Facts] {
        let titled = policy.sections.count == 1 && policy.preamble.isEmpty ? policy.visibleSections.first?.location.number : nil
        return policy.visibleSections.map { s in
            SectionPairing.Facts(title: s.displayTitle, category: summary?.sectionCategories[s.location.number],
                                 text: s.blocks.map(\.text).joined(separator: " "),
                                 isOpening: s.location.number == 0 || s.location.number == titled)
        }
    }

    /// One section's heading (with its category, and `again` when a row above showed it) and
    /// text, wrapped.
    static func lines(_ s: NumberedSection, _ category: String?, again: Bool = false, width: Int) -> [StyledLine] {
        var heading = StyledLine(String(repeating: "#", count: min(6, max(1, s.location.depth))) + " " + s.displayTitle, .heading)
        if let category { heading.append("  [\(category)]", .dim) }
        if again { heading.append("  (again)", .dim) }
        var out = heading.wrapped(width: width)
        for block in s.blocks {
            out += StyledLine(block.text, .normal, indent: block.kind == .paragraph ? 0 : 2).wrapped(width: width)
        }
        return out
    }
}

extension ViewKind {
    public static let sideBySide = ViewKind("sideBySide")
}

/// Side by side on the screen stack: scroll both sides, switch the active one, step pairs.
extension SideBySideView: StackedScreen {
    static let kind = ViewKind.sideBySide
    static let helpHeading = "Side by side"
    static let command = "side"
    static let readsOnlyPicked = true

    static let bindings = [
        KeyBinding([.char("b")], .openScreen(kind), "two marked policies side by side (:side)", in: .browser),
        KeyBinding([.tab, .backTab], .nextPane, "switch the active side", in: keyContext),
        KeyBinding([.enter], .open, "open the active side's policy at this section", in: keyContext),
        KeyBinding([.char("]")], .nextSection, "next pair of sections", in: keyContext),
        KeyBinding([.char("[")], .previousSection, "previous pair of sections", in: keyContext),
    ]

    /// `b`, `:side`: exactly two marked policies.
    static func pick(_ selection: ScreenSelection, _ context: ScreenContext) -> ScreenPick {
        let marked = selection.marked
        guard marked.count == 2 else {
            return .refused(marked.count < 2 ? "mark two policies with Space, then b shows them side by side"
                : "\(marked.count) marked: side by side needs exactly two")
        }
        return .policies(marked)
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> ScreenEffect {
        if ScrollMove.scroll(action, top: &top, context) { return .none }
        switch action {
        case .nextPane, .previousPane, .left, .right:
            active = active == .left ? .right : .left
        case .nextSection, .previousSection:
            return cursor.step(action, stops: pairs.map(\.row), top: &top, height: context.bodyHeight, rowCount: rowCount,
                               ends: ("no pair after this one", "no pair before this one"))
        case .open:
            guard let p = cursor.target(stops: pairs.map(\.row), top: top, height: context.bodyHeight) else { return .none }
            let pair = pairs[p]
            guard let section = active == .left ? pair.left : pair.right else {
                return .message("no section on this side here")
            }
            return .jump(section: section, policy: active == .left ? left : right)
        default: return .pass
        }
        return .none
    }

    mutating func refresh(policy index: Int, _ context: ScreenContext) {
        guard index == left || index == right else { return }
        rebuild(context)
        cursor = StepCursor()
    }

    mutating func relayout(_ context: ScreenContext) {
        guard width != context.size.width else { return }
        rebuild(context)
        if let c = cursor.current, pairs.indices.contains(c) { top = pairs[c].row }
    }

    mutating func clamp(_ context: ScreenContext) {
        top = max(0, min(top, rowCount - context.bodyHeight))
        cursor.keepIfShown(stops: pairs.map(\.row), top: top, height: context.bodyHeight)
    }

    func draw(_ grid: inout Grid, _ context: ScreenContext) -> ScreenStatus {
        let size = context.size, bodyHeight = context.bodyHeight
        let pw = Self.paneWidth(size.width)
        let rightX = pw + 1
        for (side, x, index) in [(Side.left, 0, left), (.right, rightX, right)] {
            let on = side == active
            let role: StyleRole = on ? .focusedTitle : .title
            let w = side == .left ? pw : size.width - rightX
            grid.fill(Rect(x: x, y: 0, width: w, height: 1), role: role)
            let p = context.policies[index]
            grid.put((on ? "▶ " : "  ") + p.shortName + (p.archivedOn.map { " \($0)" } ?? ""), x: x, y: 0, limit: w, role: role)
        }
        for y in 0..<(size.height - 1) { grid.put("│", width: 1, x: pw, y: y, role: .separator) }
        // How each pair on screen was made, on the line between its two headings.
        for p in pairs where (top..<(top + bodyHeight)).contains(p.row) {
            if let basis = p.basis { grid.put(Character(basis.rawValue), width: 1, x: pw, y: 1 + p.row - top, role: .focusedTitle) }
        }
        for row in 0..<bodyHeight {
            let i = top + row
            guard i < rowCount else { break }
            grid.put(leftRows[i], x: 1, y: 1 + row, limit: pw - 2)
            grid.put(rightRows[i], x: rightX + 1, y: 1 + row, limit: size.width - rightX - 2)
        }
        if let c = cursor.current, pairs.indices.contains(c), (top..<(top + bodyHeight)).contains(pairs[c].row) {
            grid.put("▶", width: 1, x: 0, y: 1 + pairs[c].row - top, role: .focusedTitle)
        }
        let note = waiting ? "pairing sections when the practices arrive…" : "\(pairedCount) of \(pairs.count) rows paired: = title, ~ like title, ^ openings, c category, t text"
        let percent = rowCount <= bodyHeight ? 100 : min(100, (top + bodyHeight) * 100 / rowCount)
        return ScreenStatus(left: note, right: "\(percent)%")
    }
}
