import PolicyModel

extension PolicyIndex {
    /// The best `limit` sentences for a query string, best first (ties: policy order, then
    /// document order).
    public func search(_ query: String, limit: Int = 20) throws(QueryError) -> [Hit] {
        try search(Query.parse(query), limit: limit)
    }

    /// The best `limit` sentences for a parsed query.
    public func search(_ query: Query, limit: Int = 20) throws(QueryError) -> [Hit] {
        try search(query, limit: limit, exhaustive: false)
    }

    /// `exhaustive` scores every matching sentence instead of skipping document ranges whose
    /// score bound cannot reach the top `limit` (the result is the same; tests compare them).
    func search(_ query: Query, limit: Int, exhaustive: Bool, pruneAbove: Int = 8192) throws(QueryError) -> [Hit] {
        var evaluator = QueryEvaluator(index: self)
        let docs = try evaluator.evaluate(query.root)
        let top = BM25F().top(docs, leaves: evaluator.leaves, index: scoring, limit: limit,
                              exhaustive: exhaustive, pruneAbove: pruneAbove)
        var numbered: [Int: [NumberedSection]] = [:]
        return top.compactMap { makeHit(doc: $0.doc, score: $0.score, leaves: evaluator.leaves, numbered: &numbered) }
    }

    /// How many sentences match, without ranking.
    public func matchCount(_ query: Query) throws(QueryError) -> Int {
        var evaluator = QueryEvaluator(index: self)
        return try evaluator.evaluate(query.root, scoring: false).count
    }

    /// Matching sentences per policy id (policies without matches left out).
    public func matchCounts(_ query: Query) throws(QueryError) -> [String: Int] {
        var evaluator = QueryEvaluator(index: self)
        var counts: [String: Int] = [:]
        for doc in try evaluator.evaluate(query.root, scoring: false) {
            counts[policies[policyIndex(ofDoc: doc)].id, default: 0] += 1
        }
        return counts
    }

    /// Nil when the policy's text cannot be read, or does not hold the sentence (a text read
    /// back that is not the one indexed).
    private func makeHit(
        doc: UInt32, score: Double, leaves: [ScoringLeaf],
        numbered: inout [Int: [NumberedSection]]
    ) -> Hit? {
        let p = policyIndex(ofDoc: doc)
        let number = Int(sections.number[Int(docs.section[Int(doc)])])
        let blockIndex = Int(docs.block[Int(doc)]), sentenceIndex = Int(docs.sentence[Int(doc)])
        guard let policy = numbered[p] == nil ? self.text(of: p) : policies[p] else { return nil }
        if numbered[p] == nil { numbered[p] = policy.numberedSections }
        guard let all = numbered[p], all.indices.contains(number), all[number].blocks.indices.contains(blockIndex),
              all[number].blocks[blockIndex].sentences.indices.contains(sentenceIndex) else { return nil }
        let section = all[number]
        let location = section.location
        let block = section.blocks[blockIndex]
        let range = block.sentences[sentenceIndex]
        let text = block.text(of: range)
        let local = matchRanges(in: text, english: policy.language.code == "en", leaves: leaves)
        return Hit(
            policyIndex: p, policyID: policy.id, domain: policy.domain, sectionNumber: number,
            sectionPath: location.indexPath, titlePath: location.titlePath,
            blockIndex: blockIndex, sentenceIndex: sentenceIndex, range: range, text: text,
            matches: local.map { TextRange(start: $0.start + range.start, end: $0.end + range.start) },
            snippet: Snippet.make(sentence: text, matches: local), score: score)
    }

    /// Ranges in `sentence` of the words and phrases the scoring leaves match, merged.
    func matchRanges(in sentence: String, english: Bool, leaves: [ScoringLeaf]) -> [TextRange] {
        let tokens = Tokenizer.tokens(of: sentence)
        let ids: [UInt32?] = tokens.map { t in vocabulary.table.find(t.text, english: english).map(UInt32.init) }
        var ranges: [TextRange] = []
        for leaf in leaves {
            for (start, count) in leaf.matcher.spans(in: ids) {
                ranges.append(TextRange(start: tokens[start].range.start, end: tokens[start + count - 1].range.end))
            }
        }
        ranges.sort()
        var merged: [TextRange] = []
        for r in ranges {
            if let last = merged.last, r.start <= last.end {
                merged[merged.count - 1].end = max(last.end, r.end)
            } else {
                merged.append(r)
            }
        }
        return merged
    }
}
