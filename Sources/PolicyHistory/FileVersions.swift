import PolicyModel

/// Loaded files as versions: the source of folders of dated files and of corpus files.
public enum FileVersions {
    /// One record per policy, in the given order: its document and date by
    /// ``DocumentGrouping`` (the corpus header's date first, then the file name's), its file
    /// as source. `contents` maps policy ids to content keys (git blob ids of the bytes), for
    /// ``Version/returnsTo``.
    public static func records(_ policies: [Policy], contents: [String: String] = [:]) -> [VersionRecord] {
        policies.map { record(file: $0.file, domain: $0.domain, archivedOn: $0.archivedOn, policyID: $0.id, content: contents[$0.id]) }
    }

    /// The record of one loaded file (a policy or its listing: only these fields count).
    public static func record(file: String, domain: String?, archivedOn: ArchiveDate?, policyID: String, content: String? = nil) -> VersionRecord {
        let (document, nameDate) = DocumentGrouping.document(forFile: file, domain: domain)
        return VersionRecord(document: document, date: archivedOn ?? nameDate, source: .file(path: file),
                             content: content, policyID: policyID)
    }

    /// The histories of loaded policies.
    public static func catalog(_ policies: [Policy], contents: [String: String] = [:]) -> HistoryCatalog {
        HistoryCatalog(HistoryBuilder.histories(records(policies, contents: contents)))
    }
}
