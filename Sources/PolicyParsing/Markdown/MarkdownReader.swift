import CMD4C

/// Reads CommonMark (with GitHub tables) through md4c into leaf ``RawBlock``s.
///
/// md4c is a SAX-style parser: it calls back for each block and span it enters and leaves and
/// for each run of text, with pointers into our own buffer, so source lines come for free.
enum MarkdownReader {
    /// Zero bytes after the document, where md4c's over-reads land.
    static let padding = 64
    /// Parses the document `lines` holds (UTF-8, `\n` line ends), which must carry
    /// ``padding`` zero bytes after it: `SourceLines(bytes, padding: MarkdownReader.padding)`.
    static func read(_ lines: SourceLines) -> Chunked<RawBlock> {
        precondition(lines.text.utf8.count - lines.size >= padding, "MarkdownReader.read needs the document padded")
        let collector = MarkdownCollector(lines: lines)
        var parser = MD_PARSER()
        parser.abi_version = 0
        parser.flags = UInt32(MD_FLAG_TABLES | MD_FLAG_NOHTMLSPANS | MD_FLAG_STRIKETHROUGH)
        parser.enter_block = { type, detail, user in
            MarkdownCollector.from(user).enterBlock(type, detail)
            return 0
        }
        parser.leave_block = { type, _, user in
            MarkdownCollector.from(user).leaveBlock(type)
            return 0
        }
        parser.enter_span = { type, detail, user in
            MarkdownCollector.from(user).enterSpan(type, detail)
            return 0
        }
        parser.leave_span = { type, _, user in
            MarkdownCollector.from(user).leaveSpan(type)
            return 0
        }
        parser.text = { type, text, size, user in
            MarkdownCollector.from(user).text(type, text, Int(size))
            return 0
        }
        let user = Unmanaged.passUnretained(collector).toOpaque()
        // md4c 0.4.8 reads a few bytes past the size it is given (valgrind: conditional jumps on
        // an array's uninitialised spare capacity), so what it made of a document depended on
        // whatever the heap held there: a crash or a block out of order once in a million
        // fuzzed inputs, never the same input twice. It reads a document followed by zeros.
        let size = lines.size
        // A native string's bytes are contiguous: the closure always runs.
        _ = lines.text.utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                collector.base = Int(bitPattern: chars)
                collector.count = size
                _ = md_parse(chars, MD_SIZE(size), &parser, user)
            }
        }
        collector.flush()
        return collector.blocks
    }
}

/// The mutable state md4c's callbacks fill; lives for one parse on one thread.
private final class MarkdownCollector {
    enum Container { case quote, list(ordered: Bool), item(depth: Int, ordered: Bool) }

    let lines: SourceLines
    /// The document's address and size in bytes: what a span md4c reports must fit in.
    var base = 0
    var count = 0
    var blocks = Chunked<RawBlock>()
    var containers: [Container] = []
    var current: RawBlock?
    var strongDepth = 0
    var links: [LinkTarget?] = []
    var imageDepth = 0
    var inTableHead = false
    /// The row's non-empty cells with their column numbers (empty cells are left out).
    var cells: [(column: Int, inlines: [Inline])] = []
    var cell: [Inline]?
    var column = 0
    var rowLine = 0
    /// The level of an empty ATX heading just read, whose title may be the next paragraph.
    var emptyHeadingLevel: Int?
    /// md4c's own short texts (the line break of every line of an HTML or code block), one run each.
    var literals: [String: InlineText] = [:]

    func literal(_ text: String) -> InlineText {
        if let known = literals[text] { return known }
        let run = InlineText(text)
        if text.utf8.count <= 16 { literals[text] = run }
        return run
    }

    init(lines: SourceLines) { self.lines = lines }

    /// The index in `lines.starts` of the line last asked for: md4c reports text in order,
    /// so the next offset is mostly on that line or a few after it.
    private var lineHint = 0

    /// ``SourceLines/line(of:)``, stepping on from the last answer before searching.
    private func line(of offset: Int) -> Int {
        let starts = lines.starts
        var i = lineHint
        if i < starts.count, Int(starts[i]) <= offset {
            for _ in 0..<8 {
                if i + 1 == starts.count || Int(starts[i + 1]) > offset {
                    lineHint = i
                    return i + 1
                }
                i += 1
            }
        }
        let found = lines.line(of: offset)
        lineHint = found - 1
        return found
    }

    static func from(_ user: UnsafeMutableRawPointer?) -> MarkdownCollector {
        Unmanaged<MarkdownCollector>.fromOpaque(user!).takeUnretainedValue()
    }

