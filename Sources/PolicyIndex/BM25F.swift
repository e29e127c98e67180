import Foundation

/// BM25F over two fields, the sentence (body) and its section title.
///
/// Per query leaf: `tf~ = wBody * tfBody / (1 - bBody + bBody * len / avgLen)
///                     + wTitle * tfTitle / (1 - bTitle + bTitle * titleLen / avgTitleLen)`
/// and the score adds `idf * tf~ / (k1 + tf~)`, with `idf = ln(1 + (N - df + 0.5) / (df + 0.5))`
/// from the body field. Leaves under `-` do not score.
struct BM25F {
    var k1 = 1.2
    var bodyWeight = 1.0
    var titleWeight = 2.5
    var bodyB = 0.75
    var titleB = 0.5

    /// Scores for `candidates` (ascending), in the same order.
    func scores(_ candidates: [UInt32], leaves: [ScoringLeaf], index: PolicyIndex) -> [Double] {
        var scores = [Double](repeating: 0, count: candidates.count)
        let n = Double(index.docs.count)
        for leaf in leaves {
            let df = Double(leaf.list.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            var j = 0
            var lastSection = UInt32.max
            var titleTF = 0.0, titleNorm = 1.0
            for (c, doc) in candidates.enumerated() {
                while j < leaf.list.count, leaf.list.docs[j] < doc { j += 1 }
                let bodyTF = j < leaf.list.count && leaf.list.docs[j] == doc ? Double(leaf.list.tfs[j]) : 0
                let section = index.docs.section[Int(doc)]
                if section != lastSection {
                    lastSection = section
                    let title = index.sections.title(Int(section))
                    titleTF = title.isEmpty ? 0 : Double(leaf.matcher.count(in: title))
                    titleNorm = 1 - titleB + titleB * Double(title.count) / index.averageTitleLength
                }
                guard bodyTF > 0 || titleTF > 0 else { continue }
                let bodyNorm = 1 - bodyB + bodyB * Double(index.docs.length[Int(doc)]) / index.averageDocLength
                let tf = bodyWeight * bodyTF / bodyNorm + titleWeight * titleTF / titleNorm
                scores[c] += idf * tf / (k1 + tf)
            }
        }
        return scores
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
