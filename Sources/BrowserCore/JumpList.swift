/// Where the reader was: the open policy, the text's top line (as a place in the document,
/// which re-wrapping keeps) and the focused pane.
struct ReadingPosition: Hashable, Sendable {
    var policy: Int
    var top: TextLayout.Anchor
    var focus: Pane
}

/// The jump list of vim and less: the positions jumps left, to go back to (`C-o`) and forward
/// again; a new jump drops the forward history.
struct JumpList: Sendable {
    static let limit = 100
    private(set) var back: [ReadingPosition] = []
    private(set) var forward: [ReadingPosition] = []

    /// A jump leaves `position`.
    mutating func record(_ position: ReadingPosition) {
        if back.last != position { back.append(position) }
        if back.count > Self.limit { back.removeFirst(back.count - Self.limit) }
        forward = []
    }

    /// The position to show going back (or forward) from `current`, which the other direction
    /// then keeps; positions equal to `current` are skipped. Nil when there is none.
    mutating func step(back goingBack: Bool, from current: ReadingPosition) -> ReadingPosition? {
        while let target = goingBack ? back.popLast() : forward.popLast() {
            guard target != current else { continue }
            if goingBack { forward.append(current) } else { back.append(current) }
            return target
        }
        return nil
    }
}

extension TextLayout {
    /// A line as a grapheme of a piece; `offset` -1 is the blank line before the piece.
    struct Anchor: Hashable, Sendable {
        var piece: Int
        var index: Int
        var offset: Int
    }

    /// Where line `l` is in the document.
    func anchor(ofLine l: Int) -> Anchor {
        guard lines.indices.contains(l) else { return Anchor(piece: 0, index: 0, offset: 0) }
        if let piece = lines[l].piece { return Anchor(piece: piece, index: lines[l].range.lowerBound, offset: 0) }
        return Anchor(piece: lines.dropFirst(l).first { $0.piece != nil }?.piece ?? 0, index: 0, offset: -1)
    }

    /// The line at `anchor` in this wrapping.
    func line(at anchor: Anchor) -> Int {
        max(0, line(piece: anchor.piece, index: anchor.index) + anchor.offset)
    }
}
