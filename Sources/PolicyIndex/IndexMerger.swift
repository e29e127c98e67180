/// Joins chunks, in order, into global term ids, document ids and postings.
struct IndexMerger {
    var terms = TermTable(capacity: 1 << 15)
    var docStreams: [[UInt8]] = []
    var posStreams: [[UInt8]] = []
    var lastDoc: [UInt32] = []
    var documentFrequency: [UInt32] = []
    var docs = DocumentColumns()
    var sections = SectionColumns()
    var policyDocStart: [UInt32] = [0]
    var policySectionStart: [UInt32] = [0]
    var categoryDocs: [String: [UInt32]] = [:]
    var textBytes = 0

    mutating func merge(_ chunk: Chunk) {
        let docBase = UInt32(docs.count)
        var map = [UInt32](repeating: 0, count: chunk.terms.count)
        var docFrom = 0, posFrom = 0
        for t in 0..<chunk.terms.count {
            let g = chunk.terms.withBytes(of: t) { terms.intern($0, english: chunk.terms.english[t]) }
            if g == docStreams.count {
                docStreams.append([])
                posStreams.append([])
                lastDoc.append(0)
                documentFrequency.append(0)
            }
            map[t] = UInt32(g)
            let docTo = Int(chunk.docStreamEnd[t]), posTo = Int(chunk.posStreamEnd[t])
            defer { docFrom = docTo; posFrom = posTo }
            let df = chunk.documentFrequency[t]
            guard df > 0 else { continue } // a word seen only in titles
            let first = chunk.firstDoc[t] + docBase
            VarInt.append(first - lastDoc[g], to: &docStreams[g])
            docStreams[g].append(contentsOf: chunk.docStream[docFrom..<docTo])
            posStreams[g].append(contentsOf: chunk.posStream[posFrom..<posTo])
            lastDoc[g] = chunk.lastDoc[t] + docBase
            documentFrequency[g] += df
        }
        let sectionBase = UInt32(sections.count)
        docs.append(chunk.docs, sectionBase: sectionBase)
        for s in 0..<chunk.sections.count {
            sections.append(number: chunk.sections.number[s], titleTerms: chunk.sections.title(s).map { map[Int($0)] })
        }
        for n in chunk.policyDocCounts { policyDocStart.append(policyDocStart.last! + UInt32(n)) }
        for n in chunk.policySectionCounts { policySectionStart.append(policySectionStart.last! + UInt32(n)) }
        for (label, doc) in chunk.categoryLabels { categoryDocs[label, default: []].append(doc + docBase) }
        textBytes += chunk.textBytes
    }

    /// The postings flattened into two byte buffers.
    func finishPostings() -> PostingsStore {
        var docBytes: [UInt8] = [], posBytes: [UInt8] = []
        docBytes.reserveCapacity(docStreams.reduce(0) { $0 + $1.count })
        posBytes.reserveCapacity(posStreams.reduce(0) { $0 + $1.count })
        var docStart: [Int] = [0], posStart: [Int] = [0]
        docStart.reserveCapacity(docStreams.count + 1)
        posStart.reserveCapacity(posStreams.count + 1)
        for g in 0..<docStreams.count {
            docBytes.append(contentsOf: docStreams[g])
            posBytes.append(contentsOf: posStreams[g])
            docStart.append(docBytes.count)
            posStart.append(posBytes.count)
        }
        return PostingsStore(docBytes: docBytes, docStart: docStart, posBytes: posBytes, posStart: posStart,
                             documentFrequency: documentFrequency)
    }
}
