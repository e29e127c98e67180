import Foundation

/// Scores how well a typed string matches a folded title, for section jumps.
///
/// Tiers, best first: the same words; the title starts with the query; the query appears in
/// the title at a word start; anywhere; every query word is a prefix of, or within one or two
/// edits of, some title word (typos); the query's characters appear in order (initialisms
/// such as `dr` for "data retention"). Within a tier, shorter titles rank higher.
enum FuzzyMatcher {
    /// A score above 0 for a match, nil for none.
    static func score(query: String, queryWords: [String], key: String, words: [String]) -> Double? {
        guard !query.isEmpty else { return nil }
        let lengthPenalty = Double(key.count) / 1000
        if key == query { return 100 }
        if key.hasPrefix(query) { return 90 - lengthPenalty }
        if let range = key.range(of: query) {
            let atWordStart = range.lowerBound == key.startIndex || key[key.index(before: range.lowerBound)] == " "
            return (atWordStart ? 80 : 70) - lengthPenalty
        }
        if !queryWords.isEmpty {
            var total = 0
            var all = true
            for q in queryWords {
                var best = Int.max
                for w in words {
                    if w.hasPrefix(q) { best = 0; break }
                    let limit = q.count >= 7 ? 2 : (q.count >= 4 ? 1 : 0)
                    if limit > 0 {
                        let d = editDistance(q, w, limit: limit)
                        if d <= limit { best = min(best, d) }
                    }
                }
                if best == Int.max { all = false; break }
                total += best
            }
            if all { return 60 - Double(total) * 5 - lengthPenalty }
        }
        let compactQuery = query.filter { $0 != " " }
        if let gaps = subsequenceGaps(compactQuery, in: key, words: words) {
            return max(1, 40 - Double(gaps) - lengthPenalty)
        }
        return nil
    }

    /// Characters skipped when matching `query` in order inside `key`, where each matched
    /// character either follows the previous match or starts a word (so `dr` finds "data
    /// retention" but scattered letters do not count); nil when there is no such match.
    private static func subsequenceGaps(_ query: String, in key: String, words: [String]) -> Int? {
        let q = Array(query), k = Array(key)
        guard !q.isEmpty, q.count <= k.count else { return nil }
        var i = 0, gaps = 0, lastMatch = -1
        for (j, c) in k.enumerated() where i < q.count && c == q[i] {
            let wordStart = j == 0 || k[j - 1] == " "
            guard wordStart || j == lastMatch + 1 else { continue }
            if lastMatch >= 0 { gaps += j - lastMatch - 1 }
            lastMatch = j
            i += 1
        }
        return i == q.count ? gaps : nil
    }

    /// Levenshtein distance, or `limit + 1` once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
