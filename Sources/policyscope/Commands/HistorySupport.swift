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
        // From the listings' fields directly: a bodiless Policy per listing cost a third of it.
        HistoryCatalog(HistoryBuilder.histories(listings.map {
            FileVersions.record(file: $0.file.hasPrefix("/") ? $0.file : absolutePath($0.file), domain: $0.domain, archivedOn: $0.archivedOn, policyID: $0.id)
        }))
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
        p.file = absolutePath(policy.file)
        return p
    }

    /// `path` joined to the working directory, its `.` and `..` components resolved and its
    /// repeated slashes collapsed, as `URL.standardizedFileURL.path` gives it (symbolic links
    /// are not followed) at a fraction of the cost: `list` of 10,000 files spent a quarter of
    /// its time in Foundation's URL for this.
    static func absolutePath(_ path: String, in directory: String = workingDirectory) -> String {
        if !path.hasPrefix("/"), directory.count > 1, isPlain(path) { return directory + "/" + path }
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `path` has no empty, `.` or `..` component (nothing to resolve).
    private static func isPlain(_ path: String) -> Bool {
        var length = 0, dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if length == 0 || dots == length { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: "."), dots == length - 1, length <= 2 { dots += 1 }
            }
        }
        return length > 0 && dots != length
    }

    /// The process's working directory, read once.
    static let workingDirectory = FileManager.default.currentDirectoryPath

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
