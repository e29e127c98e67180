import PolicyModel

/// Decides which blocks are headings, gives each heading a level, and builds the section tree.
///
/// Markdown headings keep their level. A heading found by a heuristic (bold, run-in, caps,
/// numbered, plain) gets `base + rank`: `base` is the level of the nearest Markdown heading
/// above it, `rank` the order in which its style (with its numbering scheme and depth) first
/// appeared since that heading, so `1.` sits above `1.1` and bold above caps when bold came first.
enum SectionTreeBuilder {
    struct Heading {
        var title: String
        var style: HeadingStyle
        var markdownLevel: Int?
        var numbering: Numbering?
        var line: Int
    }

    enum Item {
        case heading(Heading)
        /// A body block, with its clean text when it was already built from all its inlines.
        case body(RawBlock, built: TextBuilder.Built? = nil)
        /// A body block already converted (see ``classify(_:)``).
        case block(Block)
        /// Body blocks converted one after another as they were classified (at least
        /// ``runLength``, at most ``chunkSize``), in an array of their size that can become their
        /// section's own (see ``assemble(_:)``): a table's rows take 48 bytes each, not an item's 72.
        case blocks([Block])

        var isBody: Bool { if case .heading = self { false } else { true } }
    }

    /// Consumes `blocks`: each raw block is released once classified.
    /// `document`: the string most runs point into, when nothing but `blocks` reads it again;
    /// consumed, like `blocks`, so that it is freed with the last run, before the tree is built.
    static func build(_ blocks: consuming Chunked<RawBlock>, document: consuming SharedText? = nil) -> (preamble: [Block], sections: [Section]) {
        var items = collapseTablesOfContents(classify(consume blocks, document: consume document))
        let marked = items.contains { if case .heading(let h) = $0 { h.markdownLevel != 1 } else { false } }
        if !marked { items = promotePlainLines(consume items) }
        return assemble(consume items)
    }

    // MARK: Classification

    /// Body blocks become model blocks at once, freeing their inlines as the pass goes: those
    /// ``promotePlainLines(_:)`` could not make a heading, and all of them from the point where
    /// the document surely has a heading other than an H1 (a Markdown one, or a heuristic one
    /// between two body blocks, which no table of contents collapses), since then that pass
    /// does not run; the bodies kept raw before that point are converted then. A body with no
    /// readable text stays raw (it still parts headings), without its inlines once converting.
    ///
    /// `document`, the string most runs point into, gives back its pages as the pass reads it
    /// (see ``DocumentRelease/Progressive``), below the lowest byte a raw body kept among the
    /// items reads.
    static func classify(_ blocks: consuming Chunked<RawBlock>, document: consuming SharedText? = nil) -> Chunked<Item> {
        var items = Chunked<Item>()
        // The leaves' chunks, each freed once read, so that they are not held whole beside the
        // items and texts made from them.
        var chunks = blocks.takeChunks()
        var release = document.flatMap { DocumentRelease.Progressive($0, chunks: chunks) }
        var converting = false
        // The lowest byte of the document a raw body among the items reads: no page from there on is given back.
        var lowestRaw = Int.max
        func startConverting() {
            converting = true
            for i in items.indices {
                guard case .body(let raw, let built) = items[i] else { continue }
                items[i] = BlockConverter.convert(raw, built: built).map(Item.block) ?? .body(raw.withoutInlines)
            }
            lowestRaw = .max
        }
        func keepRaw(_ block: RawBlock, built: TextBuilder.Built?) -> Item {
            if let release { lowestRaw = min(lowestRaw, release.lowestOffset(of: block)) }
            return .body(block, built: built)
        }
        // Converted bodies not yet among the items (see `add`).
        var pending: [Block] = []
        func body(_ block: RawBlock, built: TextBuilder.Built? = nil) -> Item {
            if !converting, pending.isEmpty, items.count >= 2, case .heading(let h) = items[items.count - 1], h.markdownLevel == nil, items[items.count - 2].isBody {
                startConverting()
            }
            guard converting || !mayBePromoted(block, built: built) else { return keepRaw(block, built: built) }
            guard let converted = BlockConverter.convert(block, built: built) else {
                return converting ? .body(block.withoutInlines, built: built) : keepRaw(block, built: built)
            }
            return .block(converted)
        }
        // Converted bodies wait in `pending` until something else comes: a long run of them
        // becomes one item, a short one an item each.
        func flush() {
            if pending.count >= runLength {
                var run: [Block] = []
                run.reserveCapacity(pending.count)
                run.append(contentsOf: pending)
                items.append(.blocks(run))
            } else {
                for block in pending { items.append(.block(block)) }
            }
            pending.removeAll(keepingCapacity: true)
        }
        func add(_ item: Item) {
            guard case .block(let block) = item else {
                flush()
                items.append(item)
                return
            }
            pending.append(block)
            if pending.count == chunkSize { flush() }
        }
        for chunk in chunks.indices {
            release?.step(before: chunk, keeping: lowestRaw)
            for index in chunks[chunk].indices {
                let block = chunks[chunk][index]
                chunks[chunk][index].inlines = []
                switch block.kind {
                case .heading(let level, _):
                    let title = HeadingRules.cleanTitle(TextBuilder.build(block.inlines).text)
                    guard title.containsLetterOrDigit else { continue }
                    add(.heading(Heading(title: title, style: .markdown, markdownLevel: level, numbering: Numbering.parse(title), line: block.line)))
                    if level != 1, !converting { startConverting() }
                case .paragraph, .listItem:
                    if block.inQuote || block.isTableCell {
                        add(body(block))
                        continue
                    }
                    let built = TextBuilder.build(block.inlines)
                    if let heading = heuristicHeading(block, text: built.text) {
                        add(.heading(heading))
                    } else if let (head, rest) = splitFirstLine(block), head.isAllStrong, let heading = heuristicHeading(head) {
                        // `**Your Privacy**  \nText...`: a bold first line ended by a hard break.
                        add(.heading(heading))
                        add(body(rest))
                    } else if let (heading, rest) = runInHeading(block) {
                        add(.heading(heading))
                        add(body(rest))
                    } else {
                        add(body(block, built: block.cellStarts.isEmpty ? built : nil))
                    }
                default:
                    add(body(block))
                }
            }
            chunks[chunk] = []
        }
        flush()
        return items
    }

