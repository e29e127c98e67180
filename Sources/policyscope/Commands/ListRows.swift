import PolicyHistory
import PolicyModel

/// The rows of `list` over `policies` (read versions, placed by `catalog`): one per document (its newest version, with how many versions
/// are loaded and their first and last dates), or with `--versions` one per version.
struct ListRow: Encodable {
    var policy: PolicyListing
    var document: String
    var versions: Int
    var firstDate: ArchiveDate?
    var lastDate: ArchiveDate?
    /// Rows of versions show their document; rows of documents their versions and dates.
    var isVersion: Bool

    /// One row per document, in loading order: its newest version, or with `at` the one in
    /// force that day (counting the versions up to it; documents not there yet left out).
    static func documents(_ policies: [PolicyListing], catalog: HistoryCatalog, at date: ArchiveDate? = nil) -> [ListRow] {
        guard let date else {
            return policies.compactMap { policy in
                guard let (history, version) = catalog.version(ofPolicy: policy.id), history.newest.id == version.id else { return nil }
                return ListRow(policy: policy, document: history.document.description, versions: history.versions.count,
                               firstDate: history.firstDate, lastDate: history.lastDate, isVersion: false)
            }
        }
        return policies.compactMap { policy in
            guard let (history, version) = catalog.version(ofPolicy: policy.id),
                  history.version(onOrBefore: date)?.id == version.id else { return nil }
            let upTo = history.versions.filter { $0.date.map { $0 <= date } ?? false }
            return ListRow(policy: policy, document: history.document.description, versions: upTo.count,
                           firstDate: history.firstDate, lastDate: version.date, isVersion: false)
        }
    }

    /// One row per version, in loading order.
    static func versions(_ policies: [PolicyListing], catalog: HistoryCatalog) -> [ListRow] {
        rows(policies, catalog).map { var row = $0.row; row.isVersion = true; return row }
    }

    private static func rows(_ policies: [PolicyListing], _ catalog: HistoryCatalog) -> [(row: ListRow, isNewest: Bool)] {
        return policies.compactMap { policy in
            guard let (history, version) = catalog.version(ofPolicy: policy.id) else { return nil }
            return (ListRow(policy: policy, document: history.document.description, versions: history.versions.count,
                            firstDate: history.firstDate, lastDate: history.lastDate, isVersion: false),
                    history.newest.id == version.id)
        }
    }

    enum Keys: String, CodingKey { case document, versions, firstDate, lastDate }

    /// `list --format json`'s object: the policy's keys, then the row's own.
    func encode(to encoder: any Encoder) throws {
        try PolicySummary(policy: policy).encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        if isVersion {
            try c.encode(document, forKey: .document)
        } else {
            try c.encode(versions, forKey: .versions)
            try c.encode(firstDate?.description, forKey: .firstDate)
            try c.encode(lastDate?.description, forKey: .lastDate)
        }
    }
}
