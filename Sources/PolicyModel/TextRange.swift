/// A half-open range of Unicode scalar offsets into a block's text.
///
/// Offsets count Unicode scalars (code points), as Python's `str` and most JSON consumers do,
/// so `text[start:end]` in Python gives the same slice as ``slice(of:)``.
///
/// Both offsets are held in 32 bits (a range takes 8 bytes, not 16: a policy holds one for
/// every sentence, link and table cell); no text a policy holds comes near 4 G scalars, since
/// files over 256 MiB are refused.
public struct TextRange: Sendable, Hashable, Comparable {
    private var lower: UInt32
    private var upper: UInt32

    /// `start` and `end` must satisfy `0 <= start <= end <= UInt32.max`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        precondition(start >= 0 && end <= Int(UInt32.max), "TextRange \(start)..<\(end) out of bounds")
        lower = UInt32(truncatingIfNeeded: start)
        upper = UInt32(truncatingIfNeeded: end)
    }

    public var start: Int {
        get { Int(lower) }
        set { self = TextRange(start: newValue, end: end) }
    }

    public var end: Int {
        get { Int(upper) }
        set { self = TextRange(start: start, end: newValue) }
    }

    public var count: Int { Int(upper - lower) }
    public var isEmpty: Bool { lower == upper }

    public func contains(_ other: TextRange) -> Bool {
        lower <= other.lower && other.upper <= upper
    }

    /// The slice of `text` this range covers.
    public func slice(of text: String) -> String {
        let scalars = text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: count)
        return String(scalars[from..<to])
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.lower, lhs.upper) < (rhs.lower, rhs.upper)
    }
}

extension TextRange: Codable {
    private enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(Int.self, forKey: .start), end = try container.decode(Int.self, forKey: .end)
        guard 0 <= start, start <= end, end <= Int(UInt32.max) else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: container, debugDescription: "range \(start)..<\(end) is not within 0...\(UInt32.max)")
        }
        self.init(start: start, end: end)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}

extension TextRange: CustomStringConvertible {
    /// `TextRange(start: 3, end: 9)`, as the reflected form of the unpacked struct read.
    public var description: String { "TextRange(start: \(start), end: \(end))" }
}
