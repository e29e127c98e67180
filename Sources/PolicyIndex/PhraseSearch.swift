/// Finds the documents where a phrase's words occur consecutively.
///
/// The words' document lists are intersected first (with the caller's bound, when there is
/// one), and positions are read only for the documents left.
struct PhraseSearch {
    let postings: PostingsStore

    /// Per phrase word: its surfaces' documents, merged (for the word's document frequency).
    func wordLists(_ sets: [[UInt32]]) -> [PostingList] {
        sets.map { s in PostingList.union(s.map { postings.documents(of: Int($0)) }) }
    }

    /// Documents in `within` (all when nil) holding the phrase, with occurrence counts.
    func matches(_ sets: [[UInt32]], lists: [PostingList], within: [UInt32]?) -> PostingList {
        guard sets.allSatisfy({ !$0.isEmpty }) else { return PostingList() }
        var order = lists.indices.sorted { lists[$0].count < lists[$1].count }
        var candidates: [UInt32]
        if let within {
            candidates = within
        } else {
            candidates = lists[order.removeFirst()].docs
        }
        for k in order where !candidates.isEmpty { candidates = DocSet.intersect(candidates, lists[k].docs) }
        guard !candidates.isEmpty else { return PostingList() }
        // Every word's positions, flattened: word w, candidate c holds
        // pos[start[w * (C + 1) + c]..<start[w * (C + 1) + c + 1]].
        let stride = candidates.count + 1
        var start: [Int] = []
        var pos: [UInt32] = []
        start.reserveCapacity(stride * sets.count)
        for set in sets { appendPositions(of: set, in: candidates, start: &start, pos: &pos) }
        var out = PostingList()
        let words = sets.count
        var cursor = [Int](repeating: 0, count: words)
        start.withUnsafeBufferPointer { start in
        pos.withUnsafeBufferPointer { pos in
        cursor.withUnsafeMutableBufferPointer { cursor in
            for c in 0..<candidates.count {
                for w in 1..<words { cursor[w] = start[w * stride + c] }
                var count: UInt32 = 0
                for k in start[c]..<start[c + 1] {
                    let p = pos[k]
                    var ok = true
                    for w in 1..<words {
                        let end = start[w * stride + c + 1], target = p + UInt32(w)
                        var m = cursor[w]
                        while m < end, pos[m] < target { m += 1 }
                        cursor[w] = m
                        if m == end || pos[m] != target { ok = false; break }
                    }
                    if ok { count += 1 }
                }
                if count > 0 {
                    out.docs.append(candidates[c])
                    out.tfs.append(count)
                }
            }
        }
        }
        }
        return out
    }

    /// Appends, for each candidate, the positions of any of `surfaces` in it (ascending), and
    /// the running offsets into `pos`: `candidates.count + 1` of them.
    private func appendPositions(of surfaces: [UInt32], in candidates: [UInt32], start: inout [Int], pos: inout [UInt32]) {
        let base = start.count
        start.append(contentsOf: repeatElement(0, count: candidates.count + 1))
        let before = pos.count
        if surfaces.count == 1 {
            postings.positions(of: Int(surfaces[0]), in: candidates) { c, p in
                pos.append(p)
                start[base + c + 1] += 1
            }
        } else {
            var pairs: [UInt64] = []
            for s in surfaces {
                postings.positions(of: Int(s), in: candidates) { c, p in pairs.append(UInt64(c) << 32 | UInt64(p)) }
            }
            pairs.sort()
            pos.reserveCapacity(pos.count + pairs.count)
            for pair in pairs {
                start[base + Int(pair >> 32) + 1] += 1
                pos.append(UInt32(truncatingIfNeeded: pair))
            }
        }
        start[base] = before
        for c in 0..<candidates.count { start[base + c + 1] += start[base + c] }
    }
}
