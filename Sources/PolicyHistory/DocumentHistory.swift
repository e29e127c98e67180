import PolicyModel

/// Every known version of one document, oldest first, and the gaps where it was deleted.
public struct DocumentHistory: Sendable, Hashable {
    /// A stretch in which the document did not exist: after one version, before the next
    /// (nil when it is still deleted).
    public struct Gap: Sendable, Hashable {
        public var after: String
        public var before: String?
    }

    public var document: DocumentName
    /// Never empty.
    public var versions: [Version]
    public var gaps: [Gap]

    public var newest: Version { versions[versions.count - 1] }
    public var firstDate: ArchiveDate? { versions.lazy.compactMap(\.date).first }
    public var lastDate: ArchiveDate? { versions.lazy.compactMap(\.date).last }

    public func version(id: String) -> Version? {
        versions.first { $0.id == id }
    }

    /// The newest dated version on or before `date`.
    public func version(onOrBefore date: ArchiveDate) -> Version? {
        versions.last { $0.date.map { $0 <= date } ?? false }
    }

    /// The version `steps` before the newest (0: the newest).
    public func version(stepsBeforeNewest steps: Int) -> Version? {
        steps >= 0 && steps < versions.count ? versions[versions.count - 1 - steps] : nil
    }
}
