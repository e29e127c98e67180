import PolicyComparison
import PolicyExtraction
import PolicyModel

/// Keys in the answer matrix: move over cells, filter, sort, hide agreement, open evidence.
extension BrowserState {
    /// Changes the matrix on top of the screens in place.
    mutating func withMatrix(_ body: (inout MatrixView, MatrixGeometry) -> Void) {
        guard case .matrix(var m) = screens.last else { return }
        let last = screens.count - 1
        screens[last] = .reader  // keeps `m` uniquely referenced while it changes
        body(&m, MatrixGeometry(size: size, view: m))
        m.clampScroll(MatrixGeometry(size: size, view: m))
        screens[last] = .matrix(m)
    }

    var matrix: MatrixView? {
        if case .matrix(let m) = screens.last { m } else { nil }
    }

    mutating func performInMatrix(_ action: Action) {
        switch action {
        case .moveDown: withMatrix { m, g in m.move(rows: 1, columns: 0, g) }
        case .moveUp: withMatrix { m, g in m.move(rows: -1, columns: 0, g) }
        case .left: withMatrix { m, g in m.move(rows: 0, columns: -1, g) }
        case .right: withMatrix { m, g in m.move(rows: 0, columns: 1, g) }
        case .top: withMatrix { m, g in m.move(rows: -Int.max / 2, columns: 0, g) }
        case .bottom: withMatrix { m, g in m.move(rows: Int.max / 2, columns: 0, g) }
        case .pageDown, .halfPageDown: withMatrix { m, g in m.move(rows: max(1, g.bodyRows - 1), columns: 0, g) }
        case .pageUp, .halfPageUp: withMatrix { m, g in m.move(rows: -max(1, g.bodyRows - 1), columns: 0, g) }
        case .search:
            prompt = Prompt(kind: .matrixFilter, text: matrix?.filter ?? "", savedPosition: 0)
        case .sortByValue: sortMatrix()
        case .hideAgreement:
            var hidden = false
            withMatrix { m, _ in
                m.hideAgreement.toggle()
                hidden = m.hideAgreement
                m.derive()
            }
            message = hidden ? "questions where all policies agree: hidden (d shows them)" : "every question shown"
        case .transpose:
            withMatrix { m, g in
                m.transposeChoice = !g.transposed
                m.top = 0
                m.left = 0
            }
        case .open: openEvidence()
        default: performViewAction(action)
        }
    }

    /// `s`: sorts the policies by the cursor's question; again reverses; a third time unsorts.
    private mutating func sortMatrix() {
        var note = ""
        withMatrix { m, _ in
            guard let q = m.currentQuestion else { return }
            if m.sort != q {
                m.sort = q
                m.descending = false
                note = "policies sorted by \(q.rawValue): yes, no, values, not stated"
            } else if !m.descending {
                m.descending = true
                note = "policies sorted by \(q.rawValue), reversed"
            } else {
                m.sort = nil
                note = "policies in list order"
            }
            m.derive()
        }
        message = note.isEmpty ? nil : note
    }

    /// The typed filter changed.
    mutating func setMatrixFilter(_ text: String) {
        withMatrix { m, _ in
            m.filter = text
            m.derive()
        }
    }

    /// Enter: opens the cell's policy in the three panes at its evidence, every evidence
    /// sentence marked (n/N step through them); q/Esc come back.
    mutating func openEvidence() {
        guard let m = matrix, let q = m.currentQuestion, let p = m.policy(ofShownColumn: m.column) else { return }
        guard let summary = summaries[p] else {
            message = "still computing this policy's practices…"
            return
        }
        let evidence = summary[q].evidence
        guard !evidence.isEmpty else {
            message = "\(policies[p].shortName) does not state \(q.rawValue): no evidence to open"
            return
        }
        push(.reader)
        show(evidence: evidence, inPolicy: p)
        message = "\(q.rawValue): evidence \(evidence.count > 1 ? "1/\(evidence.count), n/N for the others" : "1/1"); q/Esc back"
    }

    /// Opens a policy at sentences of evidence, marked as search matches.
    mutating func show(evidence: [Evidence], inPolicy p: Int) {
        if openPolicy != p {
            if !visiblePolicies.contains(p) { applyFilter("") }
            open(policyAt: p)
        }
        selectListRow(policy: p)
        let matches = evidence.compactMap { document.match($0.location, range: $0.range) }
        setFocus(.text)
        guard !matches.isEmpty else { return }
        search = SearchState(query: "", pane: .text, textMatches: matches, current: 0)
        let line = layout.line(piece: matches[0].piece, index: matches[0].range.lowerBound)
        textTop = min(max(0, line - contentHeight(.text) / 3), maxTextTop)
        syncTreeCursor(to: sectionAtTop)
    }
}

extension Document {
    /// The grapheme range of a scalar range in the block at `location`.
    func match(_ location: BlockLocation, range: TextRange) -> TextMatch? {
        let piece: Int
        if location.sectionNumber == 0 {
            piece = location.blockIndex
        } else {
            guard let start = sectionStart[location.sectionNumber] else { return nil }
            piece = start + 1 + location.blockIndex
        }
        guard pieces.indices.contains(piece), pieces[piece].section == location.sectionNumber else { return nil }
        var offset = 0, lower: Int?, upper = pieces[piece].chars.count
        for (i, ch) in pieces[piece].chars.enumerated() {
            if lower == nil, offset >= range.start { lower = i }
            if offset >= range.end { upper = i; break }
            offset += ch.unicodeScalars.count
        }
        guard let lower, lower < upper else { return nil }
        return TextMatch(piece: piece, range: lower..<upper)
    }
}
