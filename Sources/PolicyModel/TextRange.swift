/// A half-open range of Unicode scalar offsets into a block's text.
///
/// Offsets count Unicode scalars (code points), as Python's `str` and most JSON consumers do,
/// so `text[start:end]` in Python gives the same slice as ``slice(of:)``.
public struct TextRange: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: TextRange) -> Bool {
        start <= other.start && other.end <= end
    }

    /// The slice of `text` this range covers.
    public func slice(of text: String) -> String {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: count)
        return String(scalars[lower..<upper])
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
