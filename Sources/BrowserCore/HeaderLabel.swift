/// A column header in a few lines of a narrow column: broken after `-`, `.`, `/` or a space,
/// never inside a word; a part too wide for the column, or what does not fit in the last
/// line, is cut with `…`.
enum HeaderLabel {
    /// `text` in at most `lines` lines of at most `width` columns.
    static func wrap(_ text: String, width: Int, lines: Int) -> [String] {
        guard width > 0, lines > 0 else { return [] }
        var out: [String] = [], current = ""
        for part in parts(text) {
            if current.isEmpty || CharWidth.columns(current + part) <= width {
                current += part
            } else {
                out.append(current)
                current = part
            }
        }
        if !current.isEmpty { out.append(current) }
        if out.count > lines {
            out = Array(out.prefix(lines - 1)) + [out.dropFirst(lines - 1).joined()]
        }
        return out.map { String($0.trimmingTrailingSpaces()).fitted(width) }
    }

    /// The narrowest width, at least `minimum`, at which `text` wraps in `lines` lines uncut.
    static func width(_ text: String, lines: Int, minimum: Int = 1) -> Int {
        let whole = max(minimum, CharWidth.columns(text))
        return (minimum..<whole).first { w in !wrap(text, width: w, lines: lines).contains { $0.hasSuffix("…") } } ?? whole
    }

    /// The text cut after each break character.
    private static func parts(_ text: String) -> [String] {
        var out: [String] = [], current = ""
        for ch in text {
            current.append(ch)
            if "-./ ".contains(ch) {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

extension StringProtocol {
    fileprivate func trimmingTrailingSpaces() -> SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
