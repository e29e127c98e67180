/// How many practice highlights the text pane draws (`H` cycles): the strongest only, every
/// one, or none.
public enum HighlightDensity: String, Sendable, CaseIterable {
    case strongest, all, none

    /// The mode after this one in the `H` cycle.
    var next: HighlightDensity {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// In ``strongest``, at most this share of a policy's text lines carry a highlight.
    static let strongestShare = (numerator: 1, denominator: 3)
}

/// The highlights the text pane draws, by piece: indexes into each piece's `highlights`.
struct HighlightSelection: Sendable {
    private var shown: [Int: Set<Int>] = [:]

    init() {}

    /// The highlights of the categories `isShown` lets through (by style slot), thinned in
    /// ``HighlightDensity/strongest``: denials first, then by strength, a highlight is kept
    /// while the lines it covers keep the highlighted lines within the share of text lines.
    init(document: Document, layout: TextLayout, density: HighlightDensity, isShown: (Int) -> Bool) {
        guard density != .none else { return }
        var candidates: [(piece: Int, index: Int, negated: Bool, strength: Double)] = []
        for (p, piece) in document.pieces.enumerated() {
            for (i, h) in piece.highlights.enumerated() where isShown(document.categorySlots[h.category]) {
                candidates.append((p, i, h.negated, h.strength))
            }
        }
        guard density == .strongest else {
            for c in candidates { shown[c.piece, default: []].insert(c.index) }
            return
        }
        let textLines = layout.lines.lazy.filter { $0.piece != nil }.count
        let budget = textLines * HighlightDensity.strongestShare.numerator / HighlightDensity.strongestShare.denominator
        // Stable: equal strengths keep document order.
        let ranked = candidates.enumerated().sorted { a, b in
            if a.element.negated != b.element.negated { return a.element.negated }
            if a.element.strength != b.element.strength { return a.element.strength > b.element.strength }
            return a.offset < b.offset
        }.map(\.element)
        var covered = Set<Int>()
        for c in ranked {
            let range = document.pieces[c.piece].highlights[c.index].range
            let lines = layout.line(piece: c.piece, index: range.lowerBound)...layout.line(piece: c.piece, index: range.upperBound - 1)
            let added = lines.filter { !covered.contains($0) }
            guard covered.count + added.count <= budget else { continue }
            covered.formUnion(added)
            shown[c.piece, default: []].insert(c.index)
        }
    }

    /// Whether highlight `index` of piece `piece` is drawn.
    func contains(piece: Int, index: Int) -> Bool { shown[piece]?.contains(index) ?? false }

    /// The text lines of `layout` that show at least one drawn highlight, and all its text lines.
    func lineShare(in document: Document, _ layout: TextLayout) -> (highlighted: Int, text: Int) {
        var highlighted = 0, text = 0
        for line in layout.lines {
            guard let p = line.piece else { continue }
            text += 1
            let hit = document.pieces[p].highlights.indices.contains {
                contains(piece: p, index: $0) && document.pieces[p].highlights[$0].range.overlaps(line.range)
            }
            if hit { highlighted += 1 }
        }
        return (highlighted, text)
    }
}
