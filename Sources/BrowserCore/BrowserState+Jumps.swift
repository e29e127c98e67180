import PolicyModel

/// The jump list: `:` section jumps, search results, matrix evidence and versions changes
/// record where the reader was; `C-o` goes back there and `C-r` forward again.
extension BrowserState {
    /// The panes' reading position; nil with no policy open.
    var readingPosition: ReadingPosition? {
        reader.policy.map { ReadingPosition(policy: $0, top: reader.layout.anchor(ofLine: reader.textTop), focus: focus) }
    }

    /// Called by every jump before it moves: keeps the position it leaves.
    mutating func recordJump() {
        if let here = readingPosition { jumps.record(here) }
    }

    /// Opens a jump's policy (clearing a list filter that hides it) and selects its list row.
    mutating func reveal(policy index: Int) {
        if reader.policy != index {
            if !list.visible.contains(index) { applyFilter("") }
            open(policyAt: index)
        }
        selectListRow(policy: index)
    }

    /// `C-o` / `C-r` in the panes (or a reader opened from a screen): back or forward through
    /// the jump list. Screens closed since are not reopened: the panes show the position.
    mutating func stepJump(back: Bool) {
        guard let here = readingPosition, let target = jumps.step(back: back, from: here),
              policies.indices.contains(target.policy) else {
            message = back ? "no earlier jump to go back to" : "no later jump to go forward to"
            return
        }
        reveal(policy: target.policy)
        setFocus(target.focus)
        reader.textTop = reader.layout.line(at: target.top)
        clampScroll()
        syncTreeCursor(to: sectionAtTop)
        let path = SectionPath.display(reader.document.titlePaths[sectionAtTop] ?? [])
        message = (back ? "back: " : "forward: ") + SectionPath.joined([policies[target.policy].shortName] + path)
    }
}
