import Testing
@testable import PolicyParsing

/// Inline runs point into the document instead of copying it, and a block of many runs is
/// built in linear time.
@Suite("Inline runs")
struct InlineRunTests {
    @Test func aRunIsAStretchOfTheDocumentAndAPartOfItStaysOne() {
        let lines = SourceLines(Array("# Title\nCafé **crème** et thé\n".utf8), padding: MarkdownReader.padding)
        let run = lines.slice(from: 8, count: 5)
        #expect(run.text == "Café")
        #expect(run.text.base.utf8.count == lines.text.utf8.count, "the run shares the document's string")
        let part = run.part(run.text.dropFirst(2))
        #expect(part.text == "fé")
        #expect(part.text.base.utf8.count == lines.text.utf8.count)
        #expect(part == InlineText("fé"), "runs compare by their text, wherever it lives")
        #expect(lines.content(ofLine: 2).map { String($0) ?? "" } == "Café **crème** et thé")
        #expect(lines.content(ofLine: 3).map { String($0) ?? "" } == "", "the padding is no line's content")
    }

    @Test func theMarkdownReaderHandsOutRunsOfTheDocument() {
        let lines = SourceLines(Array("Some **bold** text and [a link](https://example.com/x) here.\n".utf8), padding: MarkdownReader.padding)
        let blocks = MarkdownReader.read(lines)
        #expect(blocks.count == 1)
        var texts: [String] = []
        for inline in blocks[0].inlines {
            guard case .text(let run, let link) = inline else { continue }
            texts.append("\(run.text)|\(run.isStrong)|\(link?.url ?? "-")")
            #expect(run.text.base.utf8.count == lines.text.utf8.count)
        }
        #expect(texts == ["Some |false|-", "bold|true|-", " text and |false|-", "a link|false|https://example.com/x", " here.|false|-"])
    }

    @Test func aBlockOfManyRunsGrowsItsTextGeometrically() {
        // Reserving exactly what each piece needed copied the whole text per piece: quadratic.
        var builder = TextBuilder()
        var capacities: Set<Int> = []
        for n in 0..<20_000 {
            builder.append("word\(n % 10) ", link: nil)
            capacities.insert(builder.capacity)
        }
        #expect(builder.finish().text.utf8.count == 20_000 * 6 - 1)
        #expect(capacities.count <= 40, "the buffer was reallocated \(capacities.count) times for 20,000 pieces")
    }

    @Test func aTextOverAMegabyteComesOutAsTheSameText() {
        // Past `flushSize` the text goes on in a string of its own; what comes out is unchanged.
        var words: [String] = []
        for n in 0..<400_000 { words.append(n % 7 == 0 ? "é\u{0301}x" : "word\(n % 10)") }
        var builder = TextBuilder()
        for word in words { builder.append(Substring(word + "  \n "), link: nil) }
        let built = builder.finish().text
        #expect(built.utf8.count > 2 * TextBuilder.flushSize)
        #expect(built == words.joined(separator: "\n"))
    }

    @Test func aDocumentFewRunsPointIntoIsLetGo() throws {
        let text = "# Title\n\n" + String(repeating: "<div><p>some text</p></div>\n\n", count: 200)
        let lines = SourceLines(Array(text.utf8), padding: MarkdownReader.padding)
        var blocks = QuirkRepair.apply(MarkdownReader.read(lines), lines: lines)
        let before = blocks.map(\.plainText)
        #expect(DocumentRelease.releaseIfSparse(&blocks, document: lines.shared, size: lines.size))
        #expect(blocks.map(\.plainText) == before)
        for block in blocks {
            for case .text(let run, _) in block.inlines { #expect(!run.isPart(of: lines.shared)) }
        }
        // Prose the runs still point into stays where it is.
        let prose = SourceLines(Array("Some text that stays.\n\nMore of it here.\n".utf8), padding: MarkdownReader.padding)
        var proseBlocks = MarkdownReader.read(prose)
        #expect(!DocumentRelease.releaseIfSparse(&proseBlocks, document: prose.shared, size: prose.size))
    }

    @Test func anHTMLBlockIsOneRun() {
        let lines = SourceLines(Array("<div>\n<p>one</p>\n<p>two</p>\n</div>\n".utf8), padding: MarkdownReader.padding)
        let blocks = MarkdownReader.read(lines)
        #expect(blocks.count == 1)
        #expect(blocks.first?.inlines.count == 1)
        #expect(blocks.first?.plainText == "<div>\n<p>one</p>\n<p>two</p>\n</div>\n")
    }

    @Test func aDocumentOfMoreLeavesThanAChunkKeepsThemAllInOrder() throws {
        // The section tree reads its leaves in chunks of `chunkSize`, freeing each.
        let count = SectionTreeBuilder.chunkSize * 2 + 7
        var text = "# Policy\n\n"
        for n in 0..<count { text += n % 500 == 0 ? "## Part \(n)\n\n" : "Paragraph \(n) says what it does.\n\n" }
        let policy = try PolicyParser.parse(Array(text.utf8), file: "many.md").policy
        let seen = policy.allBlocks.map(\.text)
        let expected = (0..<count).filter { $0 % 500 != 0 }.map { "Paragraph \($0) says what it does." }
        #expect(seen == expected)
        #expect(policy.flattenedSections.count == 1 + (count + 499) / 500)
    }
}

@Suite("Document pages given back")
struct DocumentPagesTests {
    /// A long document holds one leaf per paragraph while it is read: 32 bytes each.
    @Test func aLeafStaysPacked() {
        #expect(MemoryLayout<RawBlock>.stride == 32)
        #expect(MemoryLayout<RawBlock.CellStart>.stride == 8)
        #expect(MemoryLayout<Inline>.stride == 24, "a run: its text (with its emphasis bit) and its link")
        let run = InlineText("bold")
        #expect(!run.isStrong && run.strong(true).isStrong && !run.strong(true).strong(false).isStrong)
        #expect(run.strong(true).text == "bold" && run.strong(true).utf8Count == 4 && run.strong(true) != run)
    }

