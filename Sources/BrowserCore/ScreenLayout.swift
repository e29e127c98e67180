/// Where each pane goes on screen: three columns when the terminal is wide; two (the list or
/// the tree, whichever was focused last, beside the text) from ``twoPaneThreshold``, so 80x24
/// shows a list and its text; below that only the focused pane (the others are a Tab away).
/// The last row is the status bar.
public struct ScreenLayout: Hashable, Sendable {
    /// Below this width the panes switch instead of squeezing side by side.
    public static let wideThreshold = 100
    /// From this width (and below ``wideThreshold``) the text has a list or tree beside it.
    public static let twoPaneThreshold = 70
    /// Below this size the browser only asks for a bigger terminal.
    public static let minimum = Size(width: 20, height: 5)

    public var panes: [Pane: Rect] = [:]
    /// Columns holding a vertical separator line.
    public var separators: [Int] = []
    public var status: Rect
    public var tooSmall: Bool

    /// At this width and more the answers panel (`A`) sits beside the text; below, it takes the
    /// tree pane's place.
    public static let answersBesideText = 120

    /// - Parameters:
    ///   - side: the pane beside the text in two columns, when the text is focused.
    ///   - answers: the answers panel is open.
    public init(size: Size, focus: Pane, maximised: Bool, side: Pane = .policies, answers: Bool = false) {
        let w = size.width, h = size.height
        status = Rect(x: 0, y: max(0, h - 1), width: w, height: h > 0 ? 1 : 0)
        tooSmall = w < Self.minimum.width || h < Self.minimum.height
        guard !tooSmall else { return }
        let bodyHeight = h - 1
        if w < Self.twoPaneThreshold || maximised {
            panes[focus] = Rect(x: 0, y: 0, width: w, height: bodyHeight)
            return
        }
        if answers, w >= Self.answersBesideText {
            // Four columns: the list and the tree narrower, the answers right of the text.
            let listWidth = min(20, w / 8), treeWidth = min(30, w / 6), answersWidth = min(44, w * 3 / 10)
            panes[.policies] = Rect(x: 0, y: 0, width: listWidth, height: bodyHeight)
            panes[.tree] = Rect(x: listWidth + 1, y: 0, width: treeWidth, height: bodyHeight)
            let textX = listWidth + treeWidth + 2, answersX = w - answersWidth
            panes[.text] = Rect(x: textX, y: 0, width: answersX - 1 - textX, height: bodyHeight)
            panes[.answers] = Rect(x: answersX, y: 0, width: answersWidth, height: bodyHeight)
            separators = [listWidth, listWidth + 1 + treeWidth, answersX - 1]
            return
        }
        if w < Self.wideThreshold {
            // The answers panel takes the tree's place.
            let beside = side == .text ? Pane.policies : (answers && side == .tree ? .answers : side)
            let sideWidth = min(28, w * 3 / 10)
            panes[focus == .text ? beside : focus] = Rect(x: 0, y: 0, width: sideWidth, height: bodyHeight)
            panes[.text] = Rect(x: sideWidth + 1, y: 0, width: w - sideWidth - 1, height: bodyHeight)
            separators = [sideWidth]
            return
        }
        let listWidth = min(28, w / 5)
        let treeWidth = min(40, w / 4)
        panes[.policies] = Rect(x: 0, y: 0, width: listWidth, height: bodyHeight)
        panes[answers ? .answers : .tree] = Rect(x: listWidth + 1, y: 0, width: treeWidth, height: bodyHeight)
        let textX = listWidth + treeWidth + 2
        panes[.text] = Rect(x: textX, y: 0, width: w - textX, height: bodyHeight)
        separators = [listWidth, listWidth + 1 + treeWidth]
    }

    /// True when every pane in use has its own place on screen.
    public var showsAllPanes: Bool { panes.count >= 3 }
}

extension BrowserState {
    /// The layout of the current screen.
    public var screenLayout: ScreenLayout {
        ScreenLayout(size: size, focus: focus, maximised: maximised, side: sidePane, answers: answers.isOpen)
    }

    /// The text pane's rectangle whenever it is shown (the wrap width does not depend on focus).
    var textRect: Rect {
        ScreenLayout(size: size, focus: .text, maximised: maximised && focus == .text, answers: answers.isOpen).panes[.text]
            ?? Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 1))
    }

    var showsLegend: Bool { !reader.document.categories.isEmpty }

    /// Rows of content below a pane's title row.
    func contentHeight(_ pane: Pane) -> Int {
        let rect = pane == .text ? textRect : (screenLayout.panes[pane] ?? Rect(x: 0, y: 0, width: size.width, height: size.height - 1))
        return max(1, rect.height - 1 - (pane == .text ? legendRows.count : 0))
    }

    /// Columns the text is wrapped to: the pane less a one-column margin each side.
    var textWidth: Int { max(1, textRect.width - 2) }

    /// Re-wraps the text when its width changed, keeping the top line's text on top, and
    /// clamps every scroll position.
    mutating func relayout() {
        if reader.layout.width != textWidth || reader.layout.lines.isEmpty != reader.document.pieces.isEmpty {
            let anchor = reader.layout.lines.indices.contains(reader.textTop) ? reader.layout.lines[reader.textTop] : nil
            reader.layout = TextLayout(document: reader.document, width: textWidth)
            refreshHighlightSelection()
            if let anchor, let piece = anchor.piece {
                reader.textTop = reader.layout.line(piece: piece, index: anchor.range.lowerBound)
            } else if let anchor, anchor.piece == nil {
                reader.textTop = min(reader.textTop, reader.layout.lines.count - 1)
            }
        }
        clampScroll()
    }

    mutating func clampScroll() {
        reader.textTop = max(0, min(reader.textTop, reader.layout.lines.count - 1))
        list.cursor = max(0, min(list.cursor, list.rows.count - 1))
        list.top = Self.scrolled(top: list.top, cursor: list.cursor, height: contentHeight(.policies), count: list.rows.count)
        reader.treeCursor = max(0, min(reader.treeCursor, reader.treeRows.count - 1))
        reader.treeTop = Self.scrolled(top: reader.treeTop, cursor: reader.treeCursor, height: contentHeight(.tree), count: reader.treeRows.count)
        answers.top = Self.scrolled(top: answers.top, cursor: answers.cursor, height: answerRows, count: AnswersPanel.questions.count)
    }

    /// The top line that shows the last screenful. Showing a section may scroll further, so
    /// that its heading is the top line even near the end; scrolling down never does.
    var maxTextTop: Int { max(0, reader.layout.lines.count - contentHeight(.text)) }

    /// The top row that keeps `cursor` on screen, moving as little as possible.
    static func scrolled(top: Int, cursor: Int, height: Int, count: Int) -> Int {
        var t = top
        if cursor < t { t = cursor }
        if cursor >= t + height { t = cursor - height + 1 }
        return max(0, min(t, max(0, count - height)))
    }
}
