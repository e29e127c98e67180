import Foundation

/// BM25F over two fields, the sentence (body) and its section title.
///
/// Per query leaf: `tf~ = wBody * tfBody / (1 - bBody + bBody * len / avgLen)
///                     + wTitle * tfTitle / (1 - bTitle + bTitle * titleLen / avgTitleLen)`
/// and the score adds `idf * tf~ / (k1 + tf~)`, with `idf = ln(1 + (N - df + 0.5) / (df + 0.5))`
/// from the body field (a phrase sums its words' idfs; see ``ScoringLeaf/idf``). Leaves under
/// `-` do not score.
struct BM25F {
    var k1 = 1.2
    var bodyWeight = 1.0
    var titleWeight = 2.5
    var bodyB = 0.75
    var titleB = 0.5

    static func idf(documentFrequency df: Int, documents n: Int) -> Double {
        log(1 + (Double(n) - Double(df) + 0.5) / (Double(df) + 0.5))
    }

    /// Scores for `candidates` (ascending), in the same order. Every leaf list is walked once
    /// alongside the candidates (galloping when it is much longer).
    func scores(_ candidates: [UInt32], leaves: [ScoringLeaf], index: PolicyIndex) -> [Double] {
        var scores = [Double](repeating: 0, count: candidates.count)
        guard !candidates.isEmpty else { return scores }
        let inverseBodyNorm = bodyNorms(index)
        index.docs.section.withUnsafeBufferPointer { sectionOf in
        index.docs.length.withUnsafeBufferPointer { lengthOf in
        candidates.withUnsafeBufferPointer { cand in
        scores.withUnsafeMutableBufferPointer { out in
        inverseBodyNorm.withUnsafeBufferPointer { invNorm in
            for leaf in leaves {
                leaf.list.docs.withUnsafeBufferPointer { docs in
                leaf.list.tfs.withUnsafeBufferPointer { tfs in
                    let gallop = docs.count > 8 * cand.count
                    let titled = leaf.titleSections
                    var j = 0, t = 0
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
                                ? titleContribution(leaf.matcher, section: Int(section), index: index) : 0
                        }
                        let hasBody = j < docs.count && docs[j] == doc
                        guard hasBody || titlePart > 0 else { continue }
                        let length = Int(lengthOf[Int(doc)])
                        let norm = length < invNorm.count ? invNorm[length] : inverseNorm(length, index)
                        let tf = (hasBody ? bodyWeight * Double(tfs[j]) * norm : 0) + titlePart
                        out[c] += leaf.idf * tf / (k1 + tf)
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

    /// `1 / (1 - b + b * len / avgLen)` for the common sentence lengths.
    private func bodyNorms(_ index: PolicyIndex) -> [Double] {
        (0..<256).map { inverseNorm($0, index) }
    }

    private func inverseNorm(_ length: Int, _ index: PolicyIndex) -> Double {
        1 / (1 - bodyB + bodyB * Double(length) / index.averageDocLength)
    }

    /// The weighted, normalised title term frequency of a leaf in one section's title.
    private func titleContribution(_ matcher: LeafMatcher, section: Int, index: PolicyIndex) -> Double {
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
    static func select(_ docs: [UInt32], _ scores: [Double], limit: Int) -> [(doc: UInt32, score: Double)] {
        func better(_ a: (doc: UInt32, score: Double), _ b: (doc: UInt32, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : a.doc < b.doc
        }
        guard limit > 0 else { return [] }
        if docs.count <= limit {
            return zip(docs, scores).map { (doc: $0, score: $1) }.sorted(by: better)
        }
        // A heap whose root is the worst kept pair.
        var heap: [(doc: UInt32, score: Double)] = []
        heap.reserveCapacity(limit)
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var worst = i
                if l < heap.count, better(heap[worst], heap[l]) { worst = l }
                if r < heap.count, better(heap[worst], heap[r]) { worst = r }
                if worst == i { return }
                heap.swapAt(i, worst)
                i = worst
            }
        }
        for (d, s) in zip(docs, scores) {
            let item = (doc: d, score: s)
            if heap.count < limit {
                heap.append(item)
                var i = heap.count - 1
                while i > 0 {
                    let parent = (i - 1) / 2
                    guard better(heap[parent], heap[i]) else { break }
                    heap.swapAt(parent, i)
                    i = parent
                }
            } else if better(item, heap[0]) {
                heap[0] = item
                siftDown(0)
            }
        }
        return heap.sorted(by: better)
    }
}
