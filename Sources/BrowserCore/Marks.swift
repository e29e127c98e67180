/// Marking policies in the list, for the screens that open on the marked ones.
extension PolicyList {
    /// Marks or unmarks the row under the cursor (a group: all its versions).
    mutating func toggleMarkAtCursor() {
        guard rows.indices.contains(cursor) else { return }
        let members: [Int] = switch rows[cursor] {
        case .policy(let p, _): [p]
        case .group(_, let versions, _): versions
        }
        toggleMarks(members)
    }

    /// Marks every policy shown, or unmarks them when all are marked.
    mutating func toggleMarkAll() {
        toggleMarks(visible)
    }

    private mutating func toggleMarks(_ members: [Int]) {
        if !members.isEmpty, members.allSatisfy(marked.contains) {
            marked.subtract(members)
        } else {
            marked.formUnion(members)
        }
    }

    var markedNote: String {
        marked.isEmpty ? "no policy marked" : "\(BrowserState.count(marked.count, "policy", "policies")) marked: c compares, b side by side, v diffs versions"
    }
}

extension BrowserState {
    /// Space: marks or unmarks the policy under the cursor (a group: all its versions), then
    /// moves down a row.
    mutating func toggleMark() {
        guard list.rows.indices.contains(list.cursor) else { return }
        list.toggleMarkAtCursor()
        message = list.markedNote
        move(by: 1)
    }

    /// `a`: marks every policy shown, or unmarks them when all are marked.
    mutating func markAllShown() {
        list.toggleMarkAll()
        message = list.markedNote
    }
}
