/// Bytes held by the index's own arrays and tables (capacities, not counts), not counting the
/// ``Policy`` values it keeps for showing hits.
public struct IndexFootprint: Sendable, Hashable, Codable {
    public var postings: Int
    public var vocabulary: Int
    public var documents: Int
    public var sections: Int
    public var filters: Int
    public var sectionTitles: Int

    public var total: Int { postings + vocabulary + documents + sections + filters + sectionTitles }
}

extension PolicyIndex {
    /// What the index costs in memory.
    public var footprint: IndexFootprint {
        IndexFootprint(
            postings: postings.byteCount
                + stemGroups.byteCount
                + mergedStemGroups.byteCount,
            vocabulary: vocabulary.byteCount,
            documents: docs.byteCount + policyDocStart.capacity * 4 + policySectionStart.capacity * 4
                + scoring.byteCount,
            sections: sections.byteCount + titlePostings.byteCount,
            filters: categoryDocs.reduce(0) { $0 + $1.value.capacity * 4 + $1.key.utf8.count + 48 }
                + answers.reduce(0) { $0 + $1.key.utf8.count + 48 + $1.value.reduce(0) { $0 + $1.key.utf8.count + $1.value.capacity * 4 + 48 } }
                + policyDomains.reduce(policyDomains.capacity * 16) { $0 + ($1.utf8.count > 15 ? $1.utf8.count : 0) }
                + policyYears.capacity * 8,
            sectionTitles: titles.byteCount
        )
    }
}
