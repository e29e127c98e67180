/// Solo mode (`f`): the highlights of one category only, the others dim in the legend.
extension BrowserState {
    /// `f`: solo the category of the first highlight on screen (else the legend's first); in
    /// solo mode, back to every category.
    mutating func toggleSolo() {
        if soloSlot != nil {
            soloSlot = nil
            refreshHighlightSelection()
            message = "solo off: every category"
            return
        }
        let slots = reader.document.categorySlots
        guard let first = slots.min() else {
            message = "no highlighted practices"
            return
        }
        solo(slot: firstSlotOnScreen ?? first)
    }

    /// Shows only the category in `slot`, when the policy has it.
    mutating func solo(slot: Int) {
        guard let i = reader.document.categorySlots.firstIndex(of: slot) else {
            message = "no category \(Self.legendDigit(slot)) in this policy"
            return
        }
        soloSlot = slot
        refreshHighlightSelection()
        message = "solo: \(reader.document.categories[i]) (a digit picks another, f shows all)"
    }

    /// The style slot of the first highlight at or below the text pane's top line.
    private var firstSlotOnScreen: Int? {
        let bottom = reader.textTop + contentHeight(.text)
        for l in reader.textTop..<min(bottom, reader.layout.lines.count) {
            guard let p = reader.layout.lines[l].piece else { continue }
            let range = reader.layout.lines[l].range
            if let h = reader.document.pieces[p].highlights.first(where: { $0.range.overlaps(range) }) {
                return reader.document.categorySlots[h.category]
            }
        }
        return nil
    }

    /// The status line's note on the highlights: the density, and the solo category.
    var highlightStatus: String {
        let solo = soloSlot.flatMap { slot in reader.document.categorySlots.firstIndex(of: slot).map { reader.document.categories[$0] } }
        return highlightDensity.rawValue + (solo.map { " · solo " + $0 } ?? "")
    }
}
