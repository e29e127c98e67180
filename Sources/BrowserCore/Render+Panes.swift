import PolicyModel

extension Policy {
    /// The domain, or the id when the file names no domain.
    var shortName: String { domain ?? id }
}

/// Drawing each pane's content.
extension BrowserState {
    func drawPolicies(_ rect: Rect, _ grid: inout Grid) {
        for row in 0..<rect.height {
            let i = list.top + row
            guard list.rows.indices.contains(i) else { break }
            let selected = i == list.cursor
            let base: StyleRole = selected ? (focus == .policies ? .selection : .inactiveSelection) : .normal
            if selected { grid.fill(Rect(x: rect.x, y: rect.y + row, width: rect.width, height: 1), role: base) }
            let y = rect.y + row
            switch list.rows[i] {
            case .group(let site, let members, let folded):
                let open = reader.policy.map(members.contains) ?? false
                let allMarked = members.allSatisfy(list.marked.contains)
                let role: StyleRole = allMarked && !selected ? .marked : base
                let mark = Self.rowMarks(open: open && folded, marked: allMarked)
                let name = (folded ? "▸ " : "▾ ") + site + " (\(members.count))"
                grid.put(mark + name.fitted(rect.width - 2), x: rect.x, y: y, limit: rect.width, role: role)
            case .policy(let p, let indented):
                let policy = policies[p]
                let isMarked = list.marked.contains(p)
                let role: StyleRole = isMarked && !selected ? .marked : base
                let mark = Self.rowMarks(open: p == reader.policy, marked: isMarked)
                if indented {
                    let name = policy.archivedOn?.description ?? policy.id
                    grid.put(mark + "  " + name.fitted(rect.width - 4), x: rect.x, y: y, limit: rect.width, role: role)
                } else {
                    let year = policy.archivedOn.map { String($0.year) } ?? "----"
                    let nameWidth = max(1, rect.width - 7)
                    let used = grid.put(mark + policy.shortName.fitted(nameWidth - 2), x: rect.x, y: y, limit: nameWidth, role: role)
                    // Badges go in the room the name leaves before the year; they never cut it.
                    let badges = ListBadges.marks(practices.summaries[p]).prefix(max(0, nameWidth - used - 1))
                    if !badges.isEmpty {
                        grid.put(badges, x: rect.x + rect.width - 6 - badges.count, y: y, limit: badges.count,
                                 role: selected ? base : .heading)
                    }
                    if rect.width >= 12 { grid.put(year, x: rect.x + rect.width - 5, y: y, limit: 4, role: role) }
                }
            }
        }
        if list.rows.isEmpty {
            let note = policies.isEmpty ? (isLoading ? "loading…" : "no policies loaded") : "no policy matches"
            grid.put(note, x: rect.x + 1, y: rect.y, limit: rect.width - 1, role: .dim)
        }
    }

    /// A list row's first two columns: `●` for the open policy, then `✓` when marked, so that
    /// the cursor's row shows its mark too.
    static func rowMarks(open: Bool, marked: Bool) -> String {
        (open ? "●" : " ") + (marked ? "✓" : " ")
    }

