/// The help overlay, generated from the keymap table.
extension BrowserState {
    func drawHelp(_ grid: inout Grid) {
        let lines = Keymap.helpLines
        let keyColumn = min(16, lines.map { CharWidth.columns($0.label) }.max() ?? 8) + 2
        let width = min(size.width - 2, 64)
        let height = min(size.height - 2, lines.count + 3)
        guard width >= 10, height >= 4 else { return }
        let x0 = (size.width - width) / 2, y0 = (size.height - height) / 2
        grid.fill(Rect(x: x0, y: y0, width: width, height: height), role: .overlay)
        let inner = width - 2
        grid.put("┌" + String(repeating: "─", count: inner) + "┐", x: x0, y: y0, limit: width, role: .overlay)
        grid.put("└" + String(repeating: "─", count: inner) + "┘", x: x0, y: y0 + height - 1, limit: width, role: .overlay)
        for y in (y0 + 1)..<(y0 + height - 1) {
            grid.put("│", width: 1, x: x0, y: y, role: .overlay)
            grid.put("│", width: 1, x: x0 + width - 1, y: y, role: .overlay)
        }
        grid.put(" Keys — q/Esc closes, j/k scroll ", x: x0 + 2, y: y0, limit: inner - 2, role: .overlayKey)
        let rows = height - 2
        let top = min(helpTop, max(0, lines.count - rows))
        if top + rows < lines.count {
            grid.put(" ▼ more: j ", x: x0 + width - 13, y: y0 + height - 1, limit: 11, role: .overlayKey)
        }
        for (r, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let y = y0 + 1 + r
            guard !line.label.isEmpty else {
                grid.put(line.help, x: x0 + 2, y: y, limit: inner - 2, role: .overlayKey)
                continue
            }
            grid.put(line.label, x: x0 + 2, y: y, limit: min(keyColumn, inner - 2), role: .overlayKey)
            grid.put(line.help, x: x0 + 2 + keyColumn, y: y, limit: max(0, inner - 2 - keyColumn), role: .overlay)
        }
    }
}
