import ArgumentParser
import Foundation
import PolicyHistory
import PolicyModel
import PolicyStore

/// Helpers for ``LoadedVersions``' view of loaded files as versions of documents.
enum HistorySupport {
    /// The histories of `policies`; with `contents`, each file's bytes hashed to its git blob
    /// id (read again from disk) so that returns to an earlier text are seen.
    static func catalog(_ policies: [Policy], contents: Bool = false) -> HistoryCatalog {
        FileVersions.catalog(policies.map(absolute), contents: contents ? blobIDs(policies) : [:])
    }

    /// The policies in force on `date` (each document's newest version on or before it), in
    /// loading order; all of them when `date` is nil.
    static func inForce(_ policies: [Policy], at date: ArchiveDate?) -> [Policy] {
        guard let date else { return policies }
        let kept = Set(catalog(policies).versions(at: date).compactMap(\.policyID))
        return policies.filter { kept.contains($0.id) }
    }

    /// Each document's newest version, in loading order.
    static func newest(_ policies: [Policy]) -> [Policy] {
        let kept = Set(catalog(policies).histories.compactMap(\.newest.policyID))
        return policies.filter { kept.contains($0.id) }
    }

    /// The same for listings (the catalog's policies without their text).
    static func catalog(_ listings: [PolicyListing]) -> HistoryCatalog {
        catalog(listings.map(\.bodiless))
    }

    /// The listings in force on `date`, in loading order; all of them when `date` is nil.
    static func inForce(_ listings: [PolicyListing], at date: ArchiveDate?) -> [PolicyListing] {
        let kept = Set(inForce(listings.map(\.bodiless), at: date).map(\.id))
        return listings.filter { kept.contains($0.id) }
    }

    /// Each document's newest listing, in loading order.
    static func newest(_ listings: [PolicyListing]) -> [PolicyListing] {
        let kept = Set(newest(listings.map(\.bodiless)).map(\.id))
        return listings.filter { kept.contains($0.id) }
    }

    /// The loaded policy a version query names (`DOC@DATE`, `DOC@~N`, a version id, a
    /// document name), or why none.
    static func resolve(_ query: String, in policies: [Policy], at date: ArchiveDate?) -> Result<Policy, HistoryLookupError> {
        catalog(policies).resolve(query, at: date).flatMap { version in
            guard let policy = policies.first(where: { $0.id == version.policyID }) else {
                return .failure(.noDocument(query: query, nearMatches: []))
            }
            return .success(policy)
        }
    }

    /// The policy with its file as an absolute path, so folder names group it.
    static func absolute(_ policy: Policy) -> Policy {
        guard !policy.file.hasPrefix("/") else { return policy }
        var p = policy
        p.file = URL(fileURLWithPath: policy.file).standardizedFileURL.path
        return p
    }

    /// Policy id -> git blob id of its file's bytes (files that cannot be read left out).
    static func blobIDs(_ policies: [Policy]) -> [String: String] {
        var ids: [String: String] = [:]
        for policy in policies {
            if let data = FileManager.default.contents(atPath: policy.file) { ids[policy.id] = BlobID.of(Array(data)) }
        }
        return ids
    }
}

/// `--at DATE`, shared by every command that loads policies.
struct AtOption: ParsableArguments {
    @Option(help: ArgumentHelp("Each document as it stood on this day: its newest version on or before it (YYYY-MM-DD).", valueName: "date"))
    var at: ArchiveDate?
}

extension ArchiveDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
