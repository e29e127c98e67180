import Foundation
import Testing
import PolicyModel

/// The model's values are packed (a 100 MB file of short sections must parse within 3x its
/// size, issue 15): these sizes are that budget, and the packing must not change what they hold.
@Suite("Compact model")
struct CompactModelTests {
    @Test func valuesKeepTheirPackedSizes() {
        #expect(MemoryLayout<TextRange>.stride == 8)
        #expect(MemoryLayout<TableCell>.stride == 12)
        #expect(MemoryLayout<Link>.stride == 24)
        #expect(MemoryLayout<Block>.stride == 48)
        #expect(MemoryLayout<Section>.stride == 40)
    }

    @Test func everyBlockKindAndLineComesBack() {
        let kinds: [BlockKind] = [.paragraph, .quote, .code, .tableRow(header: true), .tableRow(header: false),
                                  .listItem(depth: 1, ordered: false), .listItem(depth: 7, ordered: true),
                                  .listItem(depth: 0xFF_FFFF, ordered: true)]
        for (n, kind) in kinds.enumerated() {
            var block = Block(kind: kind, text: "x", line: 4_000_000_000 + n)
            #expect(block.kind == kind)
            #expect(block.line == 4_000_000_000 + n)
            block.kind = .paragraph
            block.line = 3
            #expect(block.kind == .paragraph && block.line == 3)
        }
        var section = Section(title: "T", level: 9, style: .numbered, line: 12)
        section.level += 1
        section.line = 99
        #expect(section.level == 10 && section.line == 99 && section.style == .numbered)
        var range = TextRange(start: 2, end: 5)
        range.end = 9
        #expect(range == TextRange(start: 2, end: 9) && range.count == 7 && TextRange(start: 1, end: 1).isEmpty)
        #expect(TextRange(start: 1, end: 3) < TextRange(start: 1, end: 4) && TextRange(start: 0, end: 9) < TextRange(start: 1, end: 2))
    }

    /// JSON keeps the keys and values the synthesised coding wrote before the packing.
    @Test func jsonCodingIsUnchanged() throws {
        let block = Block(kind: .tableRow(header: false), text: "a | b", links: [Link(range: TextRange(start: 0, end: 1), url: "u")],
                          sentences: [TextRange(start: 0, end: 5)], line: 7, cells: [TableCell(column: 3, range: TextRange(start: 4, end: 5))])
        let section = Section(title: "S", level: 2, style: .bold, line: 6, blocks: [block])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(section), as: UTF8.self)
        #expect(json == #"{"blocks":[{"cells":[{"column":3,"range":{"end":5,"start":4}}],"kind":{"tableRow":{"header":false}},"line":7,"#
            + #""links":[{"range":{"end":1,"start":0},"url":"u"}],"sentences":[{"end":5,"start":0}],"text":"a | b"}],"#
            + #""children":[],"level":2,"line":6,"style":"bold","title":"S"}"#)
        #expect(try JSONDecoder().decode(Section.self, from: Data(json.utf8)) == section)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TextRange.self, from: Data(#"{"start":-1,"end":2}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TextRange.self, from: Data(#"{"start":3,"end":2}"#.utf8)) }
    }
}
