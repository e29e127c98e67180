/// A unit of body text: a paragraph, a list item, a quote, a table row or a code block.
///
/// ``text`` is clean text (entities decoded, Markdown escapes dropped, mojibake repaired,
/// control characters made visible); ``links`` and ``sentences`` hold ranges into it.
///
/// A policy holds one per paragraph, so its kind and line are packed into 8 bytes (a block
/// takes 48 bytes rather than 64).
public struct Block: Sendable, Hashable {
    private var storedLine: UInt32
    private var storedKind: PackedBlockKind
    public var text: String
    /// Links that held text; their targets are unwrapped from web.archive.org.
    public var links: [Link]
    /// Sentence ranges, in order, covering the text without its surrounding white space.
    public var sentences: [TextRange]
    /// For a row of a Markdown table: its non-empty cells, each with its column (so a row with
    /// empty cells still lines up with its header). Empty for other blocks.
    public var cells: [TableCell]

    public init(kind: BlockKind, text: String, links: [Link] = [], sentences: [TextRange] = [], line: Int, cells: [TableCell] = []) {
        self.storedLine = UInt32(clamping: line)
        self.storedKind = PackedBlockKind(kind)
        self.text = text
        self.links = links
        self.sentences = sentences
        self.cells = cells
    }

    public var kind: BlockKind {
        get { storedKind.kind }
        set { storedKind = PackedBlockKind(newValue) }
    }

    /// 1-based source line where the block starts (held in 32 bits: files are at most 256 MiB).
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
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

extension Block: Codable {
    private enum CodingKeys: String, CodingKey { case kind, text, links, sentences, line, cells }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try c.decode(BlockKind.self, forKey: .kind), text: try c.decode(String.self, forKey: .text),
                  links: try c.decode([Link].self, forKey: .links), sentences: try c.decode([TextRange].self, forKey: .sentences),
                  line: try c.decode(Int.self, forKey: .line), cells: try c.decode([TableCell].self, forKey: .cells))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(links, forKey: .links)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(line, forKey: .line)
        try c.encode(cells, forKey: .cells)
    }
}

/// A ``BlockKind`` in 32 bits: the case in the low byte, a list item's depth (up to 2^24 - 1) above it.
private struct PackedBlockKind: Sendable, Hashable {
    private var bits: UInt32

    init(_ kind: BlockKind) {
        switch kind {
        case .paragraph: bits = 0
        case .listItem(let depth, let ordered): bits = (ordered ? 2 : 1) | min(UInt32(clamping: depth), 0xFF_FFFF) << 8
        case .quote: bits = 3
        case .tableRow(let header): bits = header ? 5 : 4
        case .code: bits = 6
        }
    }

    var kind: BlockKind {
        switch bits & 0xFF {
        case 1, 2: .listItem(depth: Int(bits >> 8), ordered: bits & 0xFF == 2)
        case 3: .quote
        case 4, 5: .tableRow(header: bits & 0xFF == 5)
        case 6: .code
        default: .paragraph
        }
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
public struct TableCell: Sendable, Hashable {
    private var storedColumn: UInt32
    public var range: TextRange

    public init(column: Int, range: TextRange) {
        self.storedColumn = UInt32(clamping: column)
        self.range = range
    }

    /// Held in 32 bits, beside an 8-byte range: a cell takes 12 bytes.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }
}

extension TableCell: Codable {
    private enum CodingKeys: String, CodingKey { case column, range }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(column: try c.decode(Int.self, forKey: .column), range: try c.decode(TextRange.self, forKey: .range))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(column, forKey: .column)
        try c.encode(range, forKey: .range)
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
