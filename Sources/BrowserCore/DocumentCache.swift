/// The last few policies opened, with their text and its wrapping, so going back to one
/// (`k` after `j`, a second `:` jump) skips rebuilding them. Wrapping is kept per width.
struct DocumentCache: Sendable {
    static let limit = 6

    private var entries: [(policy: Int, document: Document, layouts: [TextLayout])] = []

    /// Keeps a policy's document and layout, most recent last, dropping the oldest.
    mutating func put(_ policy: Int, _ document: Document, _ layout: TextLayout) {
        var layouts = [layout]
        if let i = entries.firstIndex(where: { $0.policy == policy }) {
            layouts += entries.remove(at: i).layouts.filter { $0.width != layout.width }.prefix(2)
        }
        entries.append((policy, document, layouts))
        if entries.count > Self.limit { entries.removeFirst() }
    }

    /// Forgets a policy's document (its highlights arrived, so it must be built again).
    mutating func remove(_ policy: Int) {
        entries.removeAll { $0.policy == policy }
    }

    /// A kept document and, when one was made for `width`, its layout.
    func get(_ policy: Int, width: Int) -> (Document, TextLayout?)? {
        guard let e = entries.last(where: { $0.policy == policy }) else { return nil }
        return (e.document, e.layouts.first { $0.width == width })
    }
}
