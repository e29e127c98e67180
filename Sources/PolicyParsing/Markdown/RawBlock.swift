/// A leaf block as the Markdown reader saw it, before headings are decided and text cleaned.
struct RawBlock: Sendable {
    enum Kind: Sendable, Equatable {
        case paragraph
        /// A Markdown heading; `setext` when it was underlined rather than `#`-prefixed.
        case heading(level: Int, setext: Bool)
        case listItem(depth: Int, ordered: Bool)
        case tableRow(header: Bool)
        /// Preformatted text; `indented` for an indented (not fenced) code block.
        case code(indented: Bool)
        case html
    }

    // Words first, then the small fields, and the line in 32 bits (files are at most 256 MiB),
    // so a block takes 32 bytes rather than 48: a long document holds one per paragraph.
    var inlines: [Inline]
    /// For a table row read from a Markdown table: each non-empty cell's column and the index of
    /// its first inline, or ``oneInlinePerCell``. The inlines hold no separator:
    /// ``TextBuilder/buildRow(_:cellStarts:)`` joins the cells with ` | `. Read through ``cells``.
    var cellStarts: [CellStart] = []
    var kind: Kind
    var inQuote: Bool
    /// Set when the block is a cell of a table whose layout the export broke up: never a heading.
    var isTableCell = false
    private var storedLine: UInt32

    /// 1-based source line of the block's first text.
    var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// The ``cellStarts`` of a row whose every column holds a cell of one inline (most rows):
    /// one array that all such rows share instead of one each (a table of short cells held as
    /// much in these as in its text).
    static let oneInlinePerCell = [CellStart(column: Int(UInt32.max), inline: Int(UInt32.max))]

    /// A Markdown table row's cells (empty for any other block).
    var cells: [CellStart] {
        guard cellStarts.count == 1, cellStarts[0].column == Int(UInt32.max) else { return cellStarts }
        return inlines.indices.map { CellStart(column: $0, inline: $0) }
    }

    /// Where a table cell starts, in 8 bytes.
    struct CellStart: Sendable {
        private let storedColumn: UInt32
        private let storedInline: UInt32

        init(column: Int, inline: Int) {
            storedColumn = UInt32(clamping: column)
            storedInline = UInt32(clamping: inline)
        }

        var column: Int { Int(storedColumn) }
        var inline: Int { Int(storedInline) }
    }

    init(kind: Kind, inQuote: Bool = false, inlines: [Inline] = [], line: Int) {
        self.kind = kind
        self.inQuote = inQuote
        self.inlines = inlines
        self.storedLine = UInt32(clamping: line)
    }

    /// The block with no inlines: a body that converts to nothing, kept only to part headings.
    var withoutInlines: RawBlock {
        var copy = self
        copy.inlines = []
        copy.cellStarts = []
        return copy
    }

    /// A paragraph, list item or heading: text whose inlines can stand as a paragraph's.
    var isProse: Bool {
        switch kind {
        case .paragraph, .listItem, .heading: true
        case .tableRow, .code, .html: false
        }
    }

    /// Whether every letter or digit of the block sits inside `**strong**` emphasis.
    var isAllStrong: Bool {
        var sawStrong = false
        for inline in inlines {
            guard case .text(let t, _) = inline else { continue }
            if t.isStrong {
                if t.containsLetterOrDigit { sawStrong = true }
            } else if t.containsLetterOrDigit {
                return false
            }
        }
        return sawStrong
    }

    /// Whether any inline holds a letter or digit.
    var hasWords: Bool {
        inlines.contains { if case .text(let t, _) = $0 { t.containsLetterOrDigit } else { false } }
    }

    /// A paragraph that can be the title of an empty heading right above it: one short line
    /// with words, not a sentence (`Bitcoin and Bitcoin Cash`, `I. Overview`).
    var readsAsDetachedTitle: Bool {
        let words = plainText.split(whereSeparator: \.isWhitespace)
        guard hasWords, !plainText.contains("\n"), let last = words.last?.last, !".!?:;,".contains(last) else { return false }
        return words.count <= 12
    }

    /// The block's plain text with breaks as spaces or newlines, unstyled.
    var plainText: String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let t, _): out += t.text
            case .softBreak: out += " "
            case .hardBreak: out += "\n"
            }
        }
        return out
    }
}

/// A piece of inline content.
enum Inline: Sendable, Equatable {
    /// Text (with whether it sat inside `**strong**` emphasis: ``InlineText/isStrong``) and the
    /// link target it belonged to. Text read from the document is a stretch of it
    /// (``InlineText``): no copy per run, and the document is freed with the last block that
    /// points into it.
    case text(InlineText, link: LinkTarget?)

    /// A run of text of its own, outside emphasis and links.
    static func plain(_ string: some StringProtocol) -> Inline { .text(InlineText(string), link: nil) }
    case softBreak
    case hardBreak
}
