import PolicyModel

/// Drawing the state into a grid: the panes, their titles, separators and the status bar.
extension BrowserState {
    /// The whole screen as a grid of cells.
    public func render() -> Grid {
        var grid = Grid(width: size.width, height: size.height)
        let screen = screenLayout
        if screen.tooSmall {
            let text = Array("Terminal too small: need \(ScreenLayout.minimum.width)x\(ScreenLayout.minimum.height). Q quits.")
            for (y, range) in TextLayout.wrap(text, width: max(1, size.width)).prefix(size.height).enumerated() {
                grid.put(text[range], x: 0, y: y, limit: size.width, role: .message)
            }
            return grid
        }
        if let top = screens.top {
            let status = top.draw(&grid, screenContext)
            drawViewStatus(status.left, right: status.right, &grid)
        } else {
            drawPanes(screen, &grid)
        }
        if showingHelp { drawHelp(&grid) }
        return grid
    }

    private func drawPanes(_ screen: ScreenLayout, _ grid: inout Grid) {
        for x in screen.separators {
            for y in 0..<(size.height - 1) { grid.put("│", width: 1, x: x, y: y, role: .separator) }
        }
        for (pane, rect) in screen.panes {
            drawTitle(pane, rect, &grid, alone: !screen.showsAllPanes)
            let content = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
            switch pane {
            case .policies: drawPolicies(content, &grid)
            case .tree: drawTree(content, &grid)
            case .text: drawText(content, &grid)
            case .answers: drawAnswers(content, &grid)
            }
        }
        drawStatus(screen.status, &grid)
    }

    private func drawTitle(_ pane: Pane, _ rect: Rect, _ grid: inout Grid, alone: Bool) {
        let focused = pane == focus
        let role: StyleRole = focused ? .focusedTitle : .title
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: role)
        var title = (focused ? "▶ " : "  ") + pane.name
        switch pane {
        case .policies:
            title += list.filter.isEmpty ? " (\(policies.count))" : " (\(list.visible.count)/\(policies.count)) /\(list.filter)"
            if list.sort != .loaded { title += " by " + list.sort.shortLabel }
        case .tree:
            if let p = reader.policy { title += ": " + policies[p].shortName }
        case .text:
            if let path = reader.document.titlePaths[sectionAtTop], let last = path.last { title += ": " + last }
        case .answers:
            title += answersTitle
        }
        let hint = "  [\((paneOrder.firstIndex(of: pane) ?? 0) + 1)/\(paneOrder.count) Tab]"
        if alone, CharWidth.columns(title + hint) <= rect.width { title += hint }
        if pane == .policies, !list.marked.isEmpty { title += "  ✓\(list.marked.count)" }
        // A title too long for its pane ends in `…`.
        grid.put(title.fitted(rect.width), x: rect.x, y: rect.y, limit: rect.width, role: role)
    }

    /// The prompt being typed in the status bar; false when there is none.
    func drawPrompt(_ rect: Rect, _ grid: inout Grid) -> Bool {
        guard let p = prompt else { return false }
        do {
            var limit = rect.width - 1
            if case .search = p.kind, !p.text.isEmpty, let m = matchStatus {
                let w = CharWidth.columns(m)
                if w + 10 < rect.width {
                    grid.put(m, x: rect.width - w, y: rect.y, limit: w, role: .status)
                    limit -= w + 1
                }
            }
            var used = grid.put(p.sigil, x: 0, y: rect.y, limit: limit, role: .prompt)
            used += grid.put(p.text, x: used, y: rect.y, limit: limit - used, role: p.selected ? .selection : .prompt)
            grid.cursor = (min(used, rect.width - 1), rect.y)
        }
        return true
    }

    /// A comparison view's status bar: the message, else `left`; `right` (and the help hint) at the end.
    func drawViewStatus(_ left: String, right: String, _ grid: inout Grid) {
        let rect = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        grid.fill(rect, role: .status)
        if drawPrompt(rect, &grid) { return }
        var parts = right.isEmpty ? [] : [right]
        if practicesWaiting > 0 { parts.insert("computing \(practicesWaiting)…", at: 0) }
        if rect.width >= 60 { parts.append("?:help q:back") }
        let rightText = parts.joined(separator: " │ ")
        let rightWidth = CharWidth.columns(rightText)
        let leftLimit = max(0, rect.width - rightWidth - 1)
        grid.put(message ?? left, x: 0, y: rect.y, limit: leftLimit, role: message == nil ? .status : .message)
        if rightWidth <= rect.width {
            grid.put(rightText, x: rect.width - rightWidth, y: rect.y, limit: rightWidth, role: .status)
        }
    }

    private func drawStatus(_ rect: Rect, _ grid: inout Grid) {
        grid.fill(rect, role: .status)
        if drawPrompt(rect, &grid) { return }
        var right = (matchStatus.map { [$0] } ?? []) + ["\(positionPercent)%"]
        // A message needs the room more than the highlight mode does; the key hint gives way
        // to a message that needs the room.
        if showsLegend, message == nil { right.insert((rect.width >= 80 ? "highlights: " : "H:") + highlightStatus, at: 0) }
        let hintFits = message.map { CharWidth.columns($0) + CharWidth.columns(right.joined(separator: " │ ")) + 20 <= rect.width } ?? true
        if rect.width >= 60, hintFits { right.append(screens.isEmpty ? "?:help q:quit" : "?:help q:back") }
        if let loading = loadingText(barWidth: rect.width >= 80 ? 20 : rect.width >= 50 ? 10 : 0) {
            right.insert(loading, at: 0)
        }
        // The fast highlights are drawn; the deep classifier's replace them when it is done.
        if isRefiningOpenPolicy { right.insert(rect.width >= 80 ? "deep highlights…" : "deep…", at: 0) }
        let rightText = right.joined(separator: " │ ")
        let rightWidth = CharWidth.columns(rightText)
        let leftLimit = max(0, rect.width - rightWidth - 1)
        var leftText = ""
        if let p = reader.policy {
            leftText = policies[p].shortName + (policies[p].archivedOn.map { " \($0.year)" } ?? "")
        }
        if let path = reader.document.titlePaths[sectionAtTop] {
            leftText += " │ " + Self.fitPath(path, width: leftLimit - CharWidth.columns(leftText) - 3)
        }
        if let message { leftText = message }
        grid.put(leftText, x: 0, y: rect.y, limit: leftLimit, role: message == nil ? .status : .message)
        if rightWidth <= rect.width {
            grid.put(rightText, x: rect.width - rightWidth, y: rect.y, limit: rightWidth, role: .status)
        }
    }

    /// A title path joined with `›`, dropping titles from the top (`… › `) until it fits.
    static func fitPath(_ titles: [String], width: Int) -> String {
        var rest = titles[...]
        var text = SectionPath.joined(rest)
        while rest.count > 1, CharWidth.columns(text) > width {
            rest = rest.dropFirst()
            text = SectionPath.joined(["…"] + rest)
        }
        return text
    }

    /// How far through the focused pane's content the view is.
    var positionPercent: Int {
        switch focus {
        case .policies:
            return list.rows.count <= 1 ? 100 : list.cursor * 100 / (list.rows.count - 1)
        case .tree:
            return reader.treeRows.count <= 1 ? 100 : reader.treeCursor * 100 / (reader.treeRows.count - 1)
        case .text:
            let count = reader.layout.lines.count
            guard count > 0 else { return 100 }
            return min(100, (reader.textTop + contentHeight(.text)) * 100 / count)
        case .answers:
            return answers.cursor * 100 / max(1, AnswersPanel.questions.count - 1)
        }
    }
}

