/// Moving around: cursors, scrolling, folding, opening policies and sections.
extension BrowserState {
    mutating func move(by delta: Int) {
        switch focus {
        case .policies:
            guard !listRows.isEmpty else { return }
            listCursor = clamp(listCursor + delta, listRows.count)
            if let p = listCursorPolicy, p != openPolicy { open(policyAt: p) }
        case .tree:
            guard !treeRows.isEmpty else { return }
            treeCursor = clamp(treeCursor + delta, treeRows.count)
        case .text:
            let target = textTop.addingReportingOverflow(delta).partialValue
            textTop = delta > 0 ? min(target, max(maxTextTop, textTop)) : max(0, target)
        }
    }

    private func clamp(_ value: Int, _ count: Int) -> Int {
        max(0, min(value, count - 1))
    }

    /// Opens a policy: builds its text and tree, shows its start.
    mutating func open(policyAt index: Int) {
        guard policies.indices.contains(index) else { return }
        if let current = openPolicy { documentCache.put(current, document, layout) }
        openPolicy = index
        let cached = documentCache.get(index, width: textWidth)
        document = cached?.0 ?? Document(policy: policies[index], highlighter: highlighter)
        outline = SectionOutline(policy: policies[index])
        folded = []
        treeRows = outline.rows(folded: folded)
        treeCursor = 0
        treeTop = 0
        textTop = 0
        layout = cached?.1 ?? TextLayout(document: document, width: textWidth)
        if search?.pane != .policies { search = nil }
        clampScroll()
        // Highlights come from the practices, computed in the background when not known yet.
        if highlighter != nil, practiceSource != nil, summaries[index] == nil { _ = summary(of: index) }
    }

    mutating func goLeft() {
        switch focus {
        case .policies: foldListRow()
        case .tree:
            guard treeRows.indices.contains(treeCursor) else { return }
            let row = treeRows[treeCursor]
            if row.hasChildren && !row.folded {
                folded.insert(row.section)
                refreshTreeRows(keeping: row.section)
            } else if let parent = outline.entry(row.section)?.parent,
                      let i = treeRows.firstIndex(where: { $0.section == parent }) {
                treeCursor = i
            }
        case .text: setFocus(.tree)
        }
    }

    mutating func goRight() {
        switch focus {
        case .policies: if !unfoldListRow() { openSelection() }
        case .tree:
            guard treeRows.indices.contains(treeCursor) else { return }
            let row = treeRows[treeCursor]
            if row.folded {
                folded.remove(row.section)
                refreshTreeRows(keeping: row.section)
            } else {
                openSelection()
            }
        case .text: break
        }
    }

    /// Enter: the policy list opens the policy and moves to its tree; the tree shows the section.
    mutating func openSelection() {
        switch focus {
        case .policies:
            guard let p = listCursorPolicy else { return }
            if p != openPolicy { open(policyAt: p) }
            setFocus(.tree)
        case .tree:
            guard treeRows.indices.contains(treeCursor) else { return }
            showSection(treeRows[treeCursor].section)
            setFocus(.text)
        case .text: break
        }
    }

    /// Scrolls the text so the section's heading (or the preamble) is the top line.
    mutating func showSection(_ number: Int) {
        let piece = number == 0 ? 0 : document.sectionStart[number]
        guard let piece, layout.pieceLine.indices.contains(piece) else { return }
        textTop = layout.pieceLine[piece]
        syncTreeCursor(to: number)
    }

    /// Moves the tree cursor to a section, unfolding its ancestors.
    mutating func syncTreeCursor(to number: Int) {
        var parent = outline.entry(number)?.parent
        while let p = parent {
            folded.remove(p)
            parent = outline.entry(p)?.parent
        }
        refreshTreeRows(keeping: number)
    }

    mutating func refreshTreeRows(keeping section: Int?) {
        treeRows = outline.rows(folded: folded)
        if let section, let i = treeRows.firstIndex(where: { $0.section == section }) { treeCursor = i }
        clampScroll()
    }

    var currentTreeSection: Int? {
        treeRows.indices.contains(treeCursor) ? treeRows[treeCursor].section : nil
    }

    /// The section whose text is at the top of the text pane.
    var sectionAtTop: Int {
        guard layout.lines.indices.contains(textTop) else { return 0 }
        var l = textTop
        while l > 0, layout.lines[l].piece == nil { l -= 1 }
        if l == 0, layout.lines[l].piece == nil, let next = layout.lines.dropFirst(textTop).first(where: { $0.piece != nil }) {
            return next.piece.map { document.pieces[$0].section } ?? 0
        }
        return layout.lines[l].piece.map { document.pieces[$0].section } ?? 0
    }

    /// `]`/`[`: the text's next or previous section heading.
    mutating func stepSection(by direction: Int) {
        let current = sectionAtTop
        let numbers = document.sectionStart.keys.sorted()
        let headingOnTop = document.sectionStart[current].map { layout.pieceLine[$0] == textTop } ?? false
        let target: Int?
        if direction > 0 {
            target = numbers.first { $0 > current }
        } else {
            target = headingOnTop || current == 0 ? numbers.last { $0 < current } : (current > 0 ? current : nil)
        }
        guard let target else {
            message = direction > 0 ? "last section" : "first section"
            return
        }
        showSection(target)
    }

    /// `}`/`{`: the next or previous line holding a practice highlight.
    mutating func stepHighlight(by direction: Int) {
        guard !document.categories.isEmpty else {
            message = "no highlighted practices"
            return
        }
        var starts: [Int] = []
        for (p, piece) in document.pieces.enumerated() {
            for h in piece.highlights where !hiddenCategorySlots.contains(document.categorySlots[h.category]) {
                starts.append(layout.line(piece: p, index: h.range.lowerBound))
            }
        }
        starts.sort()
        let target = direction > 0 ? starts.first { $0 > textTop } : starts.last { $0 < textTop }
        guard let target else {
            message = direction > 0 ? "no more highlighted practices" : "no earlier highlighted practices"
            return
        }
        textTop = min(target, maxTextTop)
        if textTop != target { message = "practice on screen" }
        syncTreeCursor(to: sectionAtTop)
    }
}
