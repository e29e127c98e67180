/// Marking policies in the list, for the screens that open on the marked ones.
extension BrowserState {
    /// Space: marks or unmarks the policy under the cursor (a group: all its versions), then
    /// moves down a row.
    mutating func toggleMark() {
        guard listRows.indices.contains(listCursor) else { return }
        let members: [Int] = switch listRows[listCursor] {
        case .policy(let p, _): [p]
        case .group(_, let versions, _): versions
        }
        if members.allSatisfy(marked.contains) {
            marked.subtract(members)
        } else {
            marked.formUnion(members)
        }
        message = markedNote
        move(by: 1)
    }

    /// `a`: marks every policy shown, or unmarks them when all are marked.
    mutating func markAllShown() {
        if !visiblePolicies.isEmpty, visiblePolicies.allSatisfy(marked.contains) {
            marked.subtract(visiblePolicies)
        } else {
            marked.formUnion(visiblePolicies)
        }
        message = markedNote
    }

    var markedNote: String {
        marked.isEmpty ? "no policy marked" : "\(Self.count(marked.count, "policy", "policies")) marked: c compares, b side by side, v diffs versions"
    }
}
