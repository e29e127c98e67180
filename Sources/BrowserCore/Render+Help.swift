/// The help overlay, generated from the keymap table: as wide as the terminal allows (up to
/// ``HelpBox/maxWidth``), long lines wrapped, the keys of the view in use first.
struct HelpBox {
    static let maxWidth = 100

    /// One row inside the box: a key label (empty on a heading or a wrapped line) and text.
    struct Row {
        var label: String
        var text: String
        var isHeading: Bool
    }

    /// The box, its border included.
    var rect: Rect
    var keyColumn: Int
    var rows: [Row]

    /// Rows shown at once.
    var visible: Int { rect.height - 2 }
    /// The last useful first row.
    var maxTop: Int { max(0, rows.count - visible) }

    /// The box in the middle, or, `avoiding` a screen row, in the half of the screen without it.
    init(lines: [(label: String, help: String)], size: Size, avoiding row: Int? = nil) {
        let width = min(size.width - 2, Self.maxWidth)
        keyColumn = min(16, lines.map { CharWidth.columns($0.label) }.max() ?? 8) + 2
        let textWidth = max(1, width - 5 - keyColumn)
        rows = []
        for line in lines {
            if line.label.isEmpty {
                rows += Self.wrapped(line.help, width: max(1, width - 5)).map { Row(label: "", text: $0, isHeading: true) }
                continue
            }
            var label = line.label
            if CharWidth.columns(label) > keyColumn - 1 {
                rows.append(Row(label: label, text: "", isHeading: false))  // too wide: the text goes below
                label = ""
            }
            for text in Self.wrapped(line.help, width: textWidth) {
                rows.append(Row(label: label, text: text, isHeading: false))
                label = ""
            }
        }
        let height = min(size.height - 2, rows.count + 2)
        var y = (size.height - height) / 2
        if let row { y = row < size.height / 2 ? max(0, size.height - 1 - height) : 0 }
        rect = Rect(x: (size.width - width) / 2, y: y, width: width, height: height)
    }

    static func wrapped(_ text: String, width: Int) -> [String] {
        let chars = Array(text)
        return TextLayout.wrap(chars, width: width).map { String(chars[$0].reversed().drop { $0 == " " }.reversed()) }
    }
}

extension BrowserState {
    /// The help overlay at this size, the current view's keys first.
    var helpBox: HelpBox {
        HelpBox(lines: overlay?.lines ?? Keymap.helpLines(first: keyContexts), size: size, avoiding: overlay?.avoiding)
    }

    /// A scrolling key in the help overlay (j/k, arrows, pages, g/G); false for other actions.
    mutating func scrollHelp(_ action: Action) -> Bool {
        guard let move = ScrollMove(action, page: max(1, helpBox.visible - 1)) else { return false }
        scrollHelp(by: move.apply(to: helpTop) - helpTop)
        return true
    }

    /// Scrolls the help overlay by `step` rows, within its rows.
    mutating func scrollHelp(by step: Int) {
        helpTop = max(0, min(helpTop + step, helpBox.maxTop))
    }

    func drawHelp(_ grid: inout Grid) {
        let box = helpBox
        let (x0, y0, width, height) = (box.rect.x, box.rect.y, box.rect.width, box.rect.height)
        guard width >= 10, height >= 4 else { return }
        grid.fill(box.rect, role: .overlay)
        let inner = width - 2
        grid.put("┌" + String(repeating: "─", count: inner) + "┐", x: x0, y: y0, limit: width, role: .overlay)
        grid.put("└" + String(repeating: "─", count: inner) + "┘", x: x0, y: y0 + height - 1, limit: width, role: .overlay)
        for y in (y0 + 1)..<(y0 + height - 1) {
            grid.put("│", width: 1, x: x0, y: y, role: .overlay)
            grid.put("│", width: 1, x: x0 + width - 1, y: y, role: .overlay)
        }
        grid.put(overlay?.title ?? " Keys — q/Esc closes, j/k Space PgUp g/G scroll ", x: x0 + 2, y: y0, limit: inner - 2, role: .overlayKey)
        let top = min(helpTop, box.maxTop)
        if top + box.visible < box.rows.count {
            grid.put(" ▼ more: j ", x: x0 + width - 13, y: y0 + height - 1, limit: 11, role: .overlayKey)
        }
        if top > 0 {
            grid.put(" ▲ more: k ", x: x0 + 2, y: y0 + height - 1, limit: 11, role: .overlayKey)
        }
        for (r, row) in box.rows.dropFirst(top).prefix(box.visible).enumerated() {
            let y = y0 + 1 + r
            guard !row.isHeading else {
                grid.put(row.text, x: x0 + 2, y: y, limit: inner - 2, role: .overlayKey)
                continue
            }
            grid.put(row.label, x: x0 + 2, y: y, limit: inner - 2, role: .overlayKey)
            grid.put(row.text, x: x0 + 2 + box.keyColumn, y: y, limit: max(0, inner - 2 - box.keyColumn), role: .overlay)
        }
    }
}
