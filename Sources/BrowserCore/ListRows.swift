import PolicyModel

/// One row of the policy list: a policy, or a site with several archived versions.
enum ListRow: Hashable, Sendable {
    /// A policy; `indented` under its site's group row.
    case policy(Int, indented: Bool)
    /// A site whose policies carry at least two archive dates; members newest first.
    case group(site: String, members: [Int], folded: Bool)

    /// The policy the row opens: itself, or a group's newest version.
    var policy: Int? {
        switch self {
        case .policy(let i, _): i
        case .group(_, let members, _): members.first
        }
    }

    var site: String? {
        if case .group(let site, _, _) = self { site } else { nil }
    }
}

extension BrowserState {
    /// Rebuilds the list rows from the shown policies, in the list's sort: a site's versions gather under one group
    /// row at the place of its first shown version, newest first. Keeps the cursor on `row`
    /// (or on the open policy) when it is still listed.
    mutating func refreshListRows(keeping row: ListRow? = nil) {
        list.visible = sortedForList(list.visible)
        var bySite: [String: [Int]] = [:]
        for i in list.visible where list.sharesSite[i] {
            if let site = policies[i].domain { bySite[site, default: []].append(i) }
        }
        var groups: [String: [Int]] = [:]
        for (site, members) in bySite where members.count > 1 {
            let dates = Set(members.map { policies[$0].archivedOn })
            guard dates.count > 1 else { continue }
            groups[site] = members.sorted { a, b in
                let da = policies[a].archivedOn, db = policies[b].archivedOn
                if da != db {
                    guard let da else { return false }
                    guard let db else { return true }
                    return da > db
                }
                return a < b
            }
        }
        var rows: [ListRow] = []
        rows.reserveCapacity(list.visible.count + groups.count)
        var placed = Set<String>()
        for i in list.visible {
            guard list.sharesSite[i], let site = policies[i].domain, let members = groups[site] else {
                rows.append(.policy(i, indented: false))
                continue
            }
            guard placed.insert(site).inserted else { continue }
            let folded = !list.unfoldedGroups.contains(site)
            rows.append(.group(site: site, members: members, folded: folded))
            if !folded { rows += members.map { .policy($0, indented: true) } }
        }
        list.rows = rows
        if let row, let i = Self.rowIndex(of: row, in: rows) {
            list.cursor = i
        } else if let open = reader.policy, let i = rowIndex(showing: open) {
            list.cursor = i
        }
    }

    /// The row of `row` (a group by its site, a policy by its index).
    private static func rowIndex(of row: ListRow, in rows: [ListRow]) -> Int? {
        if let site = row.site { return rows.firstIndex { $0.site == site } }
        if case .policy(let p, _) = row { return rows.firstIndex { if case .policy(p, _) = $0 { true } else { false } } }
        return nil
    }

    /// The row that shows policy `index`: its own row, or its folded group's.
    func rowIndex(showing index: Int) -> Int? {
        list.rows.firstIndex { row in
            switch row {
            case .policy(let p, _): p == index
            case .group(_, let members, let folded): folded && members.contains(index)
            }
        }
    }

    /// Puts the list cursor on policy `index`, unfolding its group when it is not the newest.
    mutating func selectListRow(policy index: Int) {
        if let site = policies[index].domain, let i = list.rows.firstIndex(where: { $0.site == site }),
           case .group(_, let members, true) = list.rows[i], members.first != index {
            list.unfoldedGroups.insert(site)
            refreshListRows()
        }
        if let i = rowIndex(showing: index) { list.cursor = i }
    }


    /// h in the list: folds a group, or goes from a version to its group row.
    mutating func foldListRow() {
        guard list.rows.indices.contains(list.cursor) else { return }
        switch list.rows[list.cursor] {
        case .group(let site, _, false):
            list.unfoldedGroups.remove(site)
            refreshListRows(keeping: list.rows[list.cursor])
        case .policy(let p, true):
            if let site = policies[p].domain, let i = list.rows.firstIndex(where: { $0.site == site }) { list.cursor = i }
        default: break
        }
    }

    /// l in the list: unfolds a group; false when the row is no folded group.
    mutating func unfoldListRow() -> Bool {
        guard list.rows.indices.contains(list.cursor), case .group(let site, _, true) = list.rows[list.cursor] else { return false }
        list.unfoldedGroups.insert(site)
        refreshListRows(keeping: list.rows[list.cursor])
        return true
    }
}
