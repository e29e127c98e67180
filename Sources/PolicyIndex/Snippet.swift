import PolicyModel

/// A sentence (or a window of a long one) with the query's matches marked.
public struct Snippet: Sendable, Hashable, Codable {
    /// The text shown: the sentence, cut around the first match with `…` when long.
    public var text: String
    /// Matches, in Unicode-scalar offsets into ``text``, ascending and disjoint.
    public var marks: [TextRange]

    /// ``text`` with each match wrapped in `open` and `close`.
    public func marked(open: String = "«", close: String = "»") -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var at = 0
        for m in marks {
            out.append(contentsOf: scalars[at..<m.start])
            out.append(contentsOf: open.unicodeScalars)
            out.append(contentsOf: scalars[m.start..<m.end])
            out.append(contentsOf: close.unicodeScalars)
            at = m.end
        }
        out.append(contentsOf: scalars[at...])
        return String(out)
    }

    /// Longest sentence shown whole, in scalars.
    static let maxLength = 240

    /// A snippet of `sentence` with `matches` (scalar ranges into it) marked.
    static func make(sentence: String, matches: [TextRange]) -> Snippet {
        let scalars = Array(sentence.unicodeScalars)
        guard scalars.count > maxLength else { return Snippet(text: sentence, marks: matches) }
        var start = max(0, (matches.first?.start ?? 0) - 60)
        while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
        var end = min(scalars.count, start + maxLength)
        while end < scalars.count, end > start, !scalars[end].properties.isWhitespace { end -= 1 }
        if end <= start { end = min(scalars.count, start + maxLength) }
        var text = String.UnicodeScalarView()
        let lead = start > 0 ? 1 : 0
        if start > 0 { text.append("…") }
        text.append(contentsOf: scalars[start..<end])
        if end < scalars.count { text.append("…") }
        let shift = lead - start
        let marks = matches.compactMap { m -> TextRange? in
            guard m.start >= start, m.end <= end else { return nil }
            return TextRange(start: m.start + shift, end: m.end + shift)
        }
        return Snippet(text: String(text), marks: marks)
    }
}