    private var inQuote: Bool {
        containers.contains { if case .quote = $0 { true } else { false } }
    }

    private var listDepth: Int {
        containers.reduce(0) { if case .item = $1 { $0 + 1 } else { $0 } }
    }

    private var innermostItem: (depth: Int, ordered: Bool)? {
        for c in containers.reversed() {
            switch c {
            case .item(let d, let o): return (d, o)
            case .quote: return nil
            case .list: continue
            }
        }
        return nil
    }

    func flush() {
        guard var block = current else { return }
        current = nil
        if case .heading(let level, _) = block.kind, !block.hasWords {
            // Exports write `### ` and put the title on the next line: it waits for it.
            emptyHeadingLevel = level
            return
        }
        if let level = emptyHeadingLevel, block.kind == .paragraph, block.readsAsDetachedTitle {
            block.kind = .heading(level: level, setext: false)
        }
        emptyHeadingLevel = nil
        if !block.inlines.isEmpty { blocks.append(block) }
    }

    private func start(_ kind: RawBlock.Kind) {
        flush()
        current = RawBlock(kind: kind, inQuote: inQuote, line: 0)
    }

    func enterBlock(_ type: MD_BLOCKTYPE, _ detail: UnsafeMutableRawPointer?) {
        switch type {
        case MD_BLOCK_QUOTE:
            flush()
            containers.append(.quote)
        case MD_BLOCK_UL, MD_BLOCK_OL:
            flush()
            containers.append(.list(ordered: type == MD_BLOCK_OL))
        case MD_BLOCK_LI:
            let ordered: Bool = if case .list(let o)? = containers.last { o } else { false }
            containers.append(.item(depth: listDepth + 1, ordered: ordered))
            start(.listItem(depth: listDepth, ordered: ordered))
        case MD_BLOCK_P:
            if let item = innermostItem, case .item? = containers.last {
                start(.listItem(depth: item.depth, ordered: item.ordered))
            } else {
                start(.paragraph)
            }
        case MD_BLOCK_H:
            let level = detail.map { Int($0.assumingMemoryBound(to: MD_BLOCK_H_DETAIL.self).pointee.level) } ?? 1
            start(.heading(level: level, setext: false))
        case MD_BLOCK_CODE:
            let fenced = detail.map { $0.assumingMemoryBound(to: MD_BLOCK_CODE_DETAIL.self).pointee.fence_char != 0 } ?? false
            start(.code(indented: !fenced))
        case MD_BLOCK_HTML:
            start(.html)
        case MD_BLOCK_THEAD:
            inTableHead = true
        case MD_BLOCK_TBODY:
            inTableHead = false
        case MD_BLOCK_TR:
            flush()
            cells = []
            column = 0
            rowLine = 0
        case MD_BLOCK_TH, MD_BLOCK_TD:
            cell = []
        default:
            break
        }
    }

    func leaveBlock(_ type: MD_BLOCKTYPE) {
        switch type {
        case MD_BLOCK_QUOTE, MD_BLOCK_UL, MD_BLOCK_OL, MD_BLOCK_LI:
            flush()
            _ = containers.popLast()
        case MD_BLOCK_P, MD_BLOCK_CODE, MD_BLOCK_HTML:
            flush()
        case MD_BLOCK_H:
            if var block = current, case .heading(let level, _) = block.kind {
                block.kind = .heading(level: level, setext: isSetext(block))
                current = block
            }
            flush()
        case MD_BLOCK_TH, MD_BLOCK_TD:
            if let c = cell.map(TableCellMarkup.normalise),
               c.contains(where: { if case .text(let t, _) = $0 { !t.text.allSatisfy(\.isWhitespace) } else { false } }) {
                cells.append((column, c))
            }
            cell = nil
            column += 1
        case MD_BLOCK_TR:
            if !cells.isEmpty {
                // Each array at its size: a table of short cells is mostly these two.
                var row = RawBlock(kind: .tableRow(header: inTableHead), inQuote: inQuote, line: rowLine)
                row.inlines.reserveCapacity(cells.reduce(0) { $0 + $1.inlines.count })
                if cells.indices.allSatisfy({ cells[$0].column == $0 && cells[$0].inlines.count == 1 }) {
                    row.cellStarts = RawBlock.oneInlinePerCell
                    for c in cells { row.inlines += c.inlines }
                } else {
                    row.cellStarts.reserveCapacity(cells.count)
                    for c in cells {
                        row.cellStarts.append(RawBlock.CellStart(column: c.column, inline: row.inlines.count))
                        row.inlines += c.inlines
                    }
                }
                blocks.append(row)
                emptyHeadingLevel = nil
            }
            cells = []
        case MD_BLOCK_TABLE:
            inTableHead = false
        default:
            break
        }
    }

