/// The practice legend at the foot of the text pane: every category of the open policy, by
/// legend number, wrapped onto as many rows as it needs (at most a third of the pane).
extension BrowserState {
    /// The digit key of the category in `slot`.
    static func legendDigit(_ slot: Int) -> String { "\((slot + 1) % 10)" }

    /// The legend's entries in slot order, wrapped to the text pane's width; empty without
    /// highlights.
    var legendRows: [[(name: String, slot: Int)]] {
        let entries = zip(reader.document.categories, reader.document.categorySlots).sorted { $0.1 < $1.1 }
        guard !entries.isEmpty else { return [] }
        let width = max(1, textRect.width - 1)
        var rows: [[(name: String, slot: Int)]] = [[]]
        var used = 0
        for (name, slot) in entries {
            let w = CharWidth.columns(Self.legendDigit(slot) + "■ " + name)
            if used > 0, used + w > width {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append((name, slot))
            used += w + 2
        }
        return Array(rows.prefix(max(1, (textRect.height - 1) / 3)))
    }

    func drawLegend(_ rect: Rect, _ grid: inout Grid) {
        let limit = rect.x + rect.width
        for (row, entries) in legendRows.enumerated() {
            var x = rect.x + 1
            for (name, slot) in entries {
                guard x < limit - 2 else { break }
                let role: StyleRole = isCategoryShown(slot) ? .category(slot) : .dim
                x += grid.put(Self.legendDigit(slot), x: x, y: rect.y + row, limit: limit - x, role: .dim)
                x += grid.put("■ " + name, x: x, y: rect.y + row, limit: limit - x, role: role)
                x += 2
            }
        }
    }
}
