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
        /// One heading's level and direct contents, in 12 bytes.
        struct Entry {
            var level: Int32
            var blocks: Int32 = 0
            var children: Int32 = 0
        }

        /// Per heading, in document order; `assemble` frees them behind it.
        var headings = Chunked<Entry>()
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
            // Open headings: their index in `headings` (the stack of sections `assemble` keeps).
            var open: [Int] = []
            for item in items {
                guard case .heading(let heading) = item else {
                    let count: Int32 = if case .blocks(let run) = item { Int32(run.count) } else { 1 }
                    if let top = open.last { headings[top].blocks += count } else { preambleCount += Int(count) }
                    continue
                }
                let level = Int32(clamping: ranker.level(of: heading))
                while let top = open.last, headings[top].level >= level { open.removeLast() }
                if let parent = open.last { headings[parent].children += 1 } else { rootCount += 1 }
                open.append(headings.count)
                headings.append(Entry(level: level))
            }
        }
    }

    /// Consumes `items`: each chunk is released once placed, so that neither a raw body's text
    /// nor the items' storage is held whole beside the tree.
    static func assemble(_ items: consuming Chunked<Item>) -> (preamble: [Block], sections: [Section]) {
        var shape = Shape.of(items)
        var preamble: [Block] = []
        var roots: [Section] = []
        roots.reserveCapacity(shape.rootCount)
        var stack: [Section] = []
        // For each open section, the blocks the shape counted for it.
        var expected: [Int] = []
        var headings = 0

        /// Places `run` in the open section (or the preamble): the first run becomes its array
        /// when it is all the section holds, else the array is made at the counted size.
        func place(_ run: [Block]) {
            func put(_ blocks: inout [Block], expected: Int) {
                if blocks.capacity == 0 {
                    if run.count == expected {
                        blocks = run
                        return
                    }
                    blocks.reserveCapacity(expected)
                }
                blocks.append(contentsOf: run)
            }
            if stack.isEmpty { put(&preamble, expected: shape.preambleCount) } else { put(&stack[stack.count - 1].blocks, expected: expected[expected.count - 1]) }
        }

        func closeTop() {
            let done = stack.removeLast()
            expected.removeLast()
            if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
        }

        var chunks = items.takeChunks()
        // Freed memory goes back to the system every so often (see `Trimming`).
        var placed = 0
        for c in chunks.indices {
            var chunk = exchange(&chunks[c], with: [])
            for k in chunk.indices {
                // Each item is released once placed (a run of blocks, once copied).
                let item = exchange(&chunk[k], with: .blocks([]))
                placed += 1
                if case .blocks(let run) = item { placed += run.count }
                if placed >= 1 << 15 {
                    Trimming.giveBackFreedMemory()
                    placed = 0
                }
                switch item {
                case .body(let raw, let built):
                    guard let block = BlockConverter.convert(raw, built: built) else { break }
                    place([block])
                case .block(let block):
                    place([block])
                case .blocks(let run):
                    place(run)
                case .heading(let heading):
                    shape.headings.freeChunks(below: headings)
                    let entry = shape.headings[headings]
                    let level = Int(entry.level)
                    while let top = stack.last, top.level >= level { _ = top; closeTop() }
                    // Reserved in place: a copy left behind would share the arrays, and the first
                    // append would copy them into storage grown by doubling.
                    stack.append(Section(title: heading.title, level: level, style: heading.style, line: heading.line))
                    stack[stack.count - 1].children.reserveCapacity(Int(entry.children))
                    expected.append(Int(entry.blocks))
                    headings += 1
                }
            }
        }
        while !stack.isEmpty { closeTop() }
        return (preamble, roots)
    }
}
