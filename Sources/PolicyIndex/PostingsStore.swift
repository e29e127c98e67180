/// Every term's postings, flattened: documents with term frequencies, and word positions.
///
/// Term `t`'s doc stream is `docBytes[docStart[t]..<docStart[t + 1]]`: pairs of (gap from the
/// previous document, starting from 0; term frequency). Its position stream, in the same
/// document order, holds for each document `tf` values: the first position, then gaps.
struct PostingsStore: Sendable {
    let docBytes: [UInt8]
    let docStart: [Int]
    let posBytes: [UInt8]
    let posStart: [Int]
    let documentFrequency: [UInt32]

    var termCount: Int { documentFrequency.count }

    /// The documents holding term `t`, ascending, with term frequencies.
    func documents(of t: Int) -> PostingList {
        var list = PostingList()
        let df = Int(documentFrequency[t])
        guard df > 0 else { return list }
        list.docs.reserveCapacity(df)
        list.tfs.reserveCapacity(df)
        docBytes.withUnsafeBufferPointer { bytes in
            var offset = docStart[t]
            var doc: UInt32 = 0
            for _ in 0..<df {
                doc &+= VarInt.read(bytes, &offset)
                list.docs.append(doc)
                list.tfs.append(VarInt.read(bytes, &offset))
            }
        }
        return list
    }

    /// Calls `body(candidateIndex, position)` for every position of term `t` in the documents of
    /// `candidates` (ascending), in order.
    func positions(of t: Int, in candidates: [UInt32], _ body: (Int, UInt32) -> Void) {
        let df = Int(documentFrequency[t])
        guard df > 0, !candidates.isEmpty else { return }
        docBytes.withUnsafeBufferPointer { dbytes in
            posBytes.withUnsafeBufferPointer { pbytes in
                var dOffset = docStart[t], pOffset = posStart[t]
                var doc: UInt32 = 0
                var c = 0
                for _ in 0..<df {
                    doc &+= VarInt.read(dbytes, &dOffset)
                    let tf = Int(VarInt.read(dbytes, &dOffset))
                    while c < candidates.count, candidates[c] < doc { c += 1 }
                    if c == candidates.count { return }
                    if candidates[c] == doc {
                        var p: UInt32 = 0
                        for k in 0..<tf {
                            let v = VarInt.read(pbytes, &pOffset)
                            p = k == 0 ? v : p + v
                            body(c, p)
                        }
                    } else {
                        for _ in 0..<tf {
                            while pbytes[pOffset] >= 0x80 { pOffset += 1 }
                            pOffset += 1
                        }
                    }
                }
            }
        }
    }

    var byteCount: Int {
        docBytes.capacity + posBytes.capacity + docStart.capacity * 8 + posStart.capacity * 8 + documentFrequency.capacity * 4
    }
}

/// Ascending documents with a count per document (term frequency, or phrase occurrences).
struct PostingList: Sendable {
    var docs: [UInt32] = []
    var tfs: [UInt32] = []

    var count: Int { docs.count }

    /// The union of several lists, adding counts; merged pairwise, smallest first.
    static func union(_ lists: [PostingList]) -> PostingList {
        var work = lists.filter { $0.count > 0 }
        if work.isEmpty { return PostingList() }
        while work.count > 1 {
            var next: [PostingList] = []
            var i = 0
            while i + 1 < work.count {
                next.append(merge(work[i], work[i + 1]))
                i += 2
            }
            if i < work.count { next.append(work[i]) }
            work = next
        }
        return work[0]
    }

    static func merge(_ a: PostingList, _ b: PostingList) -> PostingList {
        var out = PostingList()
        out.docs.reserveCapacity(a.count + b.count)
        out.tfs.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            let x = a.docs[i], y = b.docs[j]
            if x < y { out.docs.append(x); out.tfs.append(a.tfs[i]); i += 1 }
            else if y < x { out.docs.append(y); out.tfs.append(b.tfs[j]); j += 1 }
            else { out.docs.append(x); out.tfs.append(a.tfs[i] + b.tfs[j]); i += 1; j += 1 }
        }
        while i < a.count { out.docs.append(a.docs[i]); out.tfs.append(a.tfs[i]); i += 1 }
        while j < b.count { out.docs.append(b.docs[j]); out.tfs.append(b.tfs[j]); j += 1 }
        return out
    }
}

/// Set operations on ascending document arrays.
enum DocSet {
    static func intersect(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var out: [UInt32] = []
        out.reserveCapacity(small.count)
        if small.count * 16 < large.count {
            var lo = 0
            for x in small {
                var hi = large.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if large[mid] < x { lo = mid + 1 } else { hi = mid }
                }
                if lo == large.count { break }
                if large[lo] == x { out.append(x) }
            }
            return out
        }
        var i = 0, j = 0
        while i < small.count, j < large.count {
            let x = small[i], y = large[j]
            if x < y { i += 1 } else if y < x { j += 1 } else { out.append(x); i += 1; j += 1 }
        }
        return out
    }

    static func union(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            let x = a[i], y = b[j]
            if x < y { out.append(x); i += 1 } else if y < x { out.append(y); j += 1 } else { out.append(x); i += 1; j += 1 }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }

    static func subtract(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(a.count)
        var j = 0
        for x in a {
            while j < b.count, b[j] < x { j += 1 }
            if j < b.count, b[j] == x { continue }
            out.append(x)
        }
        return out
    }
}