    /// Chunks are freed behind a pass that reads in order, and the elements keep their order.
    @Test func chunksKeepOrderAndFreeBehind() {
        var chunked = Chunked(0..<(Chunking.size * 2 + 5))
        #expect(chunked.count == Chunking.size * 2 + 5)
        #expect(Array(chunked) == Array(0..<(Chunking.size * 2 + 5)))
        chunked[Chunking.size] = -1
        #expect(chunked[Chunking.size] == -1)
        chunked.freeChunks(below: Chunking.size + 3)
        #expect(chunked.chunks.map(\.count) == [0, Chunking.size, 5])
        #expect(chunked.chunks[1].capacity < Chunking.size + 64, "a later chunk is made at its full size, not doubled")
        let taken = chunked.takeChunks()
        #expect(taken.count == 3 && chunked.isEmpty)
    }

    /// The pages of a document below the lowest byte a run still reads go back to the system
    /// (they read as zeros: the proof they were given back); the rest is untouched.
    @Test func pagesBelowTheLiveRunsAreGivenBack() {
        let size = 8 << 20
        let shared = SharedText(String(repeating: "abcdefgh", count: size / 8))
        shared.releasePages(0..<(size / 2))
        shared.string.utf8.withContiguousStorageIfAvailable { bytes in
            #expect(bytes[size / 4] == 0)
            #expect(bytes[size / 2 + 4096] == UInt8(ascii: "a"))
            #expect(bytes[size - 1] == UInt8(ascii: "h"))
        }
        // Never a partial page, nor outside the string.
        let small = SharedText(String(repeating: "x", count: 3000))
        small.releasePages(0..<3000)
        small.releasePages(-5..<10_000)
        #expect(small.string == String(repeating: "x", count: 3000))
    }

    /// A long table keeps every row and cell: rows of one run per cell share their cell starts,
    /// a row with an empty cell keeps its own, and long runs of rows travel as one item.
    @Test func aLongTableKeepsItsRowsAndCells() throws {
        var text = "# Policy\n\n| Data | Use | Kept |\n|---|---|---|\n"
        let rows = SectionTreeBuilder.chunkSize + 100
        for n in 0..<rows { text += n % 1000 == 7 ? "| row \(n) | | kept |\n" : "| row \(n) | **use** \(n) | \(n) days |\n" }
        let raw = MarkdownReader.read(SourceLines(Array(text.utf8), padding: MarkdownReader.padding))
        #expect(raw[1].cellStarts.count == 1 && raw[2].cellStarts.count == 3, "the header shares its starts; a cell of two runs keeps them")
        let policy = try PolicyParser.parse(Array(text.utf8), file: "table.md").policy
        let blocks = policy.allBlocks
        #expect(blocks.count == rows + 1)
        #expect(blocks[0].text == "Data | Use | Kept" && blocks[0].cells.map(\.column) == [0, 1, 2])
        #expect(blocks[8].text == "row 7 | kept" && blocks[8].cells.map(\.column) == [0, 2])
        #expect(blocks[rows].text == "row \(rows - 1) | use \(rows - 1) | \(rows - 1) days")
        #expect(blocks[rows].cells.map { blocks[rows].text(of: $0.range) } == ["row \(rows - 1)", "use \(rows - 1)", "\(rows - 1) days"])
        let simple = MarkdownReader.read(SourceLines(Array("| a | b |\n|---|---|\n| c | d |\n".utf8), padding: MarkdownReader.padding))
        #expect(simple.allSatisfy { $0.cellStarts.count == 1 && $0.cells.map(\.column) == [0, 1] }, "one inline per cell: the shared starts")
    }

    /// A document of many chunks parses the same whether its pages are given back or not.
    @Test func aLongDocumentParsesTheSameWhileItsPagesGoBack() throws {
        var text = "# Policy\n\n"
        for n in 0..<30_000 {
            text += "## Part \(n) of the policy\n\nWe keep [your data](https://example.com/\(n)) for \(n) days &amp; no more. Then we delete it.\n\n"
        }
        func blocks() -> (SourceLines, Chunked<RawBlock>) {
            let lines = SourceLines(Array(text.utf8), padding: MarkdownReader.padding)
            return (lines, MarkdownReader.read(lines))
        }
        let (kept, keptBlocks) = blocks()
        let expected = SectionTreeBuilder.build(keptBlocks)
        var (lines, raw) = blocks()
        #expect(raw.count > 2 * SectionTreeBuilder.chunkSize)
        let document = lines.shared
        lines = SourceLines([], padding: MarkdownReader.padding)
        let released = SectionTreeBuilder.build(raw, document: document)
        raw = Chunked()
        #expect(released.sections == expected.sections)
        #expect(released.preamble == expected.preamble)
        // Pages near the start were given back (they read as zeros now); the kept copy was not.
        document.string.utf8.withContiguousStorageIfAvailable { #expect($0[1 << 20] == 0) }
        kept.text.utf8.withContiguousStorageIfAvailable { #expect($0[1 << 20] != 0) }
    }
}
