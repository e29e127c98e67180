/// A line of text with a style role per grapheme: what the comparison views wrap and draw.
struct StyledLine: Hashable, Sendable {
    var chars: [Character] = []
    var roles: [StyleRole] = []
    /// Columns before the text on every wrapped line.
    var indent = 0

    init(indent: Int = 0) {
        self.indent = indent
    }

    init(_ text: String, _ role: StyleRole, indent: Int = 0) {
        self.indent = indent
        append(text, role)
    }

    mutating func append(_ text: String, _ role: StyleRole) {
        let graphemes = Document.graphemes(text)
        chars += graphemes
        roles += repeatElement(role, count: graphemes.count)
    }

    /// The line cut to `width` columns (words kept whole when they fit), indent kept.
    func wrapped(width: Int) -> [StyledLine] {
        let usable = max(1, width - indent)
        return TextLayout.wrap(chars, width: usable).map { r in
            var line = StyledLine(indent: min(indent, max(0, width - 1)))
            line.chars = Array(chars[r])
            line.roles = Array(roles[r])
            return line
        }
    }
}

extension Grid {
    /// Draws a styled line from column `x`, never past `x + limit`.
    mutating func put(_ line: StyledLine, x: Int, y: Int, limit: Int) {
        var col = x + line.indent
        let end = x + limit
        for (ch, role) in zip(line.chars, line.roles) {
            let w = CharWidth.columns(ch)
            if col + w > end { break }
            if w == 0 {
                put([ch], x: col, y: y, limit: 1, role: role)
            } else {
                put(ch, width: w, x: col, y: y, role: role)
            }
            col += w
        }
    }
}
