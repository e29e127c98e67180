import Testing
import PolicyModel

@Suite("Section and block addresses")
struct SectionAddressTests {
    static func policy(preamble: [Block]) -> Policy {
        let child = Section(title: "Child", level: 2, style: .markdown, line: 5,
                            blocks: [Block(kind: .paragraph, text: "Child text", line: 6)])
        let root = Section(title: "Root", level: 1, style: .markdown, line: 3,
                           blocks: [Block(kind: .paragraph, text: "Root one", line: 4), Block(kind: .paragraph, text: "Root two", line: 4)],
                           children: [child])
        let last = Section(title: "Last", level: 1, style: .bold, line: 7)
        return Policy(id: "p", domain: nil, title: "T", archivedOn: nil, source: nil, file: "p.md", format: .markdown,
                      language: .undetermined, preamble: preamble, sections: [root, last])
    }

    @Test func numberedSectionsPutThePreambleAtNumberZero() {
        let p = Self.policy(preamble: [Block(kind: .paragraph, text: "Intro", line: 1)])
        let numbered = p.numberedSections
        #expect(numbered.map(\.location.number) == [0, 1, 2, 3])
        #expect(numbered.map(\.title) == [nil, "Root", "Child", "Last"])
        #expect(numbered.map(\.displayTitle) == ["(preamble)", "Root", "Child", "Last"])
        #expect(numbered[2].location.titlePath == ["Root", "Child"])
        #expect(numbered[2].location.indexPath == [0, 0])
        #expect(numbered[0].location == .preamble && numbered[0].location.isPreamble)
        #expect(numbered.flatMap(\.blocks).map(\.text) == p.allBlocks.map(\.text))
        // Each entry's location matches flattenedSections, so number n is index n.
        for (n, entry) in numbered.enumerated().dropFirst() { #expect(p.flattenedSections[n - 1].location == entry.location) }
    }

    @Test func visibleSectionsDropOnlyAnEmptyPreamble() {
        #expect(Self.policy(preamble: []).visibleSections.map(\.location.number) == [1, 2, 3])
        #expect(Self.policy(preamble: [Block(kind: .paragraph, text: "Intro", line: 1)]).visibleSections.map(\.location.number) == [0, 1, 2, 3])
        // The empty preamble still has number 0 in numberedSections, so numbers stay indices.
        #expect(Self.policy(preamble: []).numberedSections.first?.blocks.isEmpty == true)
    }

    @Test func blocksAreFoundByTheirAddress() {
        let p = Self.policy(preamble: [Block(kind: .paragraph, text: "Intro", line: 1)])
        #expect(p.block(at: BlockLocation(sectionNumber: 0, blockIndex: 0))?.text == "Intro")
        #expect(p.block(at: BlockLocation(sectionNumber: 1, blockIndex: 1))?.text == "Root two")
        #expect(p.block(at: BlockLocation(sectionNumber: 2, blockIndex: 0))?.text == "Child text")
        #expect(p.block(at: BlockLocation(sectionNumber: 3, blockIndex: 0)) == nil)
        #expect(p.block(at: BlockLocation(sectionNumber: 4, blockIndex: 0)) == nil)
        #expect(p.block(at: BlockLocation(sectionNumber: -1, blockIndex: 0)) == nil)
        #expect(p.blocks(inSection: 3) == [])
        #expect(p.blocks(inSection: 9) == nil)
        #expect(BlockLocation(sectionNumber: 1, blockIndex: 5) < BlockLocation(sectionNumber: 2, blockIndex: 0))
    }

    @Test func pathsAreWrittenInOnePlace() {
        #expect(SectionPath.label([]) == "(preamble)")
        #expect(SectionPath.label(["Privacy", "Cookies"]) == "Privacy › Cookies")
        #expect(SectionPath.joined([]) == "")
        #expect(SectionPath.display([]) == ["(preamble)"])
        #expect(SectionPath.display(["A"]) == ["A"])
        #expect(SectionLocation.preamble.label == "(preamble)")
        #expect(SectionLocation(number: 2, indexPath: [0, 0], titlePath: ["Root", "Child"]).label == "Root › Child")
    }
}
