/// Finds the documents where a phrase's words occur consecutively.
///
/// The candidates are the caller's bound, or else the documents of the word with the fewest;
/// positions are read (skipping blocks of postings) only for the candidates, and a candidate
/// lacking a word simply has no positions for it.
struct PhraseSearch {
    let postings: PostingsStore

    /// Per phrase word, its document frequency: a sum over its surfaces when they cannot share
    /// a document (a word's English and non-English forms live in different policies), else
    /// the count of the merged lists.
    func documentFrequencies(_ words: [PhraseWord], _ sets: [[UInt32]]) -> [Int] {
        zip(words, sets).map { word, set in
            if case .exact = word {
                return set.reduce(0) { $0 + Int(postings.documentFrequency[Int($1)]) }
            }
            return set.count == 1 ? Int(postings.documentFrequency[Int(set[0])])
                : PostingList.union(set.map { postings.documents(of: Int($0)) }).count
        }
    }

    /// Documents in `within` (all when nil) holding the phrase, with occurrence counts.
    func matches(_ sets: [[UInt32]], frequencies: [Int], within: [UInt32]?) -> PostingList {
        guard sets.allSatisfy({ !$0.isEmpty }) else { return PostingList() }
        let candidates: [UInt32]
        if let within {
            candidates = within
        } else {
            let rarest = frequencies.indices.min { frequencies[$0] < frequencies[$1] }!
            candidates = PostingList.union(sets[rarest].map { postings.documents(of: Int($0)) }).docs
        }
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
