import PolicyModel

extension ViewKind {
    public static let versions = ViewKind("versions")
}

/// The version diff on the screen stack: scroll, step through the changes, open one.
extension VersionsView: StackedScreen {
    static let kind = ViewKind.versions
    static let helpHeading = "Versions diff"
    static let command = "diff"
    static let readsOnlyPicked = true

    static let bindings = [
        KeyBinding([.char("v")], .openScreen(kind), "diff two marked versions, or a group's newest two (:diff)", in: .browser),
        KeyBinding([.char("]")], .nextSection, "next change (marked ▶)", in: keyContext),
        KeyBinding([.char("[")], .previousSection, "previous change", in: keyContext),
        KeyBinding([.enter], .open, "open the version at the marked change (else the first on screen)", in: keyContext),
    ]

    /// `v`, `:diff`: two marked policies as old and new versions (by archive date), or the two
    /// newest versions of the group under the list cursor; refused for two different domains.
    static func pick(_ selection: ScreenSelection, _ context: ScreenContext) -> ScreenPick {
        var pair: [Int]
        let marked = selection.marked
        if marked.count == 2 {
            pair = marked
        } else if let group = selection.cursorGroup {
            pair = Array(group.prefix(2))
        } else {
            return .refused(marked.count > 2 ? "\(marked.count) marked: a version diff needs exactly two"
                : "mark two versions with Space (or put the cursor on a ▸ group), then v diffs them")
        }
        let policies = context.policies
        if let a = policies[pair[0]].domain?.lowercased(), let b = policies[pair[1]].domain?.lowercased(), a != b {
            return .refused("\(a) and \(b) are not versions of one document: b shows them side by side, c compares their answers")
        }
        pair.sort { a, b in
            switch (policies[a].archivedOn, policies[b].archivedOn) {
            case let (x?, y?) where x != y: x < y
            case (nil, _?): true
            case (_?, nil): false
            default: a < b
            }
        }
        return .policies(pair)
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> ScreenEffect {
        if ScrollMove.scroll(action, top: &top, context) { return .none }
        switch action {
        case .nextSection, .previousSection:
            return cursor.step(action, stops: changeRows, top: &top, height: context.bodyHeight, rowCount: wrapped.count,
                               ends: ("no change after this one", "no change before this one"))
        case .open:
            guard let c = cursor.target(stops: changeRows, top: top, height: context.bodyHeight) else {
                return .message("the two versions have the same text")
            }
            return .jump(section: changes[c].section, policy: changes[c].policy)
        default: return .pass
        }
    }

    mutating func refresh(policy index: Int, _ context: ScreenContext) {
        if index == old || index == new { rebuild(context) }
    }

    mutating func relayout(_ context: ScreenContext) {
        guard width != context.size.width else { return }
        rewrap(width: context.size.width)
        if let c = cursor.current { top = changeRows[c] }
    }

    mutating func clamp(_ context: ScreenContext) {
        top = max(0, min(top, wrapped.count - context.bodyHeight))
        cursor.keepIfShown(stops: changeRows, top: top, height: context.bodyHeight)
    }

    func draw(_ grid: inout Grid, _ context: ScreenContext) -> ScreenStatus {
        let width = context.size.width, bodyHeight = context.bodyHeight
        grid.putViewTitle(title)
        for row in 0..<bodyHeight {
            let i = top + row
            guard wrapped.indices.contains(i) else { break }
            grid.put(wrapped[i], x: 1, y: 1 + row, limit: width - 2)
        }
        if let c = cursor.current, (top..<(top + bodyHeight)).contains(changeRows[c]) {
            grid.put("▶", width: 1, x: 0, y: 1 + changeRows[c] - top, role: .focusedTitle)
        }
        let change = cursor.current.map { "change \($0 + 1)/\(changeRows.count)" }
            ?? BrowserState.count(changeRows.count, "change", "changes")
        let percent = wrapped.count <= bodyHeight ? 100 : min(100, (top + bodyHeight) * 100 / wrapped.count)
        return ScreenStatus(left: "\(context.policies[old].shortName): ] [ step through the changes", right: "\(change) │ \(percent)%")
    }
}
