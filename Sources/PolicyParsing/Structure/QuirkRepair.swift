/// Repairs what the corpus's HTML-to-Markdown export broke, before headings are decided.
///
/// Each rule is described, with its reason, in docs/ARCHITECTURE.md ("Corpus quirks").
enum QuirkRepair {
    /// Consumes `blocks`: each one's inlines are released once it is passed on or replaced, and
    /// each chunk of them once read.
    static func apply(_ blocks: consuming Chunked<RawBlock>, lines: SourceLines) -> Chunked<RawBlock> {
        var out = Chunked<RawBlock>()
        var i = 0
        while i < blocks.count {
            blocks.freeChunks(below: i)
            var block = blocks[i]
            blocks[i].inlines = []
            i += 1
            switch block.kind {
            case .html:
                let text = stripTags(block.plainText)
                if text.containsLetter {
                    out.append(RawBlock(kind: .paragraph, inQuote: block.inQuote, inlines: [.plain(text)], line: block.line))
                }
                continue
            case .code(indented: true):
                if let paragraphs = proseParagraphs(block) {
                    out.append(contentsOf: paragraphs)
                    continue
                }
            case .heading(level: 2, setext: true) where i < blocks.count && isAccidentalTable(heading: block, next: blocks[i], lines: lines):
                // `Contents\n---\nrow\nrow`: a one-column table read as a setext heading.
                block.kind = .tableRow(header: true)
                out.append(block)
                out.append(contentsOf: tableRows(from: blocks[i]))
                blocks[i].inlines = []
                i += 1
                continue
            default:
                break
            }
            if isDebris(block) {
                if block.plainText.contains("|"), let last = out.indices.last, out[last].isAllStrong {
                    out[last].isTableCell = true
                }
                continue
            }
            if let split = splitSwallowedHeadings(block) {
                out.append(contentsOf: split)
                continue
            }
            out.append(block)
        }
        return out
    }

    /// Paragraphs or items that hold nothing but table or emphasis punctuation (`| `, `---|---`, `****`).
    static func isDebris(_ block: RawBlock) -> Bool {
        switch block.kind {
        case .paragraph, .listItem: break
        default: return false
        }
        // An ASCII byte that starts a character (after another ASCII byte or a break) and is
        // neither that punctuation nor white space decides at once, without the plain text.
        var previousASCII = true
        for inline in block.inlines {
            guard case .text(let t, _) = inline else { previousASCII = true; continue }
            for byte in t.text.utf8 {
                if byte >= 0x80 { previousASCII = false; continue }
                if previousASCII, !"|-:*#_=".utf8.contains(byte), byte != 0x20, !(0x09...0x0D).contains(byte) { return false }
                previousASCII = true
            }
        }
        return block.plainText.allSatisfy { "|-:*#_=".contains($0) || $0.isWhitespace }
    }

    /// `**Title  \n**Body...`: the closing `**` fell after a hard break, so CommonMark left both
    /// delimiters as text. Each leading line that reads as a title (a table of contents can
    /// hold several) becomes a bold heading; the rest, if any, the first paragraph after them.
    static func splitSwallowedHeadings(_ block: RawBlock) -> [RawBlock]? {
        switch block.kind {
        case .paragraph, .listItem: break
        default: return nil
        }
        guard case .text(let first, _)? = block.inlines.first, !first.isStrong, first.text.hasPrefix("**"),
              block.inlines.contains(.hardBreak) else { return nil }
        let lines = block.inlines.split(separator: .hardBreak, omittingEmptySubsequences: false)
        var out: [RawBlock] = []
        var consumed = 0
        for (n, line) in lines.enumerated() {
            let raw = line.map { inline -> Substring in if case .text(let t, _) = inline { t.text } else { " " } }.joined()
            let title = raw.trimmingCharacters(in: "* ")
            if title.isEmpty { consumed = n + 1; continue }
            guard n < lines.count - 1, raw.contains("*") || line.contains(where: { if case .text(let t, _) = $0 { t.isStrong } else { false } }),
                  HeadingRules.looksLikeTitle(title, numbering: Numbering.parse(title)) else { break }
            out.append(RawBlock(kind: .paragraph, inQuote: block.inQuote, inlines: [.text(InlineText(title).strong(true), link: nil)], line: block.line + n))
            consumed = n + 1
        }
        guard !out.isEmpty else { return nil }
        var rest = Array(lines.dropFirst(consumed).joined(separator: [Inline.hardBreak]))
        if case .text(let t, let link)? = rest.first {
            let stripped = t.text.trimmingPrefix(in: "* ")
            if stripped.isEmpty { rest.removeFirst() } else { rest[0] = .text(InlineText(stripped).strong(t.isStrong), link: link) }
        }
        let hasText = rest.contains { if case .text(let t, _) = $0 { t.containsLetterOrDigit } else { false } }
        if hasText {
            out.append(RawBlock(kind: block.kind, inQuote: block.inQuote, inlines: rest, line: block.line + consumed))
        }
        return out
    }

