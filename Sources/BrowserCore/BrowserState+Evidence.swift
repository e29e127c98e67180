import PolicyComparison
import PolicyExtraction
import PolicyModel

/// Opening a policy at an answer's evidence (Enter in the answer matrix).
extension BrowserState {
    /// Opens a policy at sentences of evidence, marked as search matches.
    mutating func show(evidence: [Evidence], inPolicy p: Int) {
        recordJump()
        reveal(policy: p)
        let matches = evidence.compactMap { reader.document.match($0.location, range: $0.range) }
        setFocus(.text)
        guard !matches.isEmpty else { return }
        reader.search = SearchState(query: "", pane: .text, textMatches: matches, current: 0)
        let line = reader.layout.line(piece: matches[0].piece, index: matches[0].range.lowerBound)
        reader.textTop = min(max(0, line - contentHeight(.text) / 3), maxTextTop)
        syncTreeCursor(to: sectionAtTop)
    }
}

extension Document {
    /// The grapheme range of a scalar range in the block at `location`.
    func match(_ location: BlockLocation, range: TextRange) -> TextMatch? {
        let piece: Int
        if location.sectionNumber == 0 {
            piece = location.blockIndex
        } else {
            guard let start = sectionStart[location.sectionNumber] else { return nil }
            piece = start + 1 + location.blockIndex
        }
        guard pieces.indices.contains(piece), pieces[piece].section == location.sectionNumber else { return nil }
        var offset = 0, lower: Int?, upper = pieces[piece].chars.count
        for (i, ch) in pieces[piece].chars.enumerated() {
            if lower == nil, offset >= range.start { lower = i }
            if offset >= range.end { upper = i; break }
            offset += ch.unicodeScalars.count
        }
        guard let lower, lower < upper else { return nil }
        return TextMatch(piece: piece, range: lower..<upper)
    }
}
