/// A document wrapped to a width: which graphemes of which piece each screen line shows.
struct TextLayout: Sendable {
    struct Line: Hashable, Sendable {
        /// The piece this line shows, or nil for the blank line between pieces.
        var piece: Int?
        var range: Range<Int>
        /// Columns before the text: list bullets, quote bars, nesting.
        var indent: Int
        /// Drawn in the indent on the piece's first line (`• `), or on every line (`│ `).
        var marker: String
    }

    var width: Int
    var lines: [Line] = []
    /// The first line of each piece.
    var pieceLine: [Int] = []

    init(document: Document, width: Int) {
        self.width = max(1, width)
        for (p, piece) in document.pieces.enumerated() {
            if p > 0 { lines.append(Line(piece: nil, range: 0..<0, indent: 0, marker: "")) }
            pieceLine.append(lines.count)
            let (indent, first, rest) = Self.decoration(piece.kind)
            let usable = max(1, self.width - indent)
            for (i, range) in Self.wrap(piece.chars, width: usable).enumerated() {
                lines.append(Line(piece: p, range: range, indent: min(indent, self.width - 1), marker: i == 0 ? first : rest))
            }
        }
    }

    private static func decoration(_ kind: Document.Kind) -> (Int, String, String) {
        switch kind {
        case .heading, .paragraph, .tableRow: (0, "", "")
        case .listItem(let depth):
            (2 * max(1, depth), String(repeating: " ", count: 2 * max(0, depth - 1)) + "• ", "")
        case .quote: (2, "│ ", "│ ")
        case .code: (2, "  ", "  ")
        }
    }

    /// Greedy word wrap: breaks after spaces and at hard line breaks (`\n`, on no line), cuts
    /// words longer than a line.
    static func wrap(_ chars: [Character], width: Int) -> [Range<Int>] {
        guard !chars.isEmpty else { return [0..<0] }
        var out: [Range<Int>] = []
        var start = 0
        while start < chars.count {
            var col = 0, i = start, lastBreak: Int?
            while i < chars.count, chars[i] != "\n" {
                let w = CharWidth.columns(chars[i])
                if col + w > width { break }
                col += w
                if chars[i] == " " { lastBreak = i + 1 }
                i += 1
            }
            if i < chars.count, chars[i] == "\n" {
                out.append(start..<i)
                start = i + 1
                continue
            }
            if i < chars.count, let b = lastBreak, b > start { i = b }
            if i == start { i = start + 1 } // a character wider than the line
            out.append(start..<i)
            start = i
            while start < chars.count, chars[start] == " " { start += 1 }
            if start < chars.count, chars[start] == "\n" { start += 1 } // the break ends this line too
        }
        return out
    }

    /// The line showing grapheme `index` of piece `piece`.
    func line(piece: Int, index: Int) -> Int {
        guard pieceLine.indices.contains(piece) else { return 0 }
        var l = pieceLine[piece]
        while l + 1 < lines.count, lines[l + 1].piece == piece, lines[l + 1].range.lowerBound <= index { l += 1 }
        return l
    }
}
