/// What a scoring leaf of a query matches, as surface term ids: used to count matches in
/// section titles and to mark matches in snippets.
enum LeafMatcher: Sendable {
    /// Any one of these words (a term or a prefix).
    case word(TermSet)
    /// Consecutive words, one set per position.
    case phrase([TermSet])

    /// Occurrences in a word sequence.
    func count(in words: ArraySlice<UInt32>) -> Int {
        switch self {
        case .word(let set):
            var n = 0
            for k in words.indices where set.contains(words[k]) { n += 1 }
            return n
        case .phrase(let sets):
            guard words.count >= sets.count else { return 0 }
            var n = 0
            let base = words.startIndex
            for start in base...(words.endIndex - sets.count) {
                var ok = true
                for (k, set) in sets.enumerated() where !set.contains(words[start + k]) { ok = false; break }
                if ok { n += 1 }
            }
            return n
        }
    }

    /// Index ranges (start, word count) of matches in a word sequence (nil ids never match).
    func spans(in words: [UInt32?]) -> [(Int, Int)] {
        switch self {
        case .word(let set):
            return words.indices.compactMap { i in words[i].map(set.contains) == true ? (i, 1) : nil }
        case .phrase(let sets):
            guard words.count >= sets.count else { return [] }
            var out: [(Int, Int)] = []
            for start in 0...(words.count - sets.count) {
                var ok = true
                for (k, set) in sets.enumerated() where !(words[start + k].map(set.contains) ?? false) { ok = false; break }
                if ok { out.append((start, sets.count)) }
            }
            return out
        }
    }
}

/// The result of one query leaf that counts towards the score.
struct ScoringLeaf {
    /// Matching documents with occurrence counts; for a phrase inside an AND, only the
    /// documents the AND's other parts left (enough for scoring, which never looks further).
    var list: PostingList
    var matcher: LeafMatcher
    /// Inverse document frequency: of the word (its surfaces together) for a term or prefix,
    /// and the sum over its words for a phrase (as Lucene does), so a phrase needs no exact
    /// document count over the whole index.
    var idf: Double
    /// Sections whose title holds the leaf's words (for a phrase: all of them, in any order),
    /// ascending: only these can add a title score.
    var titleSections: [UInt32]
    /// Exact per-range bounds of the leaf's score share (see ``BM25F/rangeBounds(_:index:)``),
    /// when the index precomputed them for this leaf.
    var rangeBounds: [Double]? = nil
}

/// A scoring leaf the index built ahead of time (a common stem group), reused by queries.
struct PrecomputedLeaf: @unchecked Sendable {
    var leaf: ScoringLeaf

    var byteCount: Int {
        leaf.list.docs.capacity * 4 + leaf.list.tfs.capacity * 4 + leaf.titleSections.capacity * 4
            + (leaf.rangeBounds?.capacity ?? 0) * 8
    }
}