    /// Leaves read in a chunk before its storage is freed.
    static let chunkSize = Chunking.size
    /// The fewest converted bodies in a row that make one ``Item/blocks(_:)`` item.
    static let runLength = 16

    /// Whether ``promotePlainLines(_:)`` may turn `block` (a body) into a heading: a paragraph
    /// outside quotes with a hard break, or one line that reads as a plain title.
    static func mayBePromoted(_ block: RawBlock, built: TextBuilder.Built?) -> Bool {
        guard block.kind == .paragraph, !block.inQuote else { return false }
        if block.inlines.contains(.hardBreak) { return true }
        if block.inlines.contains(.softBreak) { return false }
        return HeadingRules.isPlainTitle((built ?? TextBuilder.build(block.inlines)).text)
    }

    /// A whole paragraph or item that is bold, in capitals, or numbered, and short.
    static func heuristicHeading(_ block: RawBlock, text: String? = nil) -> Heading? {
        let text = text ?? TextBuilder.build(block.inlines).text
        // Every test below needs `looksLikeTitle`, which refuses more than `maxLength` characters.
        guard !HeadingRules.isLonger(text, than: HeadingRules.maxLength) else { return nil }
        let numbering = Numbering.parse(text)
        if block.isAllStrong, HeadingRules.looksLikeTitle(text, numbering: numbering) {
            return Heading(title: HeadingRules.cleanTitle(text), style: .bold, numbering: numbering, line: block.line)
        }
        guard block.kind == .paragraph else { return nil }
        if HeadingRules.isCaps(text), HeadingRules.looksLikeTitle(text, numbering: numbering) {
            return Heading(title: HeadingRules.cleanTitle(text), style: .caps, numbering: numbering, line: block.line)
        }
        if let numbering, text.whitespaceSeparatedCount <= 10,
           HeadingRules.looksLikeTitle(text, numbering: numbering), !text.hasSuffix(".") || text.count < 60,
           String(text.dropFirst(numbering.length)).first?.isUppercase == true {
            return Heading(title: HeadingRules.cleanTitle(text), style: .numbered, numbering: numbering, line: block.line)
        }
        return nil
    }

    /// `**a. General.** Text...`: a numbered bold label opening a paragraph becomes a heading.
    static func runInHeading(_ block: RawBlock) -> (Heading, RawBlock)? {
        guard block.kind == .paragraph else { return nil }
        var label: [Inline] = []
        var index = 0
        for inline in block.inlines {
            guard case .text(let t, _) = inline, t.isStrong else { break }
            label.append(inline)
            index += 1
        }
        guard !label.isEmpty, index < block.inlines.count else { return nil }
        let labelText = TextBuilder.build(label).text
        guard let numbering = Numbering.parse(labelText),
              labelText.whitespaceSeparatedCount <= 12,
              HeadingRules.looksLikeTitle(labelText, numbering: numbering) else { return nil }
        var rest = block
        rest.inlines = Array(block.inlines[index...])
        guard TextBuilder.build(rest.inlines).text.containsLetter else { return nil }
        return (Heading(title: HeadingRules.cleanTitle(labelText), style: .runIn, numbering: numbering, line: block.line), rest)
    }

