/// The `:` command line: for now, jump to a section by fuzzy title.
extension BrowserState {
    mutating func runCommand(_ text: String) {
        let query = text.trimmingSpaces
        guard !query.isEmpty else { return }
        var hits = finder.sections(matching: query, in: policies)
        // Prefer the open policy when it matches as well as another one.
        if let best = hits.first?.score, let open = openPolicy,
           let i = hits.firstIndex(where: { $0.policyIndex == open && $0.score == best }) {
            hits.insert(hits.remove(at: i), at: 0)
        }
        guard let hit = hits.first else {
            message = "no section matches '\(query)'"
            return
        }
        jump(toSection: hit.sectionNumber, inPolicy: hit.policyIndex)
    }

    /// Opens a policy if needed and shows one of its sections in the text pane.
    public mutating func jump(toSection number: Int, inPolicy index: Int) {
        guard policies.indices.contains(index) else { return }
        if openPolicy != index {
            if !visiblePolicies.contains(index) { applyFilter("") }
            open(policyAt: index)
        }
        listCursor = visiblePolicies.firstIndex(of: index) ?? listCursor
        setFocus(.text)
        showSection(number)
        let path = document.titlePaths[number]?.joined(separator: " › ") ?? ""
        message = "jumped to \(path)"
    }
}

extension String {
    var trimmingSpaces: String {
        var s = self[...]
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
