/// Moving around: cursors, scrolling, folding, opening policies and sections.
extension BrowserState {
    mutating func move(by delta: Int) {
        switch focus {
        case .policies:
            guard !list.rows.isEmpty else { return }
            list.cursor = clamp(list.cursor + delta, list.rows.count)
            if let p = list.cursorPolicy, p != reader.policy { open(policyAt: p) }
        case .tree:
            guard !reader.treeRows.isEmpty else { return }
            reader.treeCursor = clamp(reader.treeCursor + delta, reader.treeRows.count)
        case .text:
            let target = reader.textTop.addingReportingOverflow(delta).partialValue
            reader.textTop = delta > 0 ? min(target, max(maxTextTop, reader.textTop)) : max(0, target)
        case .answers:
            answers.cursor = clamp(answers.cursor.addingReportingOverflow(delta).partialValue, AnswersPanel.questions.count)
        }
    }

    private func clamp(_ value: Int, _ count: Int) -> Int {
        max(0, min(value, count - 1))
    }

    /// Opens a policy: builds its text and tree, shows its start.
    mutating func open(policyAt index: Int) {
        guard policies.indices.contains(index) else { return }
        readBody(index)
        if let current = reader.policy { reader.cache.put(current, reader.document, reader.layout) }
        reader.policy = index
        let cached = reader.cache.get(index, width: textWidth)
        reader.document = cached?.0 ?? Document(policy: policies[index], highlighter: highlighter)
        reader.outline = SectionOutline(policy: policies[index])
        reader.folded = []
        reader.treeRows = reader.outline.rows(folded: reader.folded)
        reader.treeCursor = 0
        reader.treeTop = 0
        reader.textTop = 0
        reader.cursor = nil
        reader.layout = cached?.1 ?? TextLayout(document: reader.document, width: textWidth)
        refreshHighlightSelection()
        if reader.search?.pane != .policies { reader.search = nil }
        clampScroll()
        // Highlights come from the practices, computed in the background when not known yet.
        askDetails(of: index)
    }

    mutating func goLeft() {
        switch focus {
        case .policies: foldListRow()
        case .tree:
            guard reader.treeRows.indices.contains(reader.treeCursor) else { return }
            let row = reader.treeRows[reader.treeCursor]
            let parent = reader.outline.entry(row.section)?.parent
            if row.hasChildren && !row.folded && !reader.outline.isRoot(row.section) {
                reader.folded.insert(row.section)
                refreshTreeRows(keeping: row.section)
            } else if let parent, let i = reader.treeRows.firstIndex(where: { $0.section == parent }) {
                reader.treeCursor = i
            } else if parent == nil {
                setFocus(.policies) // the list is the top level's parent
            }
        case .text: setFocus(paneOrder.contains(.tree) ? .tree : .answers)
        case .answers: setFocus(.text)
        }
    }

    mutating func goRight() {
        switch focus {
        case .policies: if !unfoldListRow() { openSelection() }
        case .tree:
            guard reader.treeRows.indices.contains(reader.treeCursor) else { return }
            let row = reader.treeRows[reader.treeCursor]
            if row.folded {
                reader.folded.remove(row.section)
                refreshTreeRows(keeping: row.section)
            } else {
                openSelection()
            }
        case .text: break
        case .answers: openAnswerEvidence()
        }
    }

    /// Enter: the policy list opens the policy and moves to its tree (in one column, where the
    /// text would not show, straight to its text); the tree shows the section.
    mutating func openSelection() {
        switch focus {
        case .policies:
            guard let p = list.cursorPolicy else { return }
            if p != reader.policy { open(policyAt: p) }
            setFocus(size.width < ScreenLayout.twoPaneThreshold && !maximised ? .text : .tree)
        case .tree:
            guard reader.treeRows.indices.contains(reader.treeCursor) else { return }
            showSection(reader.treeRows[reader.treeCursor].section)
            setFocus(.text)
        case .text: break
        case .answers: openAnswerEvidence()
        }
    }

    /// Scrolls the text so the section's heading (or the preamble) is the top line.
    mutating func showSection(_ number: Int) {
        let piece = number == 0 ? 0 : reader.document.sectionStart[number]
        guard let piece, reader.layout.pieceLine.indices.contains(piece) else { return }
        reader.textTop = reader.layout.pieceLine[piece]
        syncTreeCursor(to: number)
    }

    /// Moves the tree cursor to a section, unfolding its ancestors.
    mutating func syncTreeCursor(to number: Int) {
        var parent = reader.outline.entry(number)?.parent
        while let p = parent {
            reader.folded.remove(p)
            parent = reader.outline.entry(p)?.parent
        }
        refreshTreeRows(keeping: number)
    }

    mutating func refreshTreeRows(keeping section: Int?) {
        reader.treeRows = reader.outline.rows(folded: reader.folded)
        if let section, let i = reader.treeRows.firstIndex(where: { $0.section == section }) { reader.treeCursor = i }
        clampScroll()
    }

    var currentTreeSection: Int? { reader.currentTreeSection }

    /// The section whose text is at the top of the text pane.
    var sectionAtTop: Int { reader.sectionAtTop }

    /// `]`/`[`: the text's next or previous section heading.
    mutating func stepSection(by direction: Int) {
        let current = sectionAtTop
        let numbers = reader.document.sectionStart.keys.sorted()
        let headingOnTop = reader.document.sectionStart[current].map { reader.layout.pieceLine[$0] == reader.textTop } ?? false
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
        guard !reader.document.categories.isEmpty else {
            message = "no highlighted practices"
            return
        }
        guard highlightDensity != .none else {
            message = "highlights are off (H shows them)"
            return
        }
        // Every drawn highlight in document order, with its first line.
        var starts: [(line: Int, at: TextMatch)] = []
        for (p, piece) in reader.document.pieces.enumerated() {
            for (i, h) in piece.highlights.enumerated() where reader.selection.contains(piece: p, index: i) {
                starts.append((reader.layout.line(piece: p, index: h.range.lowerBound), TextMatch(piece: p, range: h.range)))
            }
        }
        starts.sort { ($0.at.piece, $0.at.range.lowerBound) < ($1.at.piece, $1.at.range.lowerBound) }
        // From the cursor (highlight by highlight) when it is on screen, else from the top line.
        let found: (line: Int, at: TextMatch)?
        if let c = reader.cursor, (reader.textTop..<(reader.textTop + contentHeight(.text))).contains(reader.layout.line(piece: c.piece, index: c.range.lowerBound)) {
            let key = (c.piece, c.range.lowerBound)
            found = direction > 0 ? starts.first { ($0.at.piece, $0.at.range.lowerBound) > key }
                : starts.last { ($0.at.piece, $0.at.range.lowerBound) < key }
        } else {
            found = direction > 0 ? starts.first { $0.line > reader.textTop } : starts.last { $0.line < reader.textTop }
        }
        guard let found else {
            message = direction > 0 ? "no more highlighted practices" : "no earlier highlighted practices"
            return
        }
        let target = found.line
        reader.cursor = found.at
        reader.textTop = min(target, maxTextTop)
        if reader.textTop != target { message = "practice on screen (i tells what it is)" }
        syncTreeCursor(to: sectionAtTop)
    }
}
