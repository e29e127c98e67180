/// A section's own blocks with its address; the preamble is the section numbered 0.
public struct NumberedSection: Sendable {
    public var location: SectionLocation
    /// The heading (nil for the preamble).
    public var title: String?
    /// The section's own blocks, before its first child section.
    public var blocks: [Block]

    /// The heading as readers see it: the title, or `(preamble)`.
    public var displayTitle: String { title ?? SectionPath.preambleLabel }
}

extension Policy {
    /// Every section in document order, with its location (the preamble is not among them).
    public var flattenedSections: [(location: SectionLocation, section: Section)] {
        var out: [(SectionLocation, Section)] = []
        var stack: [(section: Section, indexPath: [Int], titles: [String])] = sections.enumerated()
            .reversed().map { ($0.element, [$0.offset], [$0.element.title]) }
        while let (section, indexPath, titles) = stack.popLast() {
            out.append((SectionLocation(number: out.count + 1, indexPath: indexPath, titlePath: titles), section))
            for (i, child) in section.children.enumerated().reversed() {
                stack.append((child, indexPath + [i], titles + [child.title]))
            }
        }
        return out.map { (location: $0.0, section: $0.1) }
    }

    /// The preamble (number 0) and then every section in document order, each with its own
    /// blocks: what walks over a policy's text by section use. Index `n` holds section `n`.
    public var numberedSections: [NumberedSection] {
        [NumberedSection(location: .preamble, title: nil, blocks: preamble)]
            + flattenedSections.map { NumberedSection(location: $0.location, title: $0.section.title, blocks: $0.section.blocks) }
    }

    /// ``numberedSections`` without the preamble when it has no blocks: the sections a reader sees.
    public var visibleSections: [NumberedSection] {
        let all = numberedSections
        return preamble.isEmpty ? Array(all.dropFirst()) : all
    }

    /// The own blocks of section `number` (0 is the preamble), nil when there is no such section.
    public func blocks(inSection number: Int) -> [Block]? {
        if number == 0 { return preamble }
        let flat = flattenedSections
        return flat.indices.contains(number - 1) ? flat[number - 1].section.blocks : nil
    }

    /// The block at `location`, nil when the policy has no such block.
    public func block(at location: BlockLocation) -> Block? {
        guard let blocks = blocks(inSection: location.sectionNumber), blocks.indices.contains(location.blockIndex) else {
            return nil
        }
        return blocks[location.blockIndex]
    }
}
