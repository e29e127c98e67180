import PolicyModel
import PolicyParsing

/// The policies under some paths as listings, each with where its body is: in the store (read
/// on demand by ``StoredCatalog/policy(_:using:)``) or already in memory (parsed this time).
public struct PolicyCatalog: Sendable {
    public enum Body: Sendable {
        /// Stored (under the entry's blob id and file name) under the current parser stamp.
        case stored
        /// Parsed in this run (a file the store did not hold, or no store at all).
        case loaded(Policy)
    }

    public struct Entry: Sendable {
        public var listing: PolicyListing
        public var body: Body
        /// The key of the file's bytes in the store; nil without a store.
        public var blob: String?
    }

    /// In load order, with unique ids (as ``PolicyLoader/load(_:progress:)`` gives them).
    public var entries: [Entry]
    public var problems: [LoadProblem]

    public var listings: [PolicyListing] { entries.map(\.listing) }
}
