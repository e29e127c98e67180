import PolicyModel

/// Turns a raw block into a model ``Block``: clean text, links and sentence ranges.
enum BlockConverter {
    /// Nil when nothing readable is left. `built` is the block's clean text when the caller
    /// already built it from all its inlines.
    static func convert(_ raw: RawBlock, built: TextBuilder.Built? = nil) -> Block? {
        let kind: BlockKind
        switch raw.kind {
        case .paragraph, .html, .heading: kind = raw.inQuote ? .quote : .paragraph
        case .listItem(let depth, let ordered): kind = .listItem(depth: depth, ordered: ordered)
        case .tableRow(let header): kind = .tableRow(header: header)
        case .code: return codeBlock(raw)
        }
        let (text, links, cells) = raw.cellStarts.isEmpty
            ? { let (t, l) = built ?? TextBuilder.build(raw.inlines); return (t, l, [TableCell]()) }()
            : TextBuilder.buildRow(raw.inlines, cellStarts: raw.cells)
        guard text.containsLetterOrDigit else { return nil }
        return Block(kind: kind, text: text, links: links, sentences: SentenceSplitter.split(text), line: raw.line, cells: cells)
    }

    /// Code keeps its lines and indentation; only control characters and mojibake are fixed.
    private static func codeBlock(_ raw: RawBlock) -> Block? {
        let repaired = MojibakeRepair.repair(raw.plainText)
        var scalars = String.UnicodeScalarView()
        for s in repaired.unicodeScalars {
            scalars.append(s == "\n" ? s : s == "\t" ? " " : TextCleaner.visible(s))
        }
        let lines = String(scalars).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(trailingSpaces: ()) }
        let text = lines.joined(separator: "\n").trimmingCharacters(in: "\n")
        guard text.containsLetterOrDigit else { return nil }
        return Block(kind: .code, text: text, sentences: SentenceSplitter.split(text), line: raw.line)
    }
}

private extension Substring {
    func replacingOccurrences(trailingSpaces: Void) -> String {
        var s = self
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
