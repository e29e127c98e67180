/// Which sections' titles hold each term: lets scoring find the few sections whose title
/// matches a leaf instead of checking every candidate's title.
struct TitlePostings: Sendable {
    /// Term `t`'s sections (ascending, each once) are `sections[start[t]..<start[t + 1]]`.
    private let start: [UInt32]
    private let sections: [UInt32]

    init(_ columns: SectionColumns, termCount: Int) {
        var counts = [UInt32](repeating: 0, count: termCount + 1)
        /// Each term of section `s`'s title once: a scan of the words before it for a title of
        /// a few words (no set to allocate), a set for a long one.
        func forEachDistinctTerm(_ s: Int, _ body: (UInt32) -> Void) {
            let title = columns.title(s)
            guard title.count <= 32 else { return Set(title).forEach(body) }
            for i in title.indices where !title[title.startIndex..<i].contains(title[i]) { body(title[i]) }
        }
        for s in 0..<columns.count {
            forEachDistinctTerm(s) { counts[Int($0) + 1] += 1 }
        }
        for t in 0..<termCount { counts[t + 1] += counts[t] }
        var fill = counts
        var sections = [UInt32](repeating: 0, count: Int(counts[termCount]))
        for s in 0..<columns.count {
            forEachDistinctTerm(s) { t in
                sections[Int(fill[Int(t)])] = UInt32(s)
                fill[Int(t)] += 1
            }
        }
        start = counts
        self.sections = sections
    }

    /// Sections whose title holds any of `terms`, ascending.
    func sections(any terms: [UInt32]) -> [UInt32] {
        if terms.count == 1 { return Array(list(terms[0])) }
        var out: [UInt32] = []
        for t in terms { out.append(contentsOf: list(t)) }
        out.sort()
        var kept = 0
        for k in out.indices where kept == 0 || out[k] != out[kept - 1] {
            out[kept] = out[k]
            kept += 1
        }
        out.removeLast(out.count - kept)
        return out
    }

    /// Sections whose title holds, for every set, one of its terms, ascending.
    func sections(all sets: [[UInt32]]) -> [UInt32] {
        guard var out = sets.first.map(sections(any:)) else { return [] }
        for set in sets.dropFirst() where !out.isEmpty { out = DocSet.intersect(out, sections(any: set)) }
        return out
    }

    private func list(_ t: UInt32) -> ArraySlice<UInt32> {
        guard Int(t) + 1 < start.count else { return [] }
        return sections[Int(start[Int(t)])..<Int(start[Int(t) + 1])]
    }

    var byteCount: Int { start.capacity * 4 + sections.capacity * 4 }
}
