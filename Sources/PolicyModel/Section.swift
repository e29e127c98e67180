/// A heading and everything under it up to the next heading of the same or a higher level.
///
/// Its level, style and line are packed into 8 bytes (a section takes 40 bytes rather than 56).
public struct Section: Sendable, Hashable {
    /// The heading text, cleaned; never empty.
    public var title: String
    private var storedLine: UInt32
    private var storedLevel: UInt16
    /// How the heading was recognised.
    public var style: HeadingStyle
    /// The section's own text, before its first child section.
    public var blocks: [Block]
    /// Sub-sections, in document order.
    public var children: [Section]

    public init(
        title: String, level: Int, style: HeadingStyle, line: Int,
        blocks: [Block] = [], children: [Section] = []
    ) {
        self.title = title
        self.storedLine = UInt32(clamping: line)
        self.storedLevel = UInt16(clamping: level)
        self.style = style
        self.blocks = blocks
        self.children = children
    }

    /// Depth in the document: 1 for `#`, 2 for `##`...; headings found by heuristics get the
    /// level below the nearest real heading (see docs/ARCHITECTURE.md). Held in 16 bits: a level
    /// grows by one per deeper numbering (`1.1.1`) or heading style, so a file within the 256 MiB
    /// limit stays far below 65,535.
    public var level: Int {
        get { Int(storedLevel) }
        set { storedLevel = UInt16(clamping: newValue) }
    }

    /// 1-based line of the heading in the source file.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }
}

extension Section: Codable {
    private enum CodingKeys: String, CodingKey { case title, level, style, line, blocks, children }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(title: try c.decode(String.self, forKey: .title), level: try c.decode(Int.self, forKey: .level),
                  style: try c.decode(HeadingStyle.self, forKey: .style), line: try c.decode(Int.self, forKey: .line),
                  blocks: try c.decode([Block].self, forKey: .blocks), children: try c.decode([Section].self, forKey: .children))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(level, forKey: .level)
        try c.encode(style, forKey: .style)
        try c.encode(line, forKey: .line)
        try c.encode(blocks, forKey: .blocks)
        try c.encode(children, forKey: .children)
    }
}

/// The markup or heuristic that made a line a heading.
public enum HeadingStyle: String, Sendable, Hashable, Codable {
    /// `# Title` (ATX) or an underlined (setext) heading.
    case markdown
    /// A paragraph or list item that is only bold text.
    case bold
    /// A run-in numbered bold label at the start of a paragraph (`**a. General.** Text...`).
    case runIn = "run-in"
    /// A short ALL-CAPS line.
    case caps
    /// A short numbered line (`1.`, `1.1`, `IV.`, `B.`).
    case numbered
    /// A short plain line in a document with no marked headings at all.
    case plain
}
