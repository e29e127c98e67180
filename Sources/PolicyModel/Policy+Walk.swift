extension Policy {
    /// The section at a child-index path, if there is one.
    public func section(at indexPath: [Int]) -> Section? {
        guard let first = indexPath.first, sections.indices.contains(first) else { return nil }
        var current = sections[first]
        for i in indexPath.dropFirst() {
            guard current.children.indices.contains(i) else { return nil }
            current = current.children[i]
        }
        return current
    }

    /// The number of sections at every depth.
    public var sectionCount: Int {
        sections.reduce(0) { $0 + $1.subtreeCount }
    }

    /// Every block in document order: the preamble, then each section's own blocks.
    public var allBlocks: [Block] {
        numberedSections.flatMap(\.blocks)
    }

    /// Words of body text (white-space separated runs holding a letter or digit).
    public var wordCount: Int {
        allBlocks.reduce(0) { $0 + $1.text.wordCount }
    }
}

extension Section {
    /// This section and all its descendants.
    public var subtreeCount: Int {
        1 + children.reduce(0) { $0 + $1.subtreeCount }
    }
}

extension String {
    /// White-space separated runs that hold at least one letter or digit.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        var wordHasAlnum = false
        for scalar in unicodeScalars {
            if scalar.isSpaceFast {
                if inWord && wordHasAlnum { count += 1 }
                inWord = false
                wordHasAlnum = false
            } else {
                inWord = true
                if !wordHasAlnum && scalar.isAlphanumericFast { wordHasAlnum = true }
            }
        }
        if inWord && wordHasAlnum { count += 1 }
        return count
    }
}
