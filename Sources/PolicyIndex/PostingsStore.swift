import Foundation

/// Every term's postings, flattened: documents with term frequencies, and word positions.
///
/// Term `t`'s doc stream is `docBytes[docStart[t]..<docStart[t + 1]]`: pairs of (gap from the
/// previous document, starting from 0; term frequency). Its position stream, in the same
/// document order, holds for each document `tf` values: the first position, then gaps.
///
/// Terms with more than ``skipInterval`` documents also have skips: per block of that many
/// postings, the block's last document and where the block starts in both streams, so reading
/// positions for a few candidate documents jumps over the blocks holding none of them.
struct PostingsStore: Sendable {
    let docBytes: ByteBlock
    let docStart: [Int]
    let posBytes: ByteBlock
    let posStart: [Int]
    let documentFrequency: [UInt32]
    /// Term `t`'s blocks are `skipStart[t]..<skipStart[t + 1]` (none for short lists).
    let skipStart: [UInt32]
    let skipLastDoc: [UInt32]
    let skipDocOffset: [UInt32]
    let skipPosOffset: [UInt32]

    static let skipInterval = 128

    init(docBytes: [UInt8], docStart: [Int], posBytes: [UInt8], posStart: [Int], documentFrequency: [UInt32]) {
        self.docBytes = ByteBlock(docBytes)
        self.docStart = docStart
        self.posBytes = ByteBlock(posBytes)
        self.posStart = posStart
        self.documentFrequency = documentFrequency
        // Skips, built on parallel tasks over two halves of the terms.
        let termCount = documentFrequency.count
        let interval = Self.skipInterval
        var skipStart = [UInt32](repeating: 0, count: termCount + 1)
        for t in 0..<termCount {
            let df = Int(documentFrequency[t])
            skipStart[t + 1] = skipStart[t] + UInt32(df > interval ? (df + interval - 1) / interval : 0)
        }
        let blocks = Int(skipStart[termCount])
        var lastDoc = [UInt32](repeating: 0, count: blocks)
        var docOffset = [UInt32](repeating: 0, count: blocks)
        var posOffset = [UInt32](repeating: 0, count: blocks)
        let starts = skipStart
        lastDoc.withUnsafeMutableBufferPointer { lastDoc in
        docOffset.withUnsafeMutableBufferPointer { docOffset in
        posOffset.withUnsafeMutableBufferPointer { posOffset in
        docBytes.withUnsafeBufferPointer { dbytes in
        posBytes.withUnsafeBufferPointer { pbytes in
            nonisolated(unsafe) let out = (lastDoc, docOffset, posOffset)
            nonisolated(unsafe) let dbytes = dbytes, pbytes = pbytes
            let parts = 4
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                for t in stride(from: part, to: termCount, by: parts) where starts[t + 1] > starts[t] {
                    var dOff = docStart[t], pOff = posStart[t]
                    var doc: UInt32 = 0
                    var b = Int(starts[t])
                    let df = Int(documentFrequency[t])
                    for k in 0..<df {
                        if k % interval == 0 {
                            out.1[b] = UInt32(dOff)
                            out.2[b] = UInt32(pOff)
                        }
                        doc &+= VarInt.read(dbytes, &dOff)
                        let tf = VarInt.read(dbytes, &dOff)
                        for _ in 0..<tf {
                            while pbytes[pOff] >= 0x80 { pOff += 1 }
                            pOff += 1
                        }
                        if k % interval == interval - 1 || k == df - 1 {
                            out.0[b] = doc
                            b += 1
                        }
                    }
                }
            }
        }
        }
        }
        }
        }
        self.skipStart = skipStart
        skipLastDoc = lastDoc
        skipDocOffset = docOffset
        skipPosOffset = posOffset
    }

    /// The postings with their skips as saved (``PolicyIndex/encoded()``).
    init(docBytes: ByteBlock, docStart: [Int], posBytes: ByteBlock, posStart: [Int], documentFrequency: [UInt32],
         skipStart: [UInt32], skipLastDoc: [UInt32], skipDocOffset: [UInt32], skipPosOffset: [UInt32]) {
        self.docBytes = docBytes
        self.docStart = docStart
        self.posBytes = posBytes
        self.posStart = posStart
        self.documentFrequency = documentFrequency
        self.skipStart = skipStart
        self.skipLastDoc = skipLastDoc
        self.skipDocOffset = skipDocOffset
        self.skipPosOffset = skipPosOffset
    }

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
    /// `candidates` (ascending), in order. Blocks of postings before the next candidate are
    /// skipped whole.
    func positions(of t: Int, in candidates: [UInt32], _ body: (Int, UInt32) -> Void) {
        let df = Int(documentFrequency[t])
        guard df > 0, !candidates.isEmpty else { return }
        let interval = Self.skipInterval
        let firstBlock = Int(skipStart[t]), endBlock = Int(skipStart[t + 1])
        docBytes.withUnsafeBufferPointer { dbytes in
        posBytes.withUnsafeBufferPointer { pbytes in
        skipLastDoc.withUnsafeBufferPointer { lastDoc in
            var dOff = docStart[t], pOff = posStart[t]
            var doc: UInt32 = 0
            var c = 0
            var k = 0
            while k < df {
                let target = candidates[c]
                if endBlock > firstBlock {
                    let block = firstBlock + k / interval
                    if lastDoc[block] < target {
                        // Jump to the first block that can hold the target.
                        var lo = block + 1, hi = endBlock
                        while lo < hi {
                            let mid = (lo + hi) >> 1
                            if lastDoc[mid] < target { lo = mid + 1 } else { hi = mid }
                        }
                        if lo == endBlock { return }
                        k = (lo - firstBlock) * interval
                        doc = lastDoc[lo - 1]
                        dOff = Int(skipDocOffset[lo])
                        pOff = Int(skipPosOffset[lo])
                    }
                }
                doc &+= VarInt.read(dbytes, &dOff)
                let tf = Int(VarInt.read(dbytes, &dOff))
                k += 1
                while c < candidates.count, candidates[c] < doc { c += 1 }
                if c == candidates.count { return }
                if candidates[c] == doc {
                    var p: UInt32 = 0
                    for j in 0..<tf {
                        let v = VarInt.read(pbytes, &pOff)
                        p = j == 0 ? v : p + v
                        body(c, p)
                    }
                } else {
                    for _ in 0..<tf {
                        while pbytes[pOff] >= 0x80 { pOff += 1 }
                        pOff += 1
                    }
                }
            }
        }
        }
        }
    }

    var byteCount: Int {
        docBytes.capacity + posBytes.capacity + docStart.capacity * 8 + posStart.capacity * 8 + documentFrequency.capacity * 4
            + skipStart.capacity * 4 + skipLastDoc.capacity * 4 + skipDocOffset.capacity * 4 + skipPosOffset.capacity * 4
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

/// Stem groups' postings merged across their surfaces and encoded like a term's doc stream
/// (gap, term frequency), with the merged document count.
struct MergedStemGroups: Sendable {
    let bytes: ByteBlock
    let entries: [String: Entry]

    /// The groups as saved (``PolicyIndex/encoded()``): copied, or where a head file maps them.
    init(bytes: ByteBlock, entries: [String: Entry]) {
        self.bytes = bytes
        self.entries = entries
    }

    struct Entry: Sendable {
        var start: Int
        var count: Int
    }

    init(_ groups: [(stem: String, ids: [UInt32])], _ postings: PostingsStore) {
        let work = groups
        let lists = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: work.count)
        lists.initialize(repeating: [])
        defer { lists.deinitialize(); lists.deallocate() }
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: work.count)
        counts.initialize(repeating: 0)
        defer { counts.deallocate() }
        nonisolated(unsafe) let out = (lists, counts)
        DispatchQueue.concurrentPerform(iterations: work.count) { k in
            let list = PostingList.union(work[k].ids.map { postings.documents(of: Int($0)) })
            var encoded: [UInt8] = []
            encoded.reserveCapacity(list.count * 2)
            var previous: UInt32 = 0
            for (d, tf) in zip(list.docs, list.tfs) {
                VarInt.append(d - previous, to: &encoded)
                VarInt.append(tf, to: &encoded)
                previous = d
            }
            out.0[k] = encoded
            out.1[k] = list.count
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var entries: [String: Entry] = [:]
        for k in 0..<work.count {
            entries[work[k].stem] = Entry(start: bytes.count, count: counts[k])
            bytes.append(contentsOf: lists[k])
        }
        self.bytes = ByteBlock(bytes)
        self.entries = entries
    }

    /// The merged postings of the group with this stem, if kept.
    func list(_ stem: String) -> PostingList? {
        guard let entry = entries[stem] else { return nil }
        let n = entry.count
        var tfs: [UInt32] = []
        let docs = [UInt32](unsafeUninitializedCapacity: n) { docsOut, docsCount in
            tfs = [UInt32](unsafeUninitializedCapacity: n) { tfsOut, tfsCount in
                bytes.withUnsafeBufferPointer { bytes in
                    var offset = entry.start
                    var doc: UInt32 = 0
                    for k in 0..<n {
                        doc &+= VarInt.read(bytes, &offset)
                        docsOut[k] = doc
                        tfsOut[k] = VarInt.read(bytes, &offset)
                    }
                }
                tfsCount = n
            }
            docsCount = n
        }
        return PostingList(docs: docs, tfs: tfs)
    }

    /// Groups kept.
    var count: Int { entries.count }

    var byteCount: Int { bytes.capacity + entries.reduce(entries.capacity * 48) { $0 + $1.key.utf8.count } }
}
