import PolicyComparison
import PolicyModel

/// Two policies in two text panes, their sections paired by dominant practice category
/// (``SectionPairing``) and scrolling together; a section without a partner faces a note.
struct SideBySideView: Sendable {
    enum Side: Sendable { case left, right }

    var left: Int
    var right: Int
    var active = Side.left
    /// The rows of each side at ``width``, as many on both sides.
    var leftRows: [StyledLine] = []
    var rightRows: [StyledLine] = []
    /// Each pair's first row, and the section shown on each side (nil: none).
    var pairs: [(row: Int, left: Int?, right: Int?)] = []
    var pairedCount = 0
    var waiting = false
    var width = 0
    var top = 0

    init(left: Int, right: Int, state: BrowserState) {
        self.left = left
        self.right = right
        rebuild(state)
    }

    var rowCount: Int { leftRows.count }

    /// Columns of one side's text.
    static func paneWidth(_ width: Int) -> Int { max(1, (width - 1) / 2) }

    /// Pairs the sections and lays both sides out at the state's width.
    mutating func rebuild(_ state: BrowserState) {
        width = state.size.width
        let a = state.policies[left], b = state.policies[right]
        let sa = a.visibleSections, sb = b.visibleSections
        let ca = state.summaries[left], cb = state.summaries[right]
        waiting = ca == nil || cb == nil
        let pairing = SectionPairing.pair(left: sa.map { ca?.sectionCategories[$0.location.number] },
                                          right: sb.map { cb?.sectionCategories[$0.location.number] })
        let textWidth = max(1, Self.paneWidth(width) - 2)
        leftRows = []
        rightRows = []
        pairs = []
        pairedCount = 0
        for p in pairing {
            let l = p.left.map { Self.lines(sa[$0], ca?.sectionCategories[sa[$0].location.number], width: textWidth) } ?? [StyledLine("(no matching section)", .dim)]
            let r = p.right.map { Self.lines(sb[$0], cb?.sectionCategories[sb[$0].location.number], width: textWidth) } ?? [StyledLine("(no matching section)", .dim)]
            if p.isPaired { pairedCount += 1 }
            pairs.append((leftRows.count, p.left.map { sa[$0].location.number }, p.right.map { sb[$0].location.number }))
            let height = max(l.count, r.count) + 1
            leftRows += l + Array(repeating: StyledLine(), count: height - l.count)
            rightRows += r + Array(repeating: StyledLine(), count: height - r.count)
        }
    }

    /// One section's heading (with its category) and text, wrapped.
    static func lines(_ s: NumberedSection, _ category: String?, width: Int) -> [StyledLine] {
        var heading = StyledLine(String(repeating: "#", count: min(6, max(1, s.location.depth))) + " " + s.displayTitle, .heading)
        if let category { heading.append("  [\(category)]", .dim) }
        var out = heading.wrapped(width: width)
        for block in s.blocks {
            out += StyledLine(block.text, .normal, indent: block.kind == .paragraph ? 0 : 2).wrapped(width: width)
        }
        return out
    }
}

extension BrowserState {
    mutating func performSideBySide(_ action: Action) {
        if let move = ScrollMove(action, page: max(1, viewBodyHeight - 1)) {
            modifyTopScreen(.sideBySide) { $0.top = move.apply(to: $0.top) }
            return
        }
        switch action {
        case .nextPane, .previousPane, .left, .right:
            modifyTopScreen(.sideBySide) { $0.active = $0.active == .left ? .right : .left }
        case .nextSection, .previousSection:
            var note: String?
            modifyTopScreen(.sideBySide) { s in
                let rows = s.pairs.map(\.row)
                let target = action == .nextSection ? rows.first { $0 > s.top } : rows.last { $0 < s.top }
                if let target { s.top = target } else { note = action == .nextSection ? "last section" : "first section" }
            }
            message = note
        case .open:
            guard case .sideBySide(let s) = screens.last,
                  let pair = s.pairs.last(where: { $0.row <= s.top }) ?? s.pairs.first else { return }
            let policy = s.active == .left ? s.left : s.right
            guard let section = s.active == .left ? pair.left : pair.right else {
                message = "no section on this side here"
                return
            }
            push(.reader)
            jump(toSection: section, inPolicy: policy)
        default: performViewAction(action)
        }
    }

    func drawSideBySide(_ s: SideBySideView, _ grid: inout Grid) {
        let pw = SideBySideView.paneWidth(size.width)
        let rightX = pw + 1
        for (side, x, index) in [(SideBySideView.Side.left, 0, s.left), (.right, rightX, s.right)] {
            let on = side == s.active
            let role: StyleRole = on ? .focusedTitle : .title
            let w = side == .left ? pw : size.width - rightX
            grid.fill(Rect(x: x, y: 0, width: w, height: 1), role: role)
            let p = policies[index]
            grid.put((on ? "▶ " : "  ") + p.shortName + (p.archivedOn.map { " \($0)" } ?? ""), x: x, y: 0, limit: w, role: role)
        }
        for y in 0..<(size.height - 1) { grid.put("│", width: 1, x: pw, y: y, role: .separator) }
        for row in 0..<viewBodyHeight {
            let i = s.top + row
            guard i < s.rowCount else { break }
            grid.put(s.leftRows[i], x: 1, y: 1 + row, limit: pw - 2)
            grid.put(s.rightRows[i], x: rightX + 1, y: 1 + row, limit: size.width - rightX - 2)
        }
        let note = s.waiting ? "pairing sections when the practices arrive…" : "\(s.pairedCount) of \(s.pairs.count) rows paired by category: Tab switches side, ] [ step"
        let percent = s.rowCount <= viewBodyHeight ? 100 : min(100, (s.top + viewBodyHeight) * 100 / s.rowCount)
        drawViewStatus(note, right: "\(percent)%", &grid)
    }
}
