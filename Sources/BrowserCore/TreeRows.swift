import PolicyModel

/// The section tree as rows: what the tree pane shows under the current folds.
struct TreeRow: Hashable, Sendable {
    /// Section number; 0 is the preamble.
    var section: Int
    var depth: Int
    var title: String
    var hasChildren: Bool
    var folded: Bool
}

/// Every section of a policy in order, with the links needed to fold and walk the tree.
struct SectionOutline: Sendable {
    struct Entry: Hashable, Sendable {
        var number: Int
        var depth: Int
        var title: String
        var parent: Int?
        var hasChildren: Bool
    }

    var entries: [Entry] = []

    init() {}

    init(policy: Policy) {
        if !policy.preamble.isEmpty {
            entries.append(Entry(number: 0, depth: 1, title: SectionPath.preambleLabel, parent: nil, hasChildren: false))
        }
        var lastAtDepth: [Int: Int] = [:]
        for (location, section) in policy.flattenedSections {
            let parent = location.depth > 1 ? lastAtDepth[location.depth - 1] : nil
            lastAtDepth[location.depth] = location.number
            entries.append(Entry(number: location.number, depth: location.depth, title: section.title,
                                 parent: parent, hasChildren: !section.children.isEmpty))
        }
    }

    /// The rows visible when the sections in `folded` hide their descendants.
    func rows(folded: Set<Int>) -> [TreeRow] {
        var out: [TreeRow] = []
        var hideBelow: Int?
        for e in entries {
            if let d = hideBelow, e.depth > d { continue }
            hideBelow = nil
            let isFolded = e.hasChildren && folded.contains(e.number)
            if isFolded { hideBelow = e.depth }
            out.append(TreeRow(section: e.number, depth: e.depth, title: e.title, hasChildren: e.hasChildren, folded: isFolded))
        }
        return out
    }

    func entry(_ number: Int) -> Entry? {
        entries.first { $0.number == number }
    }

    /// Whether `number` is the tree's one top-level section (the preamble aside): folding it
    /// would hide everything, so `h` on it goes back to the list.
    func isRoot(_ number: Int) -> Bool {
        number != 0 && entry(number)?.parent == nil
            && !entries.contains { $0.parent == nil && $0.number != 0 && $0.number != number }
    }
}
