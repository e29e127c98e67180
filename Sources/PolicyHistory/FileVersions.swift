import PolicyModel

/// Loaded files as versions: the source of folders of dated files and of corpus files.
public enum FileVersions {
    /// One record per policy, in the given order: its document and date by
    /// ``DocumentGrouping`` (the corpus header's date first, then the file name's), its file
    /// as source. `contents` maps policy ids to content keys (git blob ids of the bytes), for
    /// ``Version/returnsTo``.
    public static func records(_ policies: [Policy], contents: [String: String] = [:]) -> [VersionRecord] {
        policies.map { policy in
            let (document, nameDate) = DocumentGrouping.document(forFile: policy.file, domain: policy.domain)
            return VersionRecord(document: document, date: policy.archivedOn ?? nameDate, source: .file(path: policy.file),
                                 content: contents[policy.id], policyID: policy.id)
        }
    }

    /// The histories of loaded policies.
    public static func catalog(_ policies: [Policy], contents: [String: String] = [:]) -> HistoryCatalog {
        HistoryCatalog(HistoryBuilder.histories(records(policies, contents: contents)))
    }
}
