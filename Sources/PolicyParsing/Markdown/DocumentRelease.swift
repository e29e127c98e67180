/// Lets a document's string go when few runs still point into it.
///
/// One run keeps the whole document alive. When the repairs have replaced most of it (HTML
/// blocks become text of their own), the runs left are copied into a string of their own, so
/// the document is not held beside the text that replaced it.
enum DocumentRelease {
    /// Moves the runs of `blocks` that point into `document` (of `size` bytes) to a string of
    /// their own when they hold less than a quarter of it; returns whether it did.
    @discardableResult
    static func releaseIfSparse(_ blocks: inout [RawBlock], document: SharedText, size: Int) -> Bool {
        var held = 0
        for block in blocks {
            for case .text(let run, _, _) in block.inlines where run.isPart(of: document) { held += run.utf8Count }
        }
        guard held * 4 < size else { return false }
        var copy = ""
        copy.reserveCapacity(held)
        var offsets: [Int] = []
        for block in blocks {
            for case .text(let run, _, _) in block.inlines where run.isPart(of: document) {
                offsets.append(copy.utf8.count)
                copy += run.text
            }
        }
        let shared = SharedText(copy)
        var next = 0
        for b in blocks.indices {
            for i in blocks[b].inlines.indices {
                guard case .text(let run, let strong, let link) = blocks[b].inlines[i], run.isPart(of: document) else { continue }
                blocks[b].inlines[i] = .text(InlineText(shared, offset: offsets[next], count: run.utf8Count), strong: strong, link: link)
                next += 1
            }
        }
        return true
    }
}