    func drawTree(_ rect: Rect, _ grid: inout Grid) {
        let matchRows = Set(reader.search?.pane == .tree ? reader.search!.rowMatches : [])
        let query = reader.search?.pane == .tree ? reader.search!.query.lowercased() : ""
        for row in 0..<rect.height {
            let i = reader.treeTop + row
            guard reader.treeRows.indices.contains(i) else { break }
            let r = reader.treeRows[i]
            let selected = i == reader.treeCursor
            let role: StyleRole = selected ? (focus == .tree ? .selection : .inactiveSelection) : .normal
            if selected { grid.fill(Rect(x: rect.x, y: rect.y + row, width: rect.width, height: 1), role: role) }
            let marker = r.hasChildren ? (r.folded ? "▸ " : "▾ ") : "  "
            let prefix = String(repeating: " ", count: min(2 * (r.depth - 1), rect.width / 2)) + marker
            var x = rect.x + grid.put(prefix, x: rect.x, y: rect.y + row, limit: rect.width, role: role)
            let limit = rect.x + rect.width
            let chars = Array(r.title)
            let hits = matchRows.contains(i) ? Self.ranges(of: query, in: chars) : []
            for (c, ch) in chars.enumerated() {
                let w = CharWidth.columns(CharWidth.sanitised(ch))
                if x + w > limit { break }
                let inMatch = hits.contains { $0.contains(c) }
                let current = inMatch && reader.search?.current.map({ reader.search!.rowMatches[$0] == i }) == true
                x += grid.put([ch], x: x, y: rect.y + row, limit: limit - x, role: inMatch ? (current ? .currentMatch : .match) : role)
            }
        }
    }

    /// Case-insensitive occurrences of `query` in `chars`.
    static func ranges(of query: String, in chars: [Character]) -> [Range<Int>] {
        let q = query.map { String($0).lowercased() }
        let folded = chars.map { String($0).lowercased() }
        guard !q.isEmpty, folded.count >= q.count else { return [] }
        return (0...(folded.count - q.count)).filter { Array(folded[$0..<($0 + q.count)]) == q }.map { $0..<($0 + q.count) }
    }

    func drawText(_ rect: Rect, _ grid: inout Grid) {
        let height = contentHeight(.text)
        var matchesByPiece: [Int: [(Range<Int>, Bool)]] = [:]
        if let s = reader.search, s.pane == .text {
            let first = reader.layout.lines.indices.contains(reader.textTop) ? reader.layout.lines[reader.textTop...].first { $0.piece != nil }?.piece ?? 0 : 0
            for (n, m) in s.textMatches.enumerated() where m.piece >= first - 1 {
                matchesByPiece[m.piece, default: []].append((m.range, n == s.current))
            }
        }
        for row in 0..<height {
            let l = reader.textTop + row
            guard reader.layout.lines.indices.contains(l), let p = reader.layout.lines[l].piece else { continue }
            let line = reader.layout.lines[l]
            let piece = reader.document.pieces[p]
            let y = rect.y + row
            let x0 = rect.x + 1
            grid.put(line.marker, x: x0, y: y, limit: line.indent, role: .dim)
            var x = x0 + line.indent
            let limit = rect.x + rect.width - 1
            let base: StyleRole = if case .heading = piece.kind { .heading } else { .normal }
            let matches = matchesByPiece[p] ?? []
            for c in line.range {
                let ch = piece.chars[c]
                let w = CharWidth.columns(ch)
                if x + w > limit { break }
                var role = base
                if let i = piece.highlights.indices.first(where: { piece.highlights[$0].range.contains(c) && reader.selection.contains(piece: p, index: $0) }) {
                    let h = piece.highlights[i]
                    let slot = reader.document.categorySlots[h.category]
                    role = h.negated ? .denial(slot) : .category(slot)
                }
                if let m = matches.first(where: { $0.0.contains(c) }) { role = m.1 ? .currentMatch : .match }
                if w == 0 {
                    grid.put([ch], x: x, y: y, limit: 1, role: role)
                } else {
                    grid.put(ch, width: w, x: x, y: y, role: role)
                }
                x += w
            }
        }
        // The text cursor (where } or { landed, the sentence i tells about) in the left margin.
        if let cursor = reader.cursor {
            let row = reader.layout.line(piece: cursor.piece, index: cursor.range.lowerBound) - reader.textTop
            if (0..<height).contains(row) { grid.put("›", x: rect.x, y: rect.y + row, limit: 1, role: .heading) }
        }
        let legend = legendRows.count
        if legend > 0 { drawLegend(Rect(x: rect.x, y: rect.y + rect.height - legend, width: rect.width, height: legend), &grid) }
    }
}