    /// The inlines before a block's first hard break, and the rest, when both hold text.
    static func splitFirstLine(_ block: RawBlock) -> (RawBlock, RawBlock)? {
        guard let br = block.inlines.firstIndex(of: .hardBreak) else { return nil }
        var head = block, rest = block
        head.inlines = Array(block.inlines[..<br])
        rest.inlines = Array(block.inlines[block.inlines.index(after: br)...])
        rest.line = block.line + 1
        let hasText: (RawBlock) -> Bool = { b in
            b.inlines.contains(where: { inline in if case .text(let t, _) = inline { t.containsLetterOrDigit } else { false } })
        }
        return hasText(head) && hasText(rest) ? (head, rest) : nil
    }

    /// In a document with no marked headings: short unpunctuated lines followed by text, and
    /// label lines (`Collected Information:`) ended by a hard break.
    /// Consumes `items`, freeing each chunk once read.
    static func promotePlainLines(_ items: consuming Chunked<Item>) -> Chunked<Item> {
        var out = Chunked<Item>()
        for i in 0..<items.count {
            items.freeChunks(below: i)
            let item = items[i]
            guard case .body(let block, let built) = item, block.kind == .paragraph, !block.inQuote else {
                out.append(item)
                continue
            }
            if !block.inlines.contains(.softBreak), !block.inlines.contains(.hardBreak),
               i + 1 < items.count, items[i + 1].isBody {
                let text = (built ?? TextBuilder.build(block.inlines)).text
                if HeadingRules.isPlainTitle(text) {
                    out.append(.heading(Heading(title: HeadingRules.cleanTitle(text), style: .plain, numbering: Numbering.parse(text), line: block.line)))
                    continue
                }
            }
            if let (head, rest) = splitFirstLine(block) {
                let text = TextBuilder.build(head.inlines).text
                if text.hasSuffix(":"), HeadingRules.isPlainTitle(String(text.dropLast())) {
                    out.append(.heading(Heading(title: HeadingRules.cleanTitle(text), style: .plain, numbering: Numbering.parse(text), line: block.line)))
                    out.append(.body(rest))
                    continue
                }
            }
            out.append(item)
        }
        return out
    }

    /// A run of three or more headings with no text between them, each of whose titles comes
    /// back later as a heading, is a table of contents: it becomes one paragraph, a line per entry.
    /// Only the first 60 headings of a run are considered, so the pass stays linear.
    /// Consumes `items`, freeing each chunk of them once read when it rewrites them.
    static func collapseTablesOfContents(_ items: consuming Chunked<Item>) -> Chunked<Item> {
        func isUnmarked(_ item: Item) -> Bool { if case .heading(let h) = item { h.markdownLevel == nil } else { false } }
        // The titles of the stretches of three or more headings no Markdown marks: only those
        // may hold a run, and most documents have none (a file of short sections, none at all).
        var stretchKeys = Set<TitleKey>()
        var start = 0
        while start < items.count {
            guard isUnmarked(items[start]) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < items.count, isUnmarked(items[end]) { end += 1 }
            if end - start >= 3 {
                for case .heading(let h) in items[start..<end] { stretchKeys.insert(TitleKey(h.title)) }
            }
            start = end
        }
        guard !stretchKeys.isEmpty else { return items }
        // The last index of each of those titles, then for each heading no Markdown marks the
        // last index of its title (any index at all outside a stretch: it is in no run), and -1
        // for any other item, so a run is checked without folding its titles again.
        var lastIndex: [TitleKey: Int32] = [:]
        for (n, item) in items.enumerated() {
            guard case .heading(let h) = item else { continue }
            let key = TitleKey(h.title)
            if stretchKeys.contains(key) { lastIndex[key] = Int32(n) }
        }
        stretchKeys = []
        let lastOfItem: [Int32] = items.map { item in
            guard case .heading(let h) = item, h.markdownLevel == nil else { return -1 }
            return lastIndex[TitleKey(h.title)] ?? .max
        }
        lastIndex = [:]
        // The runs, found first: most documents have none, and keep their items as they are.
        var runs: [(start: Int, length: Int)] = []
        var i = 0
        while i < items.count {
            var count = 0
            while i + count < items.count, count < 60, lastOfItem[i + count] >= 0 { count += 1 }
            var length = count
            while length >= 3, !(i..<(i + length)).allSatisfy({ lastOfItem[$0] >= i + length }) { length -= 1 }
            if length >= 3 {
                runs.append((i, length))
                i += length
            } else {
                i += 1
            }
        }
        guard !runs.isEmpty else { return items }
        var out = Chunked<Item>()
        i = 0
        var nextRun = 0
        while i < items.count {
            items.freeChunks(below: i)
            if nextRun < runs.count, runs[nextRun].start == i {
                let length = runs[nextRun].length
                nextRun += 1
                var inlines: [Inline] = []
                var line = 0
                for n in i..<(i + length) {
                    guard case .heading(let h) = items[n] else { continue }
                    if n > i { inlines.append(.hardBreak) } else { line = h.line }
                    inlines.append(.plain(h.title))
                }
                out.append(.body(RawBlock(kind: .paragraph, inlines: inlines, line: line)))
                i += length
            } else {
                out.append(items[i])
                i += 1
            }
        }
        return out
    }
}
