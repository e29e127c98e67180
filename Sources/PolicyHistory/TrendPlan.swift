import PolicyModel

/// Which versions trends read: for each year from the first dated version's to the last's,
/// the version of every document in force on 31 December (its newest on or before that day;
/// documents not yet born left out).
public struct TrendPlan: Sendable, Hashable {
    public struct Year: Sendable, Hashable {
        public var year: Int
        /// In the catalog's order (by document).
        public var versions: [Version]
    }

    public var years: [Year]

    public init(_ histories: [DocumentHistory]) {
        let dates = histories.flatMap { $0.versions.compactMap(\.date) }
        guard let first = dates.min()?.year, let last = dates.max()?.year else {
            years = []
            return
        }
        years = (first...last).map { year in
            let end = ArchiveDate(year: year, month: 12, day: 31)!
            return Year(year: year, versions: histories.compactMap { $0.version(onOrBefore: end) })
        }
    }

    /// Every version some year reads, once each, grouped by document and oldest first (so
    /// consecutive versions of a document sit together for ``HistoryExtraction``'s memo).
    public var distinctVersions: [Version] {
        var seen = Set<String>(), out: [Version] = []
        for year in years {
            for version in year.versions where seen.insert(version.id).inserted { out.append(version) }
        }
        let order = Dictionary(out.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return out.sorted { a, b in
            a.document != b.document ? a.document < b.document : order[a.id]! < order[b.id]!
        }
    }
}
