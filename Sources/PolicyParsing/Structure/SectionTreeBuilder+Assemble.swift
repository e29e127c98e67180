import PolicyModel

extension SectionTreeBuilder {
    /// Gives each heading its level, in document order (see ``SectionTreeBuilder``).
    struct LevelRanker {
        private var base = 0
        private var ranks: [String: Int] = [:]
        private var numberedLevels: [Int: Int] = [:]

        mutating func level(of heading: Heading) -> Int {
            var level: Int
            if let markdown = heading.markdownLevel {
                level = markdown
                if let n = heading.numbering, n.scheme == .arabic, n.depth > 1,
                   let parent = numberedLevels[n.depth - 1], parent >= level {
                    level = parent + 1
                }
                base = level
                ranks = [:]
            } else {
                let key = "\(heading.style.rawValue)/\(heading.numbering.map { "\($0.scheme.rawValue)\($0.depth)" } ?? "-")"
                let rank = ranks[key] ?? (ranks.count + 1)
                ranks[key] = rank
                level = base + rank
            }
            if let n = heading.numbering { numberedLevels[n.depth] = level }
            return level
        }
    }

    /// Each heading's level and how many blocks and child sections it holds directly (at most:
    /// a body that converts to nothing is counted), and the same for the top (preamble, roots),
    /// so that every array of the tree is made at its size: appending one by one leaves up to
    /// half of each array's storage unused, a third of the model for a file of short sections.
    struct Shape {
        var levels: [Int32] = []
        var blockCounts: [Int32] = []
        var childCounts: [Int32] = []
        var preambleCount = 0
        var rootCount = 0

        /// Reads `items` without taking them (an initialiser's argument would be consumed).
        static func of(_ items: Chunked<Item>) -> Shape {
            var shape = Shape()
            shape.count(items)
            return shape
        }

        private mutating func count(_ items: Chunked<Item>) {
            var ranker = LevelRanker()
            // Open headings: their index in `levels` (the stack of sections `assemble` keeps).
            var open: [Int] = []
            for item in items {
                guard case .heading(let heading) = item else {
                    if let top = open.last { blockCounts[top] += 1 } else { preambleCount += 1 }
                    continue
                }
                let level = Int32(clamping: ranker.level(of: heading))
                while let top = open.last, levels[top] >= level { open.removeLast() }
                if let parent = open.last { childCounts[parent] += 1 } else { rootCount += 1 }
                open.append(levels.count)
                levels.append(level)
                blockCounts.append(0)
                childCounts.append(0)
            }
        }
    }

    /// Consumes `items`: each chunk is released once placed, so that neither a raw body's text
    /// nor the items' storage is held whole beside the tree.
    static func assemble(_ items: consuming Chunked<Item>) -> (preamble: [Block], sections: [Section]) {
        let shape = Shape.of(items)
        var preamble: [Block] = []
        preamble.reserveCapacity(shape.preambleCount)
        var roots: [Section] = []
        roots.reserveCapacity(shape.rootCount)
        var stack: [Section] = []
        var headings = 0

        func closeTop() {
            let done = stack.removeLast()
            if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
        }

        var chunks = items.takeChunks()
        for c in chunks.indices {
            let chunk = exchange(&chunks[c], with: [])
            for item in chunk {
                switch item {
                case .body(let raw, let built):
                    guard let block = BlockConverter.convert(raw, built: built) else { break }
                    if stack.isEmpty { preamble.append(block) } else { stack[stack.count - 1].blocks.append(block) }
                case .block(let block):
                    if stack.isEmpty { preamble.append(block) } else { stack[stack.count - 1].blocks.append(block) }
                case .heading(let heading):
                    let level = Int(shape.levels[headings])
                    while let top = stack.last, top.level >= level { _ = top; closeTop() }
                    var section = Section(title: heading.title, level: level, style: heading.style, line: heading.line)
                    section.blocks.reserveCapacity(Int(shape.blockCounts[headings]))
                    section.children.reserveCapacity(Int(shape.childCounts[headings]))
                    stack.append(section)
                    headings += 1
                }
            }
        }
        while !stack.isEmpty { closeTop() }
        return (preamble, roots)
    }
}
