import PolicyModel

/// One version of a document, placed in its history.
public struct Version: Sendable, Hashable, Identifiable {
    /// `DOCUMENT@YYYY-MM-DD`, or `@YYYY-MM-DD.1`, `.2`... when several share the day
    /// (`DOCUMENT@undated` for versions nothing dates).
    public var id: String
    public var document: DocumentName
    public var date: ArchiveDate?
    /// 1, 2... among the versions of its day; 0 when it is the day's only one.
    public var ordinal: Int
    public var source: VersionSource
    public var content: String?
    /// A commit that changed how the page is extracted, not what it says (Open Terms Archive's
    /// "Apply technical or declaration upgrade on ..." and "Refilter ...").
    public var technical: Bool
    /// The id of the newest earlier version with the same bytes (the page went back to it).
    public var returnsTo: String?
    public var summary: String
    public var policyID: String?

    /// The part of ``id`` after `@`.
    public var label: String { Self.label(date: date, ordinal: ordinal) }

    static func label(date: ArchiveDate?, ordinal: Int) -> String {
        (date?.description ?? "undated") + (ordinal > 0 ? ".\(ordinal)" : "")
    }
}

/// Commit titles that mark a technical version.
public enum TechnicalCommit {
    public static func isTechnical(_ summary: String) -> Bool {
        summary.hasPrefix("Apply technical or declaration upgrade on") || summary.hasPrefix("Refilter")
    }
}
