import PolicyModel

/// One observation of a document, as a source reports it, before ids are given:
/// a version (its bytes at a date) or its deletion.
public struct VersionRecord: Sendable, Hashable {
    public var document: DocumentName
    /// The corpus header's date, else the date in the file name, else the commit date; nil
    /// when nothing says (such versions come after the dated ones).
    public var date: ArchiveDate?
    /// Orders records of one day (a commit time in seconds; 0 for files, which then keep
    /// their given order).
    public var time: Int64
    public var source: VersionSource
    /// Equal for equal bytes (the git blob id); nil when not known.
    public var content: String?
    /// The commit's title ("" for files).
    public var summary: String
    /// The file was deleted here (no version; the next one starts after a gap).
    public var deleted: Bool
    /// The id of the loaded policy holding this version's text, when it is loaded.
    public var policyID: String?

    public init(document: DocumentName, date: ArchiveDate?, time: Int64 = 0, source: VersionSource, content: String? = nil,
                summary: String = "", deleted: Bool = false, policyID: String? = nil) {
        self.document = document
        self.date = date
        self.time = time
        self.source = source
        self.content = content
        self.summary = summary
        self.deleted = deleted
        self.policyID = policyID
    }
}

extension VersionRecord {
    /// A revision of `path` in a git repository's first-parent history: a version when `blob`
    /// is given, its deletion when nil. Dated by `headerDate` (the corpus header's, when the
    /// blob has one) else by the commit's UTC day; named by ``DocumentGrouping`` from the path.
    public static func git(repository: String, path: String, commit: String, commitTime: Int64, summary: String,
                           blob: String?, headerDate: ArchiveDate? = nil, domain: String? = nil) -> VersionRecord {
        VersionRecord(document: DocumentGrouping.document(forFile: path, domain: domain).document,
                      date: headerDate ?? ArchiveDate.utcDay(unixTime: commitTime), time: commitTime,
                      source: .git(repository: repository, commit: commit, path: path, blob: blob ?? ""),
                      content: blob, summary: summary, deleted: blob == nil)
    }
}

extension ArchiveDate {
    /// The UTC calendar day of a Unix time (seconds since 1970-01-01T00:00Z); nil outside the
    /// years 1...9999 (a commit may claim any time: the arithmetic below must not overflow).
    public static func utcDay(unixTime: Int64) -> ArchiveDate? {
        guard (-62_135_596_800...253_402_300_799).contains(unixTime) else { return nil }
        // Days to civil date (Howard Hinnant's algorithm).
        let z = (unixTime >= 0 ? unixTime / 86_400 : (unixTime - 86_399) / 86_400) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return ArchiveDate(year: Int(year), month: Int(month), day: Int(day))
    }
}
