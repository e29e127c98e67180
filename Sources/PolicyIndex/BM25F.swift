import Foundation

/// BM25F over two fields, the sentence (body) and its section title.
///
/// Per query leaf: `tf~ = wBody * tfBody / (1 - bBody + bBody * len / avgLen)
///                     + wTitle * tfTitle / (1 - bTitle + bTitle * titleLen / avgTitleLen)`
/// and the score adds `idf * tf~ / (k1 + tf~)`, with `idf = ln(1 + (N - df + 0.5) / (df + 0.5))`
/// from the body field (a phrase sums its words' idfs; see ``ScoringLeaf/idf``). Leaves under
/// `-` do not score.
/// What scoring reads from the index (arrays shared with it, not copied).
struct ScoringContext: Sendable {
    var docSection: [UInt32]
    var docLength: [UInt16]
    var sections: SectionColumns
    /// Section `s` holds documents `sectionFirstDoc[s]..<sectionFirstDoc[s + 1]`.
    var sectionFirstDoc: [UInt32]
    /// Section -> its title's ``SectionTitleCatalog`` key (`UInt32.max` for preambles).
    var sectionTitleKey: [UInt32]
    var titleKeyCount: Int
    var averageDocLength: Double
    var averageTitleLength: Double
    /// `1 / (1 - b + b * len / avgLen)` for sentence lengths below 256.
    var inverseBodyNorms: [Double]

    var docCount: Int { docSection.count }

    var byteCount: Int { sectionFirstDoc.capacity * 4 + sectionTitleKey.capacity * 4 + inverseBodyNorms.capacity * 8 }
}

struct BM25F {
    var k1 = 1.2
    var bodyWeight = 1.0
    var titleWeight = 2.5
    var bodyB = 0.75
    var titleB = 0.5

    static func idf(documentFrequency df: Int, documents n: Int) -> Double {
        log(1 + (Double(n) - Double(df) + 0.5) / (Double(df) + 0.5))
    }

    /// One leaf's share of a score: `tf~` from the body weight (0 when the body lacks the leaf)
    /// and the title weight. Scoring and the score bounds both go through here, so a bound
    /// computed from the same weights equals the score bit for bit.
    @inline(__always)
    func contribution(idf: Double, body: Double, title: Double) -> Double {
        let tf = body + title
        return idf * tf / (k1 + tf)
    }

    /// The body weight `wBody * tf / norm` of a term frequency in a sentence of `length` words.
    @inline(__always)
    func bodyWeight(tf: UInt32, length: Int, _ invNorm: UnsafeBufferPointer<Double>, _ index: ScoringContext) -> Double {
        let norm = length < invNorm.count ? invNorm[length] : inverseNorm(length, index)
        return bodyWeight * Double(tf) * norm
    }

    /// Per leaf, title weights by distinct title (``SectionTitleCatalog`` key), computed once
    /// each: titles repeat a lot, so this spares counting matches in every section's title.
    struct TitleWeights {
        /// Leaf `l`, title key `k` at `l * titles + k`; -1 until computed.
        private var weights: [Double]
        private let titles: Int

        init(leaves: Int, titles: Int) {
            self.titles = titles
            weights = Array(repeating: -1, count: leaves * titles)
        }

        @inline(__always)
        mutating func weight(_ leaf: Int, _ matcher: LeafMatcher, section: Int, scorer: BM25F, index: ScoringContext) -> Double {
            let key = Int(index.sectionTitleKey[section])
            guard key < titles else { return scorer.titleContribution(matcher, section: section, index: index) }
            let known = weights[leaf * titles + key]
            if known >= 0 { return known }
            let w = scorer.titleContribution(matcher, section: section, index: index)
            weights[leaf * titles + key] = w
            return w
        }
    }

