import PolicyModel

/// The index of a run of consecutive policies, built on one task; ``IndexMerger`` joins chunks.
///
/// Documents are sentences, numbered from 0 within the chunk in policy then document order.
/// Postings are stored per local term in two byte streams: the doc stream holds, per document,
/// the gap from the previous document (the first document is kept aside in ``firstDoc``, so the
/// merger can rebase it) and the term frequency; the position stream holds, per document, the
/// first position and then gaps, all as ``VarInt``s.
struct Chunk: Sendable {
    var terms = TermTable()
    var firstDoc: [UInt32] = []
    var lastDoc: [UInt32] = []
    var documentFrequency: [UInt32] = []
    var docStreamEnd: [UInt32] = []
    var posStreamEnd: [UInt32] = []
    var docStream: [UInt8] = []
    var posStream: [UInt8] = []

    var docs = DocumentColumns()
    var sections = SectionColumns()
    /// Per policy of the chunk: documents and sections it holds.
    var policyDocCounts: [Int] = []
    var policySectionCounts: [Int] = []
    /// (category label, local doc) pairs from the annotations.
    var categoryLabels: [(String, UInt32)] = []
    var textBytes = 0

    static func build(_ policies: ArraySlice<Policy>, annotations: [String: IndexAnnotations]) -> Chunk {
        var chunk = Chunk()
        var tokenizer = Tokenizer()
        var tokTerm: [UInt32] = [], tokDoc: [UInt32] = [], tokPos: [UInt32] = []
        var doc: UInt32 = 0

        for policy in policies {
            let english = policy.language.code == "en"
            let notes = annotations[policy.id]
            let docsBefore = chunk.docs.count, sectionsBefore = chunk.sections.count
            for unit in policy.numberedSections {
                let sectionID = UInt32(chunk.sections.count)
                var titleTerms: [UInt32] = []
                if let title = unit.title {
                    var bytes = Array(title.utf8)
                    bytes.withUnsafeMutableBufferPointer { buffer in
                        tokenizer.scan(UnsafeBufferPointer(buffer), 0..<buffer.count, scalarBase: 0) { word, _, _ in
                            titleTerms.append(UInt32(chunk.terms.intern(word, english: english)))
                        }
                    }
                }
                chunk.sections.append(number: UInt32(unit.location.number), titleTerms: titleTerms)
                for (blockIndex, block) in unit.blocks.enumerated() {
                    var bytes = Array(block.text.utf8)
                    chunk.textBytes += bytes.count
                    let offsets = Self.byteOffsets(of: block.sentences, in: bytes)
                    bytes.withUnsafeMutableBufferPointer { mutable in
                        let buffer = UnsafeBufferPointer(mutable)
                        for (sentenceIndex, range) in block.sentences.enumerated() {
                            var position: UInt32 = 0
                            tokenizer.scan(buffer, offsets[sentenceIndex], scalarBase: range.start) { word, _, _ in
                                tokTerm.append(UInt32(chunk.terms.intern(word, english: english)))
                                tokDoc.append(doc)
                                tokPos.append(position)
                                position += 1
                            }
                            chunk.docs.append(section: sectionID, block: UInt32(blockIndex),
                                              sentence: UInt32(sentenceIndex), length: position)
                            if let labels = notes?.categories[SentenceAddress(section: unit.location.number, block: blockIndex, sentence: sentenceIndex)] {
                                for label in labels { chunk.categoryLabels.append((label, doc)) }
                            }
                            doc += 1
                        }
                    }
                }
            }
            chunk.policyDocCounts.append(chunk.docs.count - docsBefore)
            chunk.policySectionCounts.append(chunk.sections.count - sectionsBefore)
        }
        chunk.encodePostings(tokTerm, tokDoc, tokPos)
        return chunk
    }

    /// Byte ranges of scalar ranges (sorted, non-overlapping) in UTF-8 `bytes`.
    static func byteOffsets(of ranges: [TextRange], in bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(ranges.count)
        var byte = 0, scalar = 0
        func advance(to target: Int) {
            while scalar < target, byte < bytes.count {
                byte += 1
                while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
        }
        for range in ranges {
            if range.start < scalar { byte = 0; scalar = 0 } // out of order: restart
            advance(to: range.start)
            let lower = byte
            advance(to: range.end)
            out.append(lower..<byte)
        }
        return out
    }

    /// Groups the token stream by term (a stable counting sort) and writes each term's postings.
    private mutating func encodePostings(_ tokTerm: [UInt32], _ tokDoc: [UInt32], _ tokPos: [UInt32]) {
        let termCount = terms.count
        var start = [Int](repeating: 0, count: termCount + 1)
        for t in tokTerm { start[Int(t) + 1] += 1 }
        for i in 0..<termCount { start[i + 1] += start[i] }
        var fill = start
        var order = [UInt32](repeating: 0, count: tokTerm.count)
        for (i, t) in tokTerm.enumerated() {
            order[fill[Int(t)]] = UInt32(i)
            fill[Int(t)] += 1
        }
        firstDoc = .init(repeating: 0, count: termCount)
        lastDoc = .init(repeating: 0, count: termCount)
        documentFrequency = .init(repeating: 0, count: termCount)
        docStreamEnd.reserveCapacity(termCount)
        posStreamEnd.reserveCapacity(termCount)
        docStream.reserveCapacity(tokTerm.count)
        posStream.reserveCapacity(tokTerm.count * 3 / 2)
        for term in 0..<termCount {
            var k = start[term]
            let end = start[term + 1]
            var previousDoc: UInt32 = 0
            var df: UInt32 = 0
            while k < end {
                let d = tokDoc[Int(order[k])]
                var tf: UInt32 = 0
                var previousPos: UInt32 = 0
                var j = k
                while j < end, tokDoc[Int(order[j])] == d {
                    let p = tokPos[Int(order[j])]
                    VarInt.append(tf == 0 ? p : p - previousPos, to: &posStream)
                    previousPos = p
                    tf += 1
                    j += 1
                }
                if df == 0 { firstDoc[term] = d } else { VarInt.append(d - previousDoc, to: &docStream) }
                VarInt.append(tf, to: &docStream)
                previousDoc = d
                df += 1
                k = j
            }
            lastDoc[term] = previousDoc
            documentFrequency[term] = df
            docStreamEnd.append(UInt32(docStream.count))
            posStreamEnd.append(UInt32(posStream.count))
        }
    }
}