    /// Indented text that reads as prose (long lines of words) becomes paragraphs; tables and
    /// other preformatted text stay code.
    static func proseParagraphs(_ block: RawBlock) -> [RawBlock]? {
        let text = block.plainText
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let filled = lines.filter { !$0.allSatisfy(\.isWhitespace) }
        guard !filled.isEmpty else { return nil }
        let words = filled.map { $0.split(separator: " ").count }.reduce(0, +)
        let columnar = filled.contains { $0.contains("|") || $0.contains("   ") && $0.trimmingCharacters(in: " ").contains("   ") }
        guard !columnar, Double(words) / Double(filled.count) >= 6 else { return nil }
        var paragraphs: [RawBlock] = []
        var current: [Substring] = []
        var startLine = block.line
        for (n, line) in lines.enumerated() {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty {
                    paragraphs += self.paragraphs(current, line: startLine, quote: block.inQuote)
                    current = []
                }
                startLine = block.line + n + 1
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs += self.paragraphs(current, line: startLine, quote: block.inQuote) }
        return paragraphs
    }

    /// One paragraph of indented prose, its lines read again as Markdown without their
    /// indentation, so its links, emphasis, entities and list items count as anywhere else
    /// (Bluesky's `        **Data Protection Officer:** ... [dpo@…](mailto:…)`); a heading
    /// there stays a paragraph, and text that reads as other blocks keeps its characters.
    private static func paragraphs(_ lines: [Substring], line: Int, quote: Bool) -> [RawBlock] {
        let trimmed = lines.map { $0.trimmingCharacters(in: " ") }
        let bytes = Array(trimmed.joined(separator: "\n").utf8)
        var inner = Array(MarkdownReader.read(SourceLines(bytes, padding: MarkdownReader.padding)))
        guard !inner.isEmpty, inner.allSatisfy(\.isProse) else {
            return [RawBlock(kind: .paragraph, inQuote: quote, inlines: [.plain(TextCleaner.dropMarkdownEscapes(trimmed.joined(separator: " ")))], line: line)]
        }
        for i in inner.indices {
            if case .heading = inner[i].kind { inner[i].kind = .paragraph }
            inner[i].inQuote = inner[i].inQuote || quote
            inner[i].line += line - 1
        }
        return inner
    }

    /// A setext `---` heading directly followed, with no blank line, by more lines of text.
    static func isAccidentalTable(heading: RawBlock, next: RawBlock, lines: SourceLines) -> Bool {
        guard next.kind == .paragraph, let underline = underlineLine(after: heading, lines: lines) else { return false }
        return next.line == underline + 1
    }

    private static func underlineLine(after heading: RawBlock, lines: SourceLines) -> Int? {
        var line = heading.line
        while let content = lines.content(ofLine: line), line < heading.line + 20 {
            let trimmed = content.drop { $0 == 0x20 }
            if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == 0x20 }) { return line }
            line += 1
        }
        return nil
    }

    private static func tableRows(from block: RawBlock) -> [RawBlock] {
        var rows: [RawBlock] = []
        var current: [Inline] = []
        var line = block.line
        for inline in block.inlines {
            if inline == .softBreak || inline == .hardBreak {
                if !current.isEmpty { rows.append(RawBlock(kind: .tableRow(header: false), inQuote: block.inQuote, inlines: current, line: line)) }
                current = []
                line += 1
            } else {
                current.append(inline)
            }
        }
        if !current.isEmpty { rows.append(RawBlock(kind: .tableRow(header: false), inQuote: block.inQuote, inlines: current, line: line)) }
        return rows
    }

    /// Removes HTML tags and decodes entities in raw HTML left in the Markdown.
    static func stripTags(_ html: String) -> String {
        if html.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a byte per character (CR LF, one character, holds neither `<` nor `>`).
            var out: [UInt8] = []
            out.reserveCapacity(html.utf8.count)
            var inTag = false
            for byte in html.utf8 {
                if byte == UInt8(ascii: "<") { inTag = true; out.append(0x20); continue }
                if byte == UInt8(ascii: ">") && inTag { inTag = false; continue }
                if !inTag { out.append(byte) }
            }
            return HTMLEntities.decodeAll(in: String(decoding: out, as: UTF8.self))
        }
        var out = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true; out.append(" "); continue }
            if ch == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(ch) }
        }
        return HTMLEntities.decodeAll(in: out)
    }
}

extension StringProtocol {
    /// Drops leading and trailing characters found in `set`.
    func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }

    /// Drops leading characters found in `set`.
    func trimmingPrefix(in set: String) -> String {
        String(drop { set.contains($0) })
    }
}