    /// A heading is setext unless its first line, past quote and list markers, starts with `#`.
    private func isSetext(_ block: RawBlock) -> Bool {
        guard let content = lines.content(ofLine: block.line) else { return false }
        var rest = content[...]
        while let first = rest.first {
            if first == 0x20 || first == 0x09 || first == UInt8(ascii: ">") || first == UInt8(ascii: "*")
                || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
                || first == UInt8(ascii: ")") || (0x30...0x39).contains(first) {
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        return rest.first != UInt8(ascii: "#")
    }

    func enterSpan(_ type: MD_SPANTYPE, _ detail: UnsafeMutableRawPointer?) {
        switch type {
        case MD_SPAN_STRONG: strongDepth += 1
        case MD_SPAN_A:
            let href = detail.map { attributeString($0.assumingMemoryBound(to: MD_SPAN_A_DETAIL.self).pointee.href) }
            links.append(href.map(LinkTarget.init))
        case MD_SPAN_IMG: imageDepth += 1
        default: break
        }
    }

    func leaveSpan(_ type: MD_SPANTYPE) {
        switch type {
        case MD_SPAN_STRONG: strongDepth = max(0, strongDepth - 1)
        case MD_SPAN_A: _ = links.popLast()
        case MD_SPAN_IMG: imageDepth = max(0, imageDepth - 1)
        default: break
        }
    }

    /// Whether a span md4c reports (`size` bytes at `pointer`) is one it can make: inside the
    /// document, or, outside it (md4c's own short literals, its decoded attributes), no longer
    /// than the document. Before the document was padded (see ``MarkdownReader/read(_:)``),
    /// garbage past its end once made md4c report a 3 GB span; this check stays as a second line.
    private func isPlausible(_ pointer: UnsafeRawPointer, _ size: Int) -> Bool {
        let offset = Int(bitPattern: pointer) - base
        if offset >= 0 && offset <= count { return size <= count - offset }
        return size <= max(count, 64)
    }

    private func attributeString(_ attribute: MD_ATTRIBUTE) -> String {
        guard let text = attribute.text, attribute.size > 0, isPlausible(text, Int(attribute.size)) else { return "" }
        let buffer = UnsafeRawBufferPointer(start: text, count: Int(attribute.size))
        return String(decoding: buffer, as: UTF8.self)
    }

    func text(_ type: MD_TEXTTYPE, _ text: UnsafePointer<MD_CHAR>?, _ size: Int) {
        guard imageDepth == 0 else { return }
        let offset = text.map { Int(bitPattern: $0) - base } ?? -1
        let content: Inline
        switch type {
        case MD_TEXT_BR: content = .hardBreak
        case MD_TEXT_SOFTBR: content = .softBreak
        case MD_TEXT_NULLCHAR: content = .text(InlineText("\u{FFFD}").strong(strongDepth > 0), link: links.last ?? nil)
        default:
            guard let text, size > 0, isPlausible(text, size) else { return }
            // Text of the document shares its storage; md4c's own literals are copied.
            var string = offset >= 0 && offset + size <= count
                ? lines.slice(from: offset, count: size)
                : literal(String(decoding: UnsafeRawBufferPointer(start: text, count: size), as: UTF8.self))
            if type == MD_TEXT_ENTITY { string = InlineText(HTMLEntities.decode(String(string.text))) }
            content = .text(string.strong(strongDepth > 0), link: links.last ?? nil)
        }
        let line = offset >= 0 && offset < lines.size ? line(of: offset) : 0
        if cell != nil {
            cell!.append(content)
            if rowLine == 0 { rowLine = line }
            return
        }
        if current == nil {
            // Text straight inside a list item after a nested block, or a loose fragment.
            if let item = innermostItem { start(.listItem(depth: item.depth, ordered: item.ordered)) } else { start(.paragraph) }
        }
        if current!.line == 0 { current!.line = line }
        // An HTML block's lines (and md4c's line break after each) are one stretch of the
        // document: one run, not two a line. Its text is only ever read whole (`plainText`).
        if current!.kind == .html, case .text(let run, nil) = content, !run.isStrong,
           case .text(let previous, nil)? = current!.inlines.last, !previous.isStrong, let joined = lines.joined(previous, run) {
            current!.inlines[current!.inlines.count - 1] = .text(joined, link: nil)
            return
        }
        current!.inlines.append(content)
    }
}