    /// Scores for `candidates` (ascending), in the same order. Every leaf list is walked once
    /// alongside the candidates (galloping when it is much longer), starting at the first
    /// candidate, so a slice of the candidates costs only what it covers.
    func scores(_ candidates: ArraySlice<UInt32>, leaves: [ScoringLeaf], index: ScoringContext,
                titleWeights: inout TitleWeights) -> [Double] {
        var scores = [Double](repeating: 0, count: candidates.count)
        guard let first = candidates.first, let last = candidates.last else { return scores }
        index.docSection.withUnsafeBufferPointer { sectionOf in
        index.docLength.withUnsafeBufferPointer { lengthOf in
        candidates.withUnsafeBufferPointer { cand in
        scores.withUnsafeMutableBufferPointer { out in
        index.inverseBodyNorms.withUnsafeBufferPointer { invNorm in
            for (l, leaf) in leaves.enumerated() {
                leaf.list.docs.withUnsafeBufferPointer { docs in
                leaf.list.tfs.withUnsafeBufferPointer { tfs in
                leaf.titleSections.withUnsafeBufferPointer { titled in
                    var j = Self.lowerBound(docs, first, from: 0)
                    let covered = Self.lowerBound(docs, last &+ 1, from: j) - j
                    let gallop = covered > 8 * cand.count
                    var t = Self.lowerBound(titled, sectionOf[Int(first)], from: 0)
                    var lastSection = UInt32.max
                    var titlePart = 0.0
                    for c in 0..<cand.count {
                        let doc = cand[c]
                        if gallop {
                            j = Self.lowerBound(docs, doc, from: j)
                        } else {
                            while j < docs.count, docs[j] < doc { j += 1 }
                        }
                        let section = sectionOf[Int(doc)]
                        if section != lastSection {
                            lastSection = section
                            while t < titled.count, titled[t] < section { t += 1 }
                            titlePart = t < titled.count && titled[t] == section
                                ? titleWeights.weight(l, leaf.matcher, section: Int(section), scorer: self, index: index) : 0
                        }
                        let hasBody = j < docs.count && docs[j] == doc
                        guard hasBody || titlePart > 0 else { continue }
                        let body = hasBody ? bodyWeight(tf: tfs[j], length: Int(lengthOf[Int(doc)]), invNorm, index) : 0
                        out[c] += contribution(idf: leaf.idf, body: body, title: titlePart)
                    }
                }
                }
                }
            }
        }
        }
        }
        }
        }
        return scores
    }

    /// Per range of `1 << rangeShift` documents, the largest share any document there can get
    /// from the leaf: exact (a share some document gets, or 0), so a sum of them over a query's
    /// leaves bounds the range's scores without slack.
    /// With `only`, ranges where it is false are left at 0 (their postings are passed over).
    func rangeBounds(_ leaf: ScoringLeaf, index: ScoringContext, only: [Bool]? = nil) -> [Double] {
        let shift = Self.rangeShift
        var bounds = [Double](repeating: 0, count: (index.docCount >> shift) + 1)
        var weights = TitleWeights(leaves: 1, titles: index.titleKeyCount)
        index.docSection.withUnsafeBufferPointer { sectionOf in
        index.docLength.withUnsafeBufferPointer { lengthOf in
        index.inverseBodyNorms.withUnsafeBufferPointer { invNorm in
        leaf.list.docs.withUnsafeBufferPointer { docs in
        leaf.list.tfs.withUnsafeBufferPointer { tfs in
        leaf.titleSections.withUnsafeBufferPointer { titled in
        bounds.withUnsafeMutableBufferPointer { bounds in
            var t = 0
            var lastSection = UInt32.max
            var titlePart = 0.0
            for k in 0..<docs.count {
                let doc = Int(docs[k])
                if let only, !only[doc >> shift] { continue }
                let section = sectionOf[doc]
                if section != lastSection {
                    lastSection = section
                    while t < titled.count, titled[t] < section { t += 1 }
                    titlePart = t < titled.count && titled[t] == section
                        ? weights.weight(0, leaf.matcher, section: Int(section), scorer: self, index: index) : 0
                }
                let body = bodyWeight(tf: tfs[k], length: Int(lengthOf[doc]), invNorm, index)
                let share = contribution(idf: leaf.idf, body: body, title: titlePart)
                if share > bounds[doc >> shift] { bounds[doc >> shift] = share }
            }
            // Sentences of a titled section without the leaf in their body get the title alone.
            for s in titled {
                let lo = Int(index.sectionFirstDoc[Int(s)]), hi = Int(index.sectionFirstDoc[Int(s) + 1])
                guard lo < hi else { continue }
                let title = weights.weight(0, leaf.matcher, section: Int(s), scorer: self, index: index)
                guard title > 0 else { continue }
                let share = contribution(idf: leaf.idf, body: 0, title: title)
                for r in (lo >> shift)...((hi - 1) >> shift) where share > bounds[r] { bounds[r] = share }
            }
        }
        }
        }
        }
        }
        }
        }
        return bounds
    }

