import Synchronization

/// The largest English stem groups' scoring leaves: which groups qualify is decided when the
/// index is made (cheap: their sizes), and each group's surfaces are merged and its range
/// bounds computed on the first query that needs it, then kept. An index read back from a store
/// thus starts without decoding every common word's postings, and holds only those asked for.
final class StemGroupLeaves: Sendable {
    /// One qualifying group: its English surfaces and, once asked for, its leaf.
    private final class Slot: Sendable {
        let ids: [UInt32]
        let leaf = Mutex<PrecomputedLeaf?>(nil)

        init(ids: [UInt32]) { self.ids = ids }
    }

    private let slots: [String: Slot]
    private let postings: PostingsStore
    private let titlePostings: TitlePostings
    private let scoring: ScoringContext
    private let termCount: Int

    init(
        groups: [(stem: String, ids: [UInt32])], postings: PostingsStore, titlePostings: TitlePostings,
        scoring: ScoringContext, termCount: Int
    ) {
        var slots: [String: Slot] = [:]
        for group in groups { slots[group.stem] = Slot(ids: group.ids) }
        self.slots = slots
        self.postings = postings
        self.titlePostings = titlePostings
        self.scoring = scoring
        self.termCount = termCount
    }

    /// The stems that qualify.
    var stems: [String] { Array(slots.keys) }

    /// The leaf of `stem`'s group, merged now if no query asked for it before; nil when the
    /// group does not qualify.
    func leaf(_ stem: String) -> PrecomputedLeaf? {
        guard let slot = slots[stem] else { return nil }
        return slot.leaf.withLock { leaf in
            if let leaf { return leaf }
            let made = make(slot.ids)
            leaf = made
            return made
        }
    }

    private func make(_ ids: [UInt32]) -> PrecomputedLeaf {
        let list = PostingList.union(ids.map { postings.documents(of: Int($0)) })
        var leaf = ScoringLeaf(
            list: list, matcher: .word(TermSet(ids, termCount: termCount)),
            idf: BM25F.idf(documentFrequency: list.count, documents: scoring.docCount),
            titleSections: titlePostings.sections(any: ids))
        leaf.rangeBounds = BM25F().rangeBounds(leaf, index: scoring)
        return PrecomputedLeaf(leaf: leaf)
    }

    /// Bytes held by the leaves made so far (and the table of stems).
    var byteCount: Int {
        slots.reduce(0) { total, entry in
            total + entry.key.utf8.count + 48 + entry.value.ids.capacity * 4
                + (entry.value.leaf.withLock { $0?.byteCount } ?? 0)
        }
    }
}
