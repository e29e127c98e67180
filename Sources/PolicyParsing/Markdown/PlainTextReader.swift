/// Reads plain text into raw blocks: blank lines separate paragraphs, `-`, `*`, `•` lines are
/// list items; headings are decided later by the same rules as for Markdown.
enum PlainTextReader {
    static func read(_ bytes: [UInt8]) -> Chunked<RawBlock> {
        let text = String(decoding: bytes, as: UTF8.self)
        var blocks = Chunked<RawBlock>()
        var current: RawBlock?
        func flush() {
            if let c = current, !c.inlines.isEmpty { blocks.append(c) }
            current = nil
        }
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: " \t")
            if line.isEmpty { flush(); continue }
            let content = TextCleaner.dropMarkdownEscapes(HTMLEntities.decodeAll(in: line))
            if let bullet = bulletBody(content) {
                flush()
                current = RawBlock(kind: .listItem(depth: 1, ordered: false), inlines: [.plain(bullet)], line: n + 1)
            } else if current == nil {
                current = RawBlock(kind: .paragraph, inlines: [.plain(content)], line: n + 1)
            } else {
                current!.inlines += [.softBreak, .plain(content)]
            }
        }
        flush()
        return blocks
    }

    private static func bulletBody(_ line: String) -> String? {
        for marker in ["- ", "* ", "• ", "· ", "◦ "] where line.hasPrefix(marker) {
            return String(line.dropFirst(marker.count))
        }
        return nil
    }
}
