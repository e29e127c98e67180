/// What a scoring leaf of a query matches, as surface term ids: used to count matches in
/// section titles and to mark matches in snippets.
enum LeafMatcher: Sendable {
    /// Any one of these words (a term or a prefix).
    case word(Set<UInt32>)
    /// Consecutive words, one set per position.
    case phrase([Set<UInt32>])

    /// Occurrences in a word sequence.
    func count(in words: ArraySlice<UInt32>) -> Int {
        switch self {
        case .word(let set):
            return words.reduce(0) { $0 + (set.contains($1) ? 1 : 0) }
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
    var list: PostingList
    var matcher: LeafMatcher
}
