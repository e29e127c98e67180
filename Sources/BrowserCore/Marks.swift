/// Marking policies in the list, and opening the comparison views on the marked ones.
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

    /// The marked policies in list order.
    var markedInOrder: [Int] { marked.sorted() }

    /// `c`, `:compare`: the answer matrix of the marked policies (of the open one when none is).
    mutating func openMatrix() {
        guard !marked.isEmpty else {
            message = "mark policies with Space (a marks all shown), then c compares them"
            return
        }
        openMatrix(of: markedInOrder)
    }

    mutating func openMatrix(of indices: [Int]) {
        let summaries = indices.map { summary(of: $0) }
        let columns = indices.map { i in
            AnswerMatrixColumn(id: policies[i].id, domain: policies[i].domain, archivedOn: policies[i].archivedOn)
        }
        push(.matrix(MatrixView(policies: indices, columns: columns, summaries: summaries)))
        if practiceSource == nil { message = "no practices: the classifier is not available" }
    }

    /// `b`, `:side`: two marked policies side by side.
    mutating func openSideBySide() {
        guard marked.count == 2 else {
            message = marked.count < 2 ? "mark two policies with Space, then b shows them side by side"
                : "\(marked.count) marked: side by side needs exactly two"
            return
        }
        let pair = markedInOrder
        _ = summary(of: pair[0])
        _ = summary(of: pair[1])
        push(.sideBySide(SideBySideView(left: pair[0], right: pair[1], state: self)))
    }

    /// `v`, `:diff`: two marked policies as old and new versions (by archive date), or the two
    /// newest versions of the group under the cursor.
    mutating func openVersions() {
        var pair: [Int]
        if marked.count == 2 {
            pair = markedInOrder
        } else if let site = listCursorPolicy.flatMap({ policies[$0].domain }),
                  let group = listRows.first(where: { $0.site == site }), case .group(_, let members, _) = group {
            pair = Array(members.prefix(2))
        } else {
            message = marked.count > 2 ? "\(marked.count) marked: a version diff needs exactly two"
                : "mark two versions with Space (or put the cursor on a ▸ group), then v diffs them"
            return
        }
        pair.sort { a, b in
            switch (policies[a].archivedOn, policies[b].archivedOn) {
            case let (x?, y?) where x != y: x < y
            case (nil, _?): true
            case (_?, nil): false
            default: a < b
            }
        }
        _ = summary(of: pair[0])
        _ = summary(of: pair[1])
        push(.versions(VersionsView(old: pair[0], new: pair[1], state: self)))
    }
}