    /// The best `limit` candidates, best first (ties: lower document first), exactly as scoring
    /// every candidate and selecting would give.
    ///
    /// Each leaf's exact range bounds (``ScoringLeaf/rangeBounds``: precomputed by the index for
    /// the common words, computed here for the others) sum to a bound on every score in a range
    /// of 1,024 documents. Ranges are scored best bound first (then in document order) and the rest are
    /// skipped once no score there can enter the top `limit`: a bound below the `limit`-th score
    /// kept, or equal to it in a range after that entry's document (ties go to lower documents).
    /// `exhaustive` scores every candidate; `pruneAbove` is the candidate count from which
    /// ranges are bounded (tests lower it).
    func top(_ candidates: [UInt32], leaves: [ScoringLeaf], index: ScoringContext, limit: Int,
             exhaustive: Bool = false, pruneAbove: Int = 8192) -> [(doc: UInt32, score: Double)] {
        guard limit > 0, !candidates.isEmpty else { return [] }
        var titleWeights = TitleWeights(leaves: leaves.count, titles: index.titleKeyCount)
        // Bounds computed here cost a pass over the leaf's postings (about what scoring them
        // would): worth it only when they are not much longer than the candidates.
        let boundable = leaves.allSatisfy { $0.rangeBounds != nil || $0.list.count <= 2 * candidates.count }
        if exhaustive || leaves.isEmpty || !boundable || candidates.count <= pruneAbove || candidates.count / 4 <= limit {
            let all = scores(candidates[...], leaves: leaves, index: index, titleWeights: &titleWeights)
            return TopK.select(candidates, all, limit: limit)
        }
        let shift = Self.rangeShift
        let rangeCount = (index.docCount >> shift) + 1
        // Candidates of range r: candidates[rangeStart[r]..<rangeStart[r + 1]].
        var rangeStart = [Int](repeating: 0, count: rangeCount + 1)
        for d in candidates { rangeStart[Int(d >> shift) + 1] += 1 }
        for r in 0..<rangeCount { rangeStart[r + 1] += rangeStart[r] }
        var bound = [Double](repeating: 0, count: rangeCount)
        let occupied = (0..<rangeCount).map { rangeStart[$0] < rangeStart[$0 + 1] }
        for leaf in leaves {
            // Leaves the index did not precompute (rarer words, prefixes, phrases) get their
            // bounds now: one pass over their postings, for the ranges holding candidates.
            let b = leaf.rangeBounds ?? rangeBounds(leaf, index: index, only: occupied)
            for r in 0..<rangeCount { bound[r] += b[r] }
        }
        // Ranges best bound first, by an ascending sort key of the bound's leading bits inverted
        // (bounds are not negative, so their bit patterns order like them), then the range. The order only
        // affects how soon the heap fills: every skip below holds for the range on its own.
        let rangeBits = UInt64(64 - UInt64(rangeCount).leadingZeroBitCount)
        let low: UInt64 = (1 << rangeBits) - 1
        var order: [UInt64] = []
        order.reserveCapacity(rangeCount)
        for r in 0..<rangeCount where rangeStart[r] < rangeStart[r + 1] {
            order.append((~bound[r].bitPattern & ~low) | UInt64(r))
        }
        order.sort()
        var heap = TopK.Heap(limit: limit)
        for key in order {
            let r = Int(key & low)
            if heap.isFull {
                let worst = heap.worst
                if bound[r] < worst.score || (bound[r] == worst.score && UInt32(r << shift) > worst.doc) { continue }
            }
            let slice = candidates[rangeStart[r]..<rangeStart[r + 1]]
            let part = scores(slice, leaves: leaves, index: index, titleWeights: &titleWeights)
            for (d, s) in zip(slice, part) { heap.insert((doc: d, score: s)) }
        }
        return heap.sorted()
    }

