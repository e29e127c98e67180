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
        let df = Int(documentFrequency[t])
        guard df > 0 else { return PostingList() }
        var tfs: [UInt32] = []
        let docs = [UInt32](unsafeUninitializedCapacity: df) { docsOut, docsCount in
            tfs = [UInt32](unsafeUninitializedCapacity: df) { tfsOut, tfsCount in
                docBytes.withUnsafeBufferPointer { bytes in
                    var offset = docStart[t]
                    var doc: UInt32 = 0
                    for k in 0..<df {
                        doc &+= VarInt.read(bytes, &offset)
                        docsOut[k] = doc
                        tfsOut[k] = VarInt.read(bytes, &offset)
                    }
                }
                tfsCount = df
            }
            docsCount = df
        }
        return PostingList(docs: docs, tfs: tfs)
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

    /// The union of several lists, adding counts: the two shortest are merged first, again and
    /// again, so a long list (a common word among its rare inflections) is copied once.
    static func union(_ lists: [PostingList]) -> PostingList {
        var work = lists.filter { $0.count > 0 }.sorted { $0.count > $1.count }
        while work.count > 1 {
            let merged = merge(work.removeLast(), work.removeLast())
            var lo = 0, hi = work.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if work[mid].count > merged.count { lo = mid + 1 } else { hi = mid }
            }
            work.insert(merged, at: lo)
        }
        return work.first ?? PostingList()
    }

    static func merge(_ a: PostingList, _ b: PostingList) -> PostingList {
        let capacity = a.count + b.count
        var tfs: [UInt32] = []
        let docs = [UInt32](unsafeUninitializedCapacity: capacity) { docsOut, docsCount in
            tfs = [UInt32](unsafeUninitializedCapacity: capacity) { tfsOut, tfsCount in
                a.docs.withUnsafeBufferPointer { ad in a.tfs.withUnsafeBufferPointer { at in
                b.docs.withUnsafeBufferPointer { bd in b.tfs.withUnsafeBufferPointer { bt in
                    var i = 0, j = 0, n = 0
                    while i < ad.count, j < bd.count {
                        let x = ad[i], y = bd[j]
                        if x < y { docsOut[n] = x; tfsOut[n] = at[i]; i += 1 }
                        else if y < x { docsOut[n] = y; tfsOut[n] = bt[j]; j += 1 }
                        else { docsOut[n] = x; tfsOut[n] = at[i] + bt[j]; i += 1; j += 1 }
                        n += 1
                    }
                    while i < ad.count { docsOut[n] = ad[i]; tfsOut[n] = at[i]; i += 1; n += 1 }
                    while j < bd.count { docsOut[n] = bd[j]; tfsOut[n] = bt[j]; j += 1; n += 1 }
                    tfsCount = n
                    docsCount = n
                } }
                } }
            }
        }
        return PostingList(docs: docs, tfs: tfs)
    }
}

/// Set operations on ascending document arrays.
enum DocSet {
    static func intersect(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return [UInt32](unsafeUninitializedCapacity: small.count) { out, count in
            small.withUnsafeBufferPointer { s in
            large.withUnsafeBufferPointer { l in
                var n = 0
                if s.count * 16 < l.count {
                    var j = 0
                    for x in s {
                        j = BM25F.lowerBound(l, x, from: j)
                        if j == l.count { break }
                        if l[j] == x { out[n] = x; n += 1 }
                    }
                } else {
                    var i = 0, j = 0
                    while i < s.count, j < l.count {
                        let x = s[i], y = l[j]
                        if x < y { i += 1 } else if y < x { j += 1 } else { out[n] = x; n += 1; i += 1; j += 1 }
                    }
                }
                count = n
            }
            }
        }
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
