/// A heading and everything under it up to the next heading of the same or a higher level.
public struct Section: Sendable, Hashable, Codable {
    /// The heading text, cleaned; never empty.
    public var title: String
    /// Depth in the document: 1 for `#`, 2 for `##`...; headings found by heuristics get the
    /// level below the nearest real heading (see docs/ARCHITECTURE.md).
    public var level: Int
    /// How the heading was recognised.
    public var style: HeadingStyle
    /// 1-based line of the heading in the source file.
    public var line: Int
    /// The section's own text, before its first child section.
    public var blocks: [Block]
    /// Sub-sections, in document order.
    public var children: [Section]

    public init(
        title: String, level: Int, style: HeadingStyle, line: Int,
        blocks: [Block] = [], children: [Section] = []
    ) {
        self.title = title
        self.level = level
        self.style = style
        self.line = line
        self.blocks = blocks
        self.children = children
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
