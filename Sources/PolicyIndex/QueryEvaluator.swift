/// Runs a query tree over the index, producing the matching documents and the scoring leaves.
///
/// AND intersects its positive parts (smallest first), then narrows by filters and subtracts
/// exclusions, so filters are only turned into document lists when nothing else bounds them.
struct QueryEvaluator {
    let index: PolicyIndex
    let stemmer: SnowballStemmer?
    private(set) var leaves: [ScoringLeaf] = []

    init(index: PolicyIndex) {
        self.index = index
        stemmer = SnowballStemmer()
    }

    mutating func evaluate(_ node: QueryNode, scoring: Bool = true) throws(QueryError) -> [UInt32] {
        switch node {
        case .term(let word):
            return leaf(index.vocabulary.surfaces(term: word, stemmer: stemmer), scoring: scoring)
        case .prefix(let prefix):
            return leaf(index.vocabulary.surfaces(prefix: prefix), scoring: scoring)
        case .phrase(let words):
            let sets = words.map { word -> [UInt32] in
                switch word {
                case .exact(let w): index.vocabulary.surfaces(exact: w)
                case .prefix(let p): index.vocabulary.surfaces(prefix: p)
                }
            }
            if sets.count == 1 { return leaf(sets[0], scoring: scoring) }
            let list = phrase(sets)
            if scoring { leaves.append(ScoringLeaf(list: list, matcher: .phrase(sets.map(Set.init)))) }
            return list.docs
        case .filter(let filter):
            return try materialize(filter)
        case .not(let inner):
            return DocSet.subtract(allDocs(), try evaluate(inner, scoring: false))
        case .any(let options):
            var out: [UInt32] = []
            for option in options { out = DocSet.union(out, try evaluate(option, scoring: scoring)) }
            return out
        case .all(let parts):
            var positives: [[UInt32]] = []
            var filters: [QueryFilter] = []
            var exclusions: [QueryNode] = []
            for part in parts {
                switch part {
                case .filter(let f): filters.append(f)
                case .not(let inner): exclusions.append(inner)
                default: positives.append(try evaluate(part, scoring: scoring))
                }
            }
            var result: [UInt32]
            if positives.isEmpty {
                if filters.isEmpty { result = allDocs() } else { result = try materialize(filters.removeFirst()) }
            } else {
                positives.sort { $0.count < $1.count }
                result = positives[0]
                for p in positives.dropFirst() where !result.isEmpty { result = DocSet.intersect(result, p) }
            }
            for f in filters where !result.isEmpty { result = try restrict(result, f) }
            for e in exclusions where !result.isEmpty { result = DocSet.subtract(result, try evaluate(e, scoring: false)) }
            return result
        }
    }

    private mutating func leaf(_ surfaces: [UInt32], scoring: Bool) -> [UInt32] {
        let list = PostingList.union(surfaces.map { index.postings.documents(of: Int($0)) })
        if scoring { leaves.append(ScoringLeaf(list: list, matcher: .word(Set(surfaces)))) }
        return list.docs
    }

    /// Documents where the words occur consecutively, with occurrence counts.
    private func phrase(_ sets: [[UInt32]]) -> PostingList {
        guard sets.allSatisfy({ !$0.isEmpty }) else { return PostingList() }
        let lists = sets.map { s in PostingList.union(s.map { index.postings.documents(of: Int($0)) }).docs }
        var candidates = lists.min { $0.count < $1.count } ?? []
        for l in lists where !candidates.isEmpty { candidates = DocSet.intersect(candidates, l) }
        guard !candidates.isEmpty else { return PostingList() }
        // Per phrase word: positions grouped by candidate, as (start offsets, positions).
        var grouped: [(start: [Int], pos: [UInt32])] = []
        for surfaces in sets {
            var pairs: [UInt64] = []
            for s in surfaces {
                index.postings.positions(of: Int(s), in: candidates) { c, p in pairs.append(UInt64(c) << 32 | UInt64(p)) }
            }
            if surfaces.count > 1 { pairs.sort() }
            var start = [Int](repeating: 0, count: candidates.count + 1)
            for pair in pairs { start[Int(pair >> 32) + 1] += 1 }
            for c in 0..<candidates.count { start[c + 1] += start[c] }
            grouped.append((start, pairs.map { UInt32(truncatingIfNeeded: $0) }))
        }
        var out = PostingList()
        for c in 0..<candidates.count {
            var count: UInt32 = 0
            let first = grouped[0]
            for k in first.start[c]..<first.start[c + 1] {
                let p = first.pos[k]
                var ok = true
                for w in 1..<grouped.count {
                    let g = grouped[w]
                    let target = p + UInt32(w)
                    var found = false
                    for m in g.start[c]..<g.start[c + 1] where g.pos[m] >= target {
                        found = g.pos[m] == target
                        break
                    }
                    if !found { ok = false; break }
                }
                if ok { count += 1 }
            }
            if count > 0 {
                out.docs.append(candidates[c])
                out.tfs.append(count)
            }
        }
        return out
    }

    private func allDocs() -> [UInt32] {
        Array(0..<UInt32(index.docs.count))
    }

    /// The filter as an ascending document list.
    private func materialize(_ filter: QueryFilter) throws(QueryError) -> [UInt32] {
        if case .category(let name) = filter { return try categoryDocs(name) }
        let allowed = policyMask(filter)
        var out: [UInt32] = []
        for p in allowed.indices where allowed[p] {
            out.append(contentsOf: index.policyDocStart[p]..<index.policyDocStart[p + 1])
        }
        return out
    }

    /// `docs` narrowed by the filter.
    private func restrict(_ docs: [UInt32], _ filter: QueryFilter) throws(QueryError) -> [UInt32] {
        if case .category(let name) = filter { return DocSet.intersect(docs, try categoryDocs(name)) }
        let allowed = policyMask(filter)
        var out: [UInt32] = []
        var p = 0
        for d in docs {
            while index.policyDocStart[p + 1] <= d { p += 1 }
            if allowed[p] { out.append(d) }
        }
        return out
    }

    /// Which policies a policy-level filter lets through.
    private func policyMask(_ filter: QueryFilter) -> [Bool] {
        switch filter {
        case .category:
            return Array(repeating: true, count: index.policies.count)
        case .domain(let domain):
            return index.policyDomains.map { $0 == domain || $0.hasSuffix("." + domain) }
        case .year(let from, let through):
            return index.policyYears.map { $0 >= from && $0 <= through }
        case .answer(let question, let value):
            var mask = Array(repeating: false, count: index.policies.count)
            for p in index.answers[question]?[value] ?? [] { mask[Int(p)] = true }
            return mask
        }
    }

    /// Documents labelled with the category: an exact label (case and punctuation folded), or
    /// every label whose words start with each of the alias's words (`retention`, `third party`).
    private func categoryDocs(_ name: String) throws(QueryError) -> [UInt32] {
        let wanted = Tokenizer.words(of: name)
        let labels = index.categoryLabels
        let folded = labels.map { Tokenizer.words(of: $0) }
        var chosen = labels.indices.filter { folded[$0] == wanted }
        if chosen.isEmpty {
            chosen = labels.indices.filter { k in
                !wanted.isEmpty && wanted.allSatisfy { w in folded[k].contains { $0.hasPrefix(w) } }
            }
        }
        guard !chosen.isEmpty else { throw .unknownCategory(name, known: labels) }
        return chosen.reduce([UInt32]()) { DocSet.union($0, index.categoryDocs[labels[$1]] ?? []) }
    }
}
