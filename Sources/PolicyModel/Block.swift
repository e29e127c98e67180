/// A unit of body text: a paragraph, a list item, a quote, a table row or a code block.
///
/// ``text`` is clean text (entities decoded, Markdown escapes dropped, mojibake repaired,
/// control characters made visible); ``links`` and ``sentences`` hold ranges into it.
public struct Block: Sendable, Hashable, Codable {
    public var kind: BlockKind
    public var text: String
    /// Links that held text; their targets are unwrapped from web.archive.org.
    public var links: [Link]
    /// Sentence ranges, in order, covering the text without its surrounding white space.
    public var sentences: [TextRange]
    /// 1-based source line where the block starts.
    public var line: Int
    /// For a row of a Markdown table: its non-empty cells, each with its column (so a row with
    /// empty cells still lines up with its header). Empty for other blocks.
    public var cells: [TableCell]

    public init(kind: BlockKind, text: String, links: [Link] = [], sentences: [TextRange] = [], line: Int, cells: [TableCell] = []) {
        self.kind = kind
        self.text = text
        self.links = links
        self.sentences = sentences
        self.line = line
        self.cells = cells
    }

    /// The text of one of ``sentences``.
    public func text(of range: TextRange) -> String {
        range.slice(of: text)
    }

    /// The sentences' texts, in order.
    public var sentenceTexts: [String] {
        TextRange.slices(sentences, of: text)
    }
}

/// What kind of Markdown block a ``Block`` came from.
public enum BlockKind: Sendable, Hashable, Codable {
    case paragraph
    /// A list item; `depth` is 1 for a top-level item.
    case listItem(depth: Int, ordered: Bool)
    case quote
    /// One row of a table, its cells joined by ` | `.
    case tableRow(header: Bool)
    /// Preformatted text (a fenced code block; indented text is read as paragraphs instead).
    case code

    /// A short stable name for JSON and text output.
    public var name: String {
        switch self {
        case .paragraph: "paragraph"
        case .listItem: "list-item"
        case .quote: "quote"
        case .tableRow(let header): header ? "table-header" : "table-row"
        case .code: "code"
        }
    }
}

/// One non-empty cell of a table row: its 0-based column and where its text sits in the row's text.
public struct TableCell: Sendable, Hashable, Codable {
    public var column: Int
    public var range: TextRange

    public init(column: Int, range: TextRange) {
        self.column = column
        self.range = range
    }
}

/// A hyperlink inside a block's text.
public struct Link: Sendable, Hashable, Codable {
    /// Where the link text sits in the block's text.
    public var range: TextRange
    /// The target, with any web.archive.org wrapper removed.
    public var url: String

    public init(range: TextRange, url: String) {
        self.range = range
        self.url = url
    }
}
