import ArgumentParser
import Foundation
import PolicyHistory
import PolicyModel
import PolicyStore

/// Helpers for ``LoadedVersions``' view of loaded files as versions of documents.
enum HistorySupport {
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
