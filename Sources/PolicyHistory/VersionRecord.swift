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
