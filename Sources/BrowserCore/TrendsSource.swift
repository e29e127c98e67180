import PolicyHistory
import PolicyModel

/// Counts the answers of loaded policies year by year (the extraction module plugs in here):
/// groups them into documents, extracts the versions each year reads, and counts them.
public protocol TrendsSource: Sendable {
    /// The trends of `policies`, or why there are none (no classifier, nothing dated);
    /// slow: the browser calls it off the key loop. `progress` gets versions read and to read.
    func trends(of policies: [Policy], progress: @Sendable (_ done: Int, _ total: Int) -> Void) -> Result<Trends, TrendsUnavailable>
}

/// Why a ``TrendsSource`` has no trends: one line for the status bar.
public struct TrendsUnavailable: Error, Sendable, Hashable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}
