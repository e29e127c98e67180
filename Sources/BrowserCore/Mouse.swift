/// A mouse report as plain data (only with `--mouse`): a button-1 press or a wheel step, at a
/// cell of the screen.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case press, wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }

    /// Lines or rows one wheel step scrolls.
    public static let wheelStep = 3
}

extension BrowserState {
    /// Applies a mouse report: a press focuses the pane under it and selects the row; the wheel
    /// scrolls the pane under the pointer without moving the focus. Ignored while typing.
    public mutating func update(_ mouse: MouseEvent) {
        message = nil
        closedPrompt = nil
        // The comparison views take keys only.
        guard prompt == nil, screens.top == nil else { return }
        let step = mouse.kind == .wheelUp ? -MouseEvent.wheelStep : MouseEvent.wheelStep
        if showingHelp {
            if mouse.kind == .press { closeOverlay() } else { scrollHelp(by: step) }
            return
        }
        let screen = screenLayout
        guard !screen.tooSmall, let (pane, rect) = screen.panes.first(where: { $0.value.contains(x: mouse.x, y: mouse.y) }) else { return }
        switch mouse.kind {
        case .press:
            if pane != focus { setFocus(pane) }
            select(row: mouse.y - rect.y - 1, in: pane)
        case .wheelUp, .wheelDown:
            let saved = focus
            focus = pane
            move(by: step)
            focus = saved
        }
        clampScroll()
        if focus == .text { followTextInTree() }
    }

    /// A click on a content row (0 is the first row below the title).
    private mutating func select(row: Int, in pane: Pane) {
        guard row >= 0 else { return }
        switch pane {
        case .policies:
            let i = list.top + row
            guard list.rows.indices.contains(i) else { return }
            list.cursor = i
            if let p = list.cursorPolicy, p != reader.policy { open(policyAt: p) }
        case .tree:
            let i = reader.treeTop + row
            guard reader.treeRows.indices.contains(i) else { return }
            reader.treeCursor = i
            showSection(reader.treeRows[i].section)
        case .answers:
            answers.cursor = max(0, min(answers.top + row, AnswersPanel.questions.count - 1))
        case .text:
            break
        }
    }
}

extension Rect {
    func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }
}
