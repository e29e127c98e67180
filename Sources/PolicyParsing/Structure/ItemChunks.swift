extension SectionTreeBuilder {
    /// A document's items in chunks of ``SectionTreeBuilder/chunkSize``: no array of them all is
    /// reserved up front or grown by doubling (which holds a copy and up to half again beside the
    /// items while it grows), and ``SectionTreeBuilder/assemble(_:)`` frees each chunk once read.
    struct ItemChunks: RandomAccessCollection {
        private(set) var chunks: [[Item]] = []
        private(set) var endIndex = 0

        var startIndex: Int { 0 }

        subscript(position: Int) -> Item {
            get { chunks[position / chunkSize][position % chunkSize] }
            set { chunks[position / chunkSize][position % chunkSize] = newValue }
        }

        /// The first chunk grows as an array does (most documents hold fewer items than a
        /// chunk); each later one is made at its full size.
        mutating func append(_ item: Item) {
            if chunks.isEmpty || chunks[chunks.count - 1].count == chunkSize {
                var chunk: [Item] = []
                if !chunks.isEmpty { chunk.reserveCapacity(chunkSize) }
                chunks.append(chunk)
            }
            chunks[chunks.count - 1].append(item)
            endIndex += 1
        }

        /// Takes the chunks out, in order, leaving no items.
        mutating func takeChunks() -> [[Item]] {
            defer { endIndex = 0 }
            return exchange(&chunks, with: [])
        }
    }
}
