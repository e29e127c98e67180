import PolicyModel

/// Builds a block's clean text piece by piece, folding white space across pieces and keeping
/// the scalar ranges of linked text.
struct TextBuilder {
    /// UTF-8 of the text so far (appending to a `[UInt8]` is much cheaper than to a String).
    private var utf8: [UInt8] = []
    private(set) var links: [Link] = []
    private var count = 0
    private var pendingSpace = false
    private var pendingNewline = false
    private var openLink: (url: String, start: Int)?

    /// Appends raw inline text; `link` is the target it belongs to, if any.
    mutating func append(_ raw: String, link: String? = nil) {
        let piece = Self.dropDelimiterDebris(MojibakeRepair.repair(raw))
        if link != openLink?.url { closeLink() }
        for scalar in piece.unicodeScalars {
            if scalar == "\n" { pendingNewline = true; continue }
            if scalar == "\u{00AD}" || scalar == "\u{200B}" || scalar == "\u{FEFF}" { continue }
            if scalar.isSpaceFast { pendingSpace = true; continue }
            if count > 0 {
                if pendingNewline { emit("\n") } else if pendingSpace { emit(" ") }
            }
            pendingSpace = false
            pendingNewline = false
            if let url = link, openLink == nil { openLink = (url, count) }
            emit(TextCleaner.visible(scalar))
        }
    }

    /// Runs of two or more `*` that CommonMark left as text are unmatched emphasis delimiters
    /// from the export, not content.
    static func dropDelimiterDebris(_ text: String) -> String {
        guard hasDoubleStar(text) else { return text }
        var out = ""
        var stars = 0
        for ch in text {
            if ch == "*" { stars += 1; continue }
            if stars == 1 { out.append("*") }
            stars = 0
            out.append(ch)
        }
        if stars == 1 { out.append("*") }
        return out
    }

    /// Whether `text` holds `**`, read as bytes (Foundation's substring search cost a quarter
    /// of a whole parse).
    static func hasDoubleStar(_ text: String) -> Bool {
        var afterStar = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "*") {
                if afterStar { return true }
                afterStar = true
            } else {
                afterStar = false
            }
        }
        return false
    }

    /// Scalars emitted so far (white space still pending is not counted).
    var length: Int { count }

    mutating func space() { pendingSpace = true }
    mutating func lineBreak() { pendingNewline = true }

    private mutating func emit(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x80 {
            utf8.append(UInt8(v))
        } else {
            UTF8.encode(scalar) { utf8.append($0) }
        }
        count += 1
    }

    private mutating func closeLink() {
        if let open = openLink, open.start < count {
            links.append(Link(range: TextRange(start: open.start, end: count), url: ArchiveLinks.unwrap(open.url)))
        }
        openLink = nil
    }

    /// The clean text and its links.
    mutating func finish() -> (text: String, links: [Link]) {
        closeLink()
        return (String(decoding: utf8, as: UTF8.self), links)
    }

    /// Builds clean text from inlines.
    static func build(_ inlines: [Inline]) -> (text: String, links: [Link]) {
        var builder = TextBuilder()
        builder.append(inlines[...])
        return builder.finish()
    }

    /// Builds a table row's clean text and the range of each of its cells (`starts`: each
    /// cell's column and the index of its first inline, as ``RawBlock/cellStarts`` keeps them).
    static func buildRow(_ inlines: [Inline], cellStarts starts: [(column: Int, inline: Int)]) -> (text: String, links: [Link], cells: [TableCell]) {
        var builder = TextBuilder()
        var cells: [TableCell] = []
        for (k, start) in starts.enumerated() {
            if k == 0 { builder.append(inlines[..<start.inline]) }
            let end = k + 1 < starts.count ? starts[k + 1].inline - 1 : inlines.count
            // Past the separator, the cell's first scalar follows one folded space.
            let first = builder.length == 0 ? 0 : builder.length + 1
            builder.append(inlines[start.inline..<max(start.inline, end)])
            cells.append(TableCell(column: start.column, range: TextRange(start: min(first, builder.length), end: builder.length)))
            if end < inlines.count { builder.append(inlines[end..<end + 1]) }
        }
        let (text, links) = builder.finish()
        return (text, links, cells)
    }

    private mutating func append(_ inlines: ArraySlice<Inline>) {
        for inline in inlines {
            switch inline {
            case .text(let t, _, let link): append(t, link: link)
            case .softBreak: space()
            case .hardBreak: lineBreak()
            }
        }
    }
}