    /// Ranges of `1 << rangeShift` documents bound scores in ``top(_:leaves:index:limit:exhaustive:)``.
    static let rangeShift = 8

    /// `1 / (1 - b + b * len / avgLen)` for sentence lengths below 256.
    func bodyNorms(averageDocLength: Double) -> [Double] {
        (0..<256).map { 1 / (1 - bodyB + bodyB * Double($0) / averageDocLength) }
    }


    private func inverseNorm(_ length: Int, _ index: ScoringContext) -> Double {
        1 / (1 - bodyB + bodyB * Double(length) / index.averageDocLength)
    }

    /// The weighted, normalised title term frequency of a leaf in one section's title.
    func titleContribution(_ matcher: LeafMatcher, section: Int, index: ScoringContext) -> Double {
        let title = index.sections.title(section)
        guard !title.isEmpty else { return 0 }
        let count = matcher.count(in: title)
        guard count > 0 else { return 0 }
        let norm = 1 - titleB + titleB * Double(title.count) / index.averageTitleLength
        return titleWeight * Double(count) / norm
    }

    /// The first index at or after `from` whose value is at least `value`.
    @inline(__always)
    static func lowerBound(_ a: UnsafeBufferPointer<UInt32>, _ value: UInt32, from: Int) -> Int {
        var step = 1, hi = from
        while hi < a.count, a[hi] < value { hi += step; step <<= 1 }
        var lo = hi - (step >> 1)
        if lo < from { lo = from }
        if hi > a.count { hi = a.count }
        while lo < hi {
            let mid = (lo + hi) >> 1
            if a[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// Picks the best `limit` (score, doc) pairs: higher score first, then lower document id.
enum TopK {
    @inline(__always)
    static func better(_ a: (doc: UInt32, score: Double), _ b: (doc: UInt32, score: Double)) -> Bool {
        a.score != b.score ? a.score > b.score : a.doc < b.doc
    }

    static func select(_ docs: [UInt32], _ scores: [Double], limit: Int) -> [(doc: UInt32, score: Double)] {
        guard limit > 0 else { return [] }
        if docs.count <= limit {
            return zip(docs, scores).map { (doc: $0, score: $1) }.sorted(by: better)
        }
        var heap = Heap(limit: limit)
        for (d, s) in zip(docs, scores) { heap.insert((doc: d, score: s)) }
        return heap.sorted()
    }

    /// The best `limit` pairs seen so far; the root is the worst kept pair.
    struct Heap {
        let limit: Int
        private var items: [(doc: UInt32, score: Double)] = []

        init(limit: Int) {
            self.limit = limit
            items.reserveCapacity(min(limit, 1 << 16))
        }

        var isFull: Bool { items.count >= limit }
        var worst: (doc: UInt32, score: Double) { items[0] }

        mutating func insert(_ item: (doc: UInt32, score: Double)) {
            if items.count < limit {
                items.append(item)
                var i = items.count - 1
                while i > 0 {
                    let parent = (i - 1) / 2
                    guard better(items[parent], items[i]) else { break }
                    items.swapAt(parent, i)
                    i = parent
                }
            } else if better(item, items[0]) {
                items[0] = item
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var worst = i
                    if l < items.count, better(items[worst], items[l]) { worst = l }
                    if r < items.count, better(items[worst], items[r]) { worst = r }
                    if worst == i { return }
                    items.swapAt(i, worst)
                    i = worst
                }
            }
        }

        func sorted() -> [(doc: UInt32, score: Double)] { items.sorted(by: better) }
    }
}
