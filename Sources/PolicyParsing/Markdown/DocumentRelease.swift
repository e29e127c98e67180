/// Lets a document's string go when few runs still point into it.
///
/// One run keeps the whole document alive. When the repairs have replaced most of it (HTML
/// blocks become text of their own), the runs left are copied into a string of their own, so
/// the document is not held beside the text that replaced it. While the section tree is built
/// from a long document, ``Progressive`` gives back the pages already read.
enum DocumentRelease {
    /// Moves the runs of `blocks` that point into `document` (of `size` bytes) to a string of
    /// their own when they hold less than a quarter of it; returns whether it did.
    @discardableResult
    static func releaseIfSparse(_ blocks: inout Chunked<RawBlock>, document: SharedText, size: Int) -> Bool {
        let held = heldBytes(blocks, in: document)
        guard held * 4 < size else { return false }
        _ = blocks.withChunks { move(&$0, from: 0, outOf: document, held: held) }
        return true
    }

    /// The bytes of the runs of `blocks` that point into `document`.
    static func heldBytes(_ blocks: some Sequence<RawBlock>, in document: SharedText) -> Int {
        var held = 0
        for block in blocks {
            for case .text(let run, _) in block.inlines where run.isPart(of: document) { held += run.utf8Count }
        }
        return held
    }

    /// Moves the runs of `arrays[first...]` that point into `document` (`held` bytes in all)
    /// into a string of their own, and returns it.
    static func move(_ arrays: inout [[RawBlock]], from first: Int, outOf document: SharedText, held: Int) -> SharedText {
        var copy = ""
        copy.reserveCapacity(held)
        var offsets: [Int] = []
        for blocks in arrays[first...] {
            for block in blocks {
                for case .text(let run, _) in block.inlines where run.isPart(of: document) {
                    offsets.append(copy.utf8.count)
                    copy += run.text
                }
            }
        }
        let shared = SharedText(copy)
        var next = 0
        for a in first..<arrays.count {
            for b in arrays[a].indices {
                for i in arrays[a][b].inlines.indices {
                    guard case .text(let run, let link) = arrays[a][b].inlines[i], run.isPart(of: document) else { continue }
                    arrays[a][b].inlines[i] = .text(InlineText(shared, offset: offsets[next], count: run.utf8Count).strong(run.isStrong), link: link)
                    next += 1
                }
            }
        }
        return shared
    }

    /// Gives back a long document's memory in steps while its leaves, in chunks, are read and
    /// freed in order: before a chunk is read, the pages of the document below the lowest byte
    /// any run of the chunks left points at go back to the system (``SharedText/releasePages(_:)``).
    /// The document then shrinks with the leaves left to read instead of living whole until the
    /// last one (for a 100 MB file of short sections, it was a third of the peak). For a caller
    /// that reads the chunks in order and says what it keeps of them (``step(before:keeping:)``).
    struct Progressive {
        private let document: SharedText
        /// Per chunk, the lowest offset a run of it or of a later chunk points at in the document.
        private let lowest: [Int]
        /// The bytes from the document's start already given back.
        private(set) var released = 0

        /// Nil for a document of one chunk (read at once: nothing to give back in steps).
        init?(_ document: SharedText, chunks: [[RawBlock]]) {
            guard chunks.count > 1 else { return nil }
            self.document = document
            var lowest = Array(repeating: document.string.utf8.count, count: chunks.count + 1)
            for c in chunks.indices.reversed() {
                lowest[c] = lowest[c + 1]
                for block in chunks[c] {
                    for case .text(let run, _) in block.inlines where run.isPart(of: document) {
                        lowest[c] = min(lowest[c], run.utf8Offset)
                    }
                }
            }
            self.lowest = lowest
        }

        /// The lowest offset a run of `block` points at in the document (`Int.max` for none).
        func lowestOffset(of block: RawBlock) -> Int {
            var lowest = Int.max
            for case .text(let run, _) in block.inlines where run.isPart(of: document) { lowest = min(lowest, run.utf8Offset) }
            return lowest
        }

        /// Called before `chunks[next]` is read, once every earlier chunk is freed, with the
        /// lowest offset that what the caller keeps from them reads; gives back at least a
        /// megabyte at a time.
        mutating func step(before next: Int, keeping kept: Int) {
            let end = min(lowest[next], kept)
            guard end - released >= 1 << 20 else { return }
            document.releasePages(released..<end)
            released = end
        }
    }
}
