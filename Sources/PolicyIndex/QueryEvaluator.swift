/// Runs a query tree over the index, producing the matching documents and the scoring leaves.
///
/// AND intersects its plain positive parts (smallest first), narrows by filters, then checks
/// phrases and subtracts exclusions only within what is left, so filters are only turned into
/// document lists when nothing else bounds them. At the root, a phrase's scoring leaf keeps only
/// the documents inside that bound: every candidate lies in it, so scores do not change.
struct QueryEvaluator {
    let index: PolicyIndex
    let stemmer: SnowballStemmer?
    private(set) var leaves: [ScoringLeaf] = []

    init(index: PolicyIndex) {
        self.index = index
        stemmer = SnowballStemmer()
    }

    mutating func evaluate(_ node: QueryNode, scoring: Bool = true) throws(QueryError) -> [UInt32] {
        try evaluate(node, scoring: scoring, root: true)
    }

    private mutating func evaluate(_ node: QueryNode, scoring: Bool, root: Bool) throws(QueryError) -> [UInt32] {
        switch node {
        case .term(let word):
            let surfaces = index.vocabulary.surfaces(term: word, stemmer: stemmer)
            if let stemmer, let known = index.stemGroups.leaf(stemmer.stem(word)) {
                guard let other = index.vocabulary.table.find(word, english: false) else {
                    if scoring { leaves.append(known.leaf) }
                    return known.leaf.list.docs
                }
                // The word's non-English form joins the merged English surfaces.
                let list = PostingList.merge(known.leaf.list, index.postings.documents(of: other))
                return leaf(surfaces, list: list, scoring: scoring)
            }
            if let stemmer, var list = index.mergedStemGroups.list(stemmer.stem(word)) {
                if let other = index.vocabulary.table.find(word, english: false) {
                    list = PostingList.merge(list, index.postings.documents(of: other))
                }
                return leaf(surfaces, list: list, scoring: scoring)
            }
            return leaf(surfaces, scoring: scoring)
        case .prefix(let prefix):
            return leaf(index.vocabulary.surfaces(prefix: prefix), scoring: scoring)
        case .phrase(let words):
            return phrase(words, within: nil, scoring: scoring)
        case .filter(let filter):
            return try materialize(filter)
        case .not(let inner):
            return DocSet.subtract(allDocs(), try evaluate(inner, scoring: false, root: false))
        case .any(let options):
            var out: [UInt32] = []
            for option in options { out = DocSet.union(out, try evaluate(option, scoring: scoring, root: false)) }
            return out
        case .all(let parts):
            return try conjunction(parts, scoring: scoring, root: root)
        }
    }

    private mutating func conjunction(_ parts: [QueryNode], scoring: Bool, root: Bool) throws(QueryError) -> [UInt32] {
        var plain: [[UInt32]] = []
        var phrases: [[PhraseWord]] = []
        var filters: [QueryFilter] = []
        var exclusions: [QueryNode] = []
        for part in parts {
            switch part {
            case .filter(let f): filters.append(f)
            case .not(let inner): exclusions.append(inner)
            case .phrase(let words) where root && words.count > 1: phrases.append(words)
            default: plain.append(try evaluate(part, scoring: scoring, root: false))
            }
        }
        var result: [UInt32]?
        if !plain.isEmpty {
            plain.sort { $0.count < $1.count }
            var docs = plain[0]
            for p in plain.dropFirst() where !docs.isEmpty { docs = DocSet.intersect(docs, p) }
            result = docs
        }
        if result == nil, !phrases.isEmpty, !filters.isEmpty { result = try materialize(filters.removeFirst()) }
        if var docs = result {
            for f in filters where !docs.isEmpty { docs = try restrict(docs, f) }
            filters = []
            result = docs
        }
        for words in phrases where result?.isEmpty != true {
            result = phrase(words, within: result, scoring: scoring)
        }
        var docs: [UInt32]
        if let result {
            docs = result
        } else {
            docs = filters.isEmpty ? allDocs() : try materialize(filters.removeFirst())
        }
        for f in filters where !docs.isEmpty { docs = try restrict(docs, f) }
        for e in exclusions where !docs.isEmpty {
            let excluded: [UInt32]
            if case .phrase(let words) = e {
                excluded = phrase(words, within: docs, scoring: false)
            } else {
                excluded = try evaluate(e, scoring: false, root: false)
            }
            docs = DocSet.subtract(docs, excluded)
        }
        return docs
    }

    private mutating func leaf(_ surfaces: [UInt32], list given: PostingList? = nil, scoring: Bool) -> [UInt32] {
        let list = given ?? PostingList.union(surfaces.map { index.postings.documents(of: Int($0)) })
        if scoring {
            leaves.append(ScoringLeaf(
                list: list, matcher: .word(TermSet(surfaces, termCount: index.termCount)),
                idf: BM25F.idf(documentFrequency: list.count, documents: index.docs.count),
                titleSections: index.titlePostings.sections(any: surfaces)))
        }
        return list.docs
    }

    /// Documents (within `within`, when given) where the words occur consecutively.
    private mutating func phrase(_ words: [PhraseWord], within: [UInt32]?, scoring: Bool) -> [UInt32] {
        let sets = words.map { word -> [UInt32] in
            switch word {
            case .exact(let w): index.vocabulary.surfaces(exact: w)
            case .prefix(let p): index.vocabulary.surfaces(prefix: p)
            }
        }
        if sets.count == 1 {
            let docs = leaf(sets[0], scoring: scoring)
            return within.map { DocSet.intersect(docs, $0) } ?? docs
        }
        let search = PhraseSearch(postings: index.postings)
        let frequencies = search.documentFrequencies(words, sets)
        let list = search.matches(sets, frequencies: frequencies, within: within)
        if scoring {
            let idf = frequencies.reduce(0.0) { $0 + BM25F.idf(documentFrequency: $1, documents: index.docs.count) }
            leaves.append(ScoringLeaf(
                list: list, matcher: .phrase(sets.map { TermSet($0, termCount: index.termCount) }), idf: idf,
                titleSections: index.titlePostings.sections(all: sets)))
        }
        return list.docs
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
        // Policy by policy: each policy's documents are one run of `docs`, found by galloping
        // and copied (or passed over) whole.
        return [UInt32](unsafeUninitializedCapacity: docs.count) { out, count in
            docs.withUnsafeBufferPointer { d in
            index.policyDocStart.withUnsafeBufferPointer { start in
                var n = 0, j = 0, p = 0
                while j < d.count {
                    while start[p + 1] <= d[j] { p += 1 }
                    let k = BM25F.lowerBound(d, start[p + 1], from: j)
                    if allowed[p] {
                        for x in j..<k { out[n] = d[x]; n += 1 }
                    }
                    j = k
                }
                count = n
            }
            }
        }
    }

    /// Which policies a policy-level filter lets through.
    private func policyMask(_ filter: QueryFilter) -> [Bool] {
        switch filter {
        case .category:
            return Array(repeating: true, count: index.policies.count)
        case .domain(let domain):
            let pattern = DomainPattern(domain)
            return index.policyDomains.map(pattern.matches)
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
