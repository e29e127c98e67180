import ArgumentParser
import Foundation
import PolicyHistory
import PolicyModel

/// `policyscope versions PATH`: every version of every document, without reading them, one
/// line each: the input of `batch` that splits a history across workers.
struct VersionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: "List every version of every document (JSON lines for `batch`).",
        discussion: """
        One line per version, documents in name order, each document's versions oldest first: \
        {id, document, date, path, repository, commit, blob, technical}. For a git repository \
        (paths absolute) "path" is the file inside it and no blob is read here; for files \
        "repository" and "commit" are null. `batch` answers such lines as they are. With --at, \
        the versions on or before that day.
        """
    )

    @OptionGroup var load: LoadOptions
    @Option(help: "Output format: jsonl or table.") var format: VersionsFormat = .table

    enum VersionsFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, table
    }

    func run() async throws {
        try await reportingErrors {
            let versions = try await catalog().histories.flatMap(\.versions)
                .filter { v in load.at.map { at in v.date.map { $0 <= at } ?? false } ?? true }
            if versions.isEmpty, let at = load.at { throw CLIError.nothingAt(at) }
            switch format {
            case .jsonl:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let out = LineStream()
                for version in versions { out.write(Array(try encoder.encode(VersionLine(version)))) }
                out.flush()
            case .table:
                let width = min(50, max(2, versions.map(\.id.count).max() ?? 2))
                Output.line(Output.fit("ID", width) + "  " + Output.fit("DATE", 10) + "  PATH")
                for version in versions {
                    Output.line(Output.fit(version.id, width) + "  " + Output.fit(version.date?.description ?? "-", 10) + "  "
                        + version.source.path)
                }
            }
        }
    }

    /// The histories of every path: a git repository scanned (absolute path, no blob read), the
    /// files listed through the store's catalog as `list` lists them, with their blob ids (none
    /// under `--no-store`).
    private func catalog() async throws -> HistoryCatalog {
        let targets = load.paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        var records: [VersionRecord] = []
        for path in targets where GitVersions.isRepository(path) {
            switch GitVersions.scan(path) {
            case .success(let scan):
                records += scan.records
                LoadOptions.report(scan.problems)
            case .failure(let failure):
                LoadOptions.report([failure.problem])
            }
        }
        let others = targets.filter { !GitVersions.isRepository($0) }
        if !others.isEmpty || targets.isEmpty {
            var files = load
            files.paths = others
            let entries = try await files.loadCatalog(applyingAt: false).catalog.entries
            let blobs = Dictionary(entries.compactMap { e in e.blob.map { (e.listing.id, $0) } }, uniquingKeysWith: { a, _ in a })
            records += FileVersions.records(entries.map { HistorySupport.absolute($0.listing.bodiless) }, contents: blobs)
        }
        guard !records.isEmpty else { throw CLIError.nothingLoaded }
        return HistoryCatalog(HistoryBuilder.histories(records))
    }
}
