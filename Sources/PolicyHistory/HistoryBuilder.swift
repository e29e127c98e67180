import PolicyModel

/// Turns the records of any number of sources into one history per document.
public enum HistoryBuilder {
    /// Histories sorted by document name. Records are ordered by date (undated last), then
    /// time, then their order in `records`; deletions become gaps; documents with no version
    /// left out.
    public static func histories(_ records: [VersionRecord]) -> [DocumentHistory] {
        var byDocument: [DocumentName: [Int]] = Dictionary(minimumCapacity: records.count)
        var order: [DocumentName] = []
        for (i, record) in records.enumerated() {
            let known = byDocument.count
            byDocument[record.document, default: []].append(i)
            if byDocument.count > known { order.append(record.document) }
        }
        // Names are unique, so sorting them first gives the histories in the same order as
        // sorting the histories (large values) would.
        order.sort()
        return order.compactMap { name in
            let sorted = byDocument[name]!.sorted { a, b in
                let x = records[a], y = records[b]
                switch (x.date, y.date) {
                case let (p?, q?) where p != q: return p < q
                case (nil, _?): return false
                case (_?, nil): return true
                default: return (x.time, a) < (y.time, b)
                }
            }
            return history(name, sorted.map { records[$0] })
        }
    }

    /// One document's history from its records in order.
    static func history(_ name: DocumentName, _ records: [VersionRecord]) -> DocumentHistory? {
        let prefix = name.description + "@"
        // One record (a corpus of single versions): no days, gaps or returns to count.
        if records.count == 1, let r = records.first {
            guard !r.deleted else { return nil }
            return DocumentHistory(document: name, versions: [Version(
                id: prefix + Version.label(date: r.date, ordinal: 0), document: name, date: r.date, ordinal: 0,
                source: r.source, content: r.content, technical: TechnicalCommit.isTechnical(r.summary),
                returnsTo: nil, summary: r.summary, policyID: r.policyID)], gaps: [])
        }
        var perDay: [ArchiveDate?: Int] = [:]
        for r in records where !r.deleted { perDay[r.date, default: 0] += 1 }
        var seenToday: [ArchiveDate?: Int] = [:]
        var versions: [Version] = []
        var gaps: [DocumentHistory.Gap] = []
        var deletedSinceLast = false
        var lastWithContent: [String: String] = [:]
        for r in records {
            if r.deleted {
                if !versions.isEmpty { deletedSinceLast = true }
                continue
            }
            let day = r.date
            let n = (seenToday[day] ?? 0) + 1
            seenToday[day] = n
            let ordinal = perDay[day]! > 1 ? n : 0
            let id = prefix + Version.label(date: r.date, ordinal: ordinal)
            if deletedSinceLast, let last = versions.last {
                gaps.append(.init(after: last.id, before: id))
                deletedSinceLast = false
            }
            versions.append(Version(
                id: id, document: name, date: r.date, ordinal: ordinal, source: r.source, content: r.content,
                technical: TechnicalCommit.isTechnical(r.summary), returnsTo: r.content.flatMap { lastWithContent[$0] },
                summary: r.summary, policyID: r.policyID))
            if let content = r.content { lastWithContent[content] = id }
        }
        guard let last = versions.last else { return nil }
        if deletedSinceLast { gaps.append(.init(after: last.id, before: nil)) }
        return DocumentHistory(document: name, versions: versions, gaps: gaps)
    }
}
