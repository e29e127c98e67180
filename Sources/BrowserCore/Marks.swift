/// Marking policies in the list, for the screens that open on the marked ones.
extension BrowserState {
    /// Space: marks or unmarks the policy under the cursor (a group: all its versions), then
    /// moves down a row.
    mutating func toggleMark() {
        guard list.rows.indices.contains(list.cursor) else { return }
        let members: [Int] = switch list.rows[list.cursor] {
        case .policy(let p, _): [p]
        case .group(_, let versions, _): versions
        }
        if members.allSatisfy(list.marked.contains) {
            list.marked.subtract(members)
        } else {
            list.marked.formUnion(members)
        }
        message = markedNote
        move(by: 1)
    }

    /// `a`: marks every policy shown, or unmarks them when all are marked.
    mutating func markAllShown() {
        if !list.visible.isEmpty, list.visible.allSatisfy(list.marked.contains) {
            list.marked.subtract(list.visible)
        } else {
            list.marked.formUnion(list.visible)
        }
        message = markedNote
    }

    var markedNote: String {
        list.marked.isEmpty ? "no policy marked" : "\(Self.count(list.marked.count, "policy", "policies")) marked: c compares, b side by side, v diffs versions"
    }
}
