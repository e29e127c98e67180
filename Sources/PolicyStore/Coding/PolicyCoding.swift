import PolicyModel

/// The parsed policy's stored form: a compact binary encoding of the `Policy` value (see
/// docs/STORE.md for its size and speed against JSON), without its `file`, which is the path it
/// is read from this time. A change to this layout must bump ``Schema/version``.
package enum PolicyCoding {
    package static func encode(_ policy: Policy) -> [UInt8] {
        var w = ByteWriter()
        w.bytes.reserveCapacity(policy.sections.count * 256 + 1024)
        w.string(policy.id)
        w.optional(policy.domain)
        w.string(policy.title)
        w.bool(policy.archivedOn != nil)
        if let date = policy.archivedOn {
            w.int(date.year)
            w.int(date.month)
            w.int(date.day)
        }
        w.optional(policy.source)
        w.string(policy.format.rawValue)
        w.string(policy.language.code)
        w.double(policy.language.confidence)
        write(policy.preamble, &w)
        write(policy.sections, &w)
        return w.bytes
    }

    package static func decode(_ bytes: [UInt8], file: String) -> Policy? {
        var r = ByteReader(bytes)
        return try? decodePolicy(&r, file: file)
    }

    private static func decodePolicy(_ r: inout ByteReader, file: String) throws(ByteReader.Truncated) -> Policy {
        let id = try r.string(), domain = try r.optional(), title = try r.string()
        var archivedOn: ArchiveDate?
        if try r.bool() {
            archivedOn = ArchiveDate(year: try r.int(), month: try r.int(), day: try r.int())
        }
        let source = try r.optional()
        guard let format = DocumentFormat(rawValue: try r.string()) else { throw .init() }
        let language = LanguageGuess(code: try r.string(), confidence: try r.double())
        return Policy(id: id, domain: domain, title: title, archivedOn: archivedOn, source: source, file: file,
                      format: format, language: language, preamble: try readBlocks(&r), sections: try readSections(&r))
    }

    private static func write(_ sections: [Section], _ w: inout ByteWriter) {
        w.uint(UInt64(sections.count))
        for section in sections {
            w.string(section.title)
            w.int(section.level)
            w.string(section.style.rawValue)
            w.int(section.line)
            write(section.blocks, &w)
            write(section.children, &w)
        }
    }

    private static func readSections(_ r: inout ByteReader) throws(ByteReader.Truncated) -> [Section] {
        let n = try r.count()
        var sections: [Section] = []
        sections.reserveCapacity(n)
        for _ in 0..<n {
            let title = try r.string(), level = try r.int()
            guard let style = HeadingStyle(rawValue: try r.string()) else { throw .init() }
            let line = try r.int()
            sections.append(Section(title: title, level: level, style: style, line: line,
                                    blocks: try readBlocks(&r), children: try readSections(&r)))
        }
        return sections
    }

    private static func write(_ blocks: [Block], _ w: inout ByteWriter) {
        w.uint(UInt64(blocks.count))
        for block in blocks {
            switch block.kind {
            case .paragraph: w.uint(0)
            case .listItem(let depth, let ordered): w.uint(1); w.int(depth); w.bool(ordered)
            case .quote: w.uint(2)
            case .tableRow(let header): w.uint(3); w.bool(header)
            case .code: w.uint(4)
            }
            w.string(block.text)
            w.int(block.line)
            w.uint(UInt64(block.links.count))
            for link in block.links { write(link.range, &w); w.string(link.url) }
            w.uint(UInt64(block.sentences.count))
            for range in block.sentences { write(range, &w) }
            w.uint(UInt64(block.cells.count))
            for cell in block.cells { w.int(cell.column); write(cell.range, &w) }
        }
    }

    private static func readBlocks(_ r: inout ByteReader) throws(ByteReader.Truncated) -> [Block] {
        let n = try r.count()
        var blocks: [Block] = []
        blocks.reserveCapacity(n)
        for _ in 0..<n {
            let kind: BlockKind
            switch try r.uint() {
            case 0: kind = .paragraph
            case 1: kind = .listItem(depth: try r.int(), ordered: try r.bool())
            case 2: kind = .quote
            case 3: kind = .tableRow(header: try r.bool())
            case 4: kind = .code
            default: throw .init()
            }
            let text = try r.string(), line = try r.int()
            // Every range lies inside the text (a damaged body must not trap where it is sliced).
            let length = text.scalarCountFast
            var links: [Link] = []
            for _ in 0..<(try r.count()) { links.append(Link(range: try r.range(limit: length), url: try r.string())) }
            let sentenceCount = try r.count()
            var sentences: [TextRange] = []
            sentences.reserveCapacity(sentenceCount)
            for _ in 0..<sentenceCount { sentences.append(try r.range(limit: length)) }
            var cells: [TableCell] = []
            for _ in 0..<(try r.count()) { cells.append(TableCell(column: try r.int(), range: try r.range(limit: length))) }
            blocks.append(Block(kind: kind, text: text, links: links, sentences: sentences, line: line, cells: cells))
        }
        return blocks
    }

    /// A range as its start and its length.
    private static func write(_ range: TextRange, _ w: inout ByteWriter) {
        w.int(range.start)
        w.int(range.count)
    }
}
