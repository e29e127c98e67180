/// HTML and list markers that exports leave inside Markdown table cells (`We inform you:<br><br>*
/// through this Policy<br>* ...`): a cell can hold no block, so converters write line breaks
/// and lists as HTML. This turns them back into structure: `<br>`, `<p>`, `<div>` and list
/// boundaries become one line break, `<li>` and a `*`, `-`, `+` or `•` marker at the start of a
/// line become a `• ` bullet, and other known tags (`<span>`, `<b>`...) are dropped. Text that
/// only looks like a tag (`<13`, `<email>`) stays.
enum TableCellMarkup {
    /// Tags that end a line.
    private static let breaking: Set<String> = [
        "br", "p", "div", "ul", "ol", "li", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "dl", "dt", "dd",
    ]
    /// Tags dropped without a trace.
    private static let dropped: Set<String> = [
        "span", "b", "strong", "i", "em", "u", "a", "sup", "sub", "small", "font", "mark", "code", "abbr", "s", "strike",
        "del", "ins", "td", "th", "col", "colgroup", "img", "wbr", "nobr",
    ]

    /// The cell's inlines with its HTML read as structure; no break at either end, never two in a row.
    /// The mark that stands for an HTML list item: one run, shared by every cell.
    static let bullet = Inline.plain("• ")

    static func normalise(_ cell: [Inline]) -> [Inline] {
        var out: [Inline] = []
        var atLineStart = true
        let bullet = Self.bullet
        func lineBreak() {
            // An empty item (`<li></li>`) leaves no bullet behind.
            if out.last == bullet { out.removeLast() }
            if let last = out.last, last != .hardBreak { out.append(.hardBreak) }
            atLineStart = true
        }
        // `piece` is a part of `run`'s text.
        func text(_ piece: Substring, of run: InlineText, strong: Bool, link: LinkTarget?) {
            var piece = piece
            if atLineStart {
                let trimmed = piece.drop { $0 == " " || $0 == "\t" }
                if trimmed.isEmpty { return }
                if let marker = trimmed.first, "*-+•".contains(marker), trimmed.dropFirst().first.map({ $0 == " " || $0 == "\t" }) == true {
                    out.append(bullet)
                    piece = trimmed.dropFirst().drop { $0 == " " || $0 == "\t" }
                    if piece.isEmpty { atLineStart = false; return }
                } else {
                    piece = trimmed
                }
            }
            out.append(.text(run.part(piece).strong(strong), link: link))
            atLineStart = false
        }
        for inline in cell {
            switch inline {
            case .hardBreak: lineBreak()
            case .softBreak: if !atLineStart { out.append(.softBreak) }
            case .text(let run, let link):
                let t = run.text, strong = run.isStrong
                guard t.utf8.contains(UInt8(ascii: "<")) else {
                    // Text that cannot start with a marker or blanks goes in as it is (no copy).
                    if let first = t.utf8.first, !atLineStart || (first < 0x80 && first != 0x20 && first != 0x09 && !"*-+".utf8.contains(first)) {
                        out.append(inline)
                        atLineStart = false
                    } else {
                        text(t, of: run, strong: strong, link: link)
                    }
                    continue
                }
                var rest = t
                while let open = rest.firstIndex(of: "<") {
                    guard let close = rest[open...].firstIndex(of: ">"), let tag = tagName(rest[rest.index(after: open)..<close]),
                          breaking.contains(tag) || dropped.contains(tag) else {
                        text(rest[...open], of: run, strong: strong, link: link)
                        rest = rest[rest.index(after: open)...]
                        continue
                    }
                    text(rest[..<open], of: run, strong: strong, link: link)
                    if breaking.contains(tag) { lineBreak() }
                    if tag == "li", !rest[open...].hasPrefix("</") { out.append(bullet) }
                    rest = rest[rest.index(after: close)...]
                }
                text(rest, of: run, strong: strong, link: link)
            }
        }
        while let last = out.last, last == .hardBreak || last == .softBreak || last == bullet { out.removeLast() }
        return out
    }

    /// The lower-cased name of `<name ...>`, `</name>` or `<name/>`, nil when the inside of
    /// the angle brackets does not read as a tag.
    static func tagName(_ inside: Substring) -> String? {
        var body = inside
        if body.first == "/" { body = body.dropFirst() }
        let name = body.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard let first = name.first, first.isLetter else { return nil }
        let after = body.dropFirst(name.count)
        guard after.isEmpty || after.first == " " || after.first == "/" else { return nil }
        return name.lowercased()
    }
}
