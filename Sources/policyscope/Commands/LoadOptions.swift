import ArgumentParser
import Foundation
import PolicyHistory
import PolicyModel
import PolicyParsing
import PolicyResources
import PolicyStore

/// The PATH arguments every command takes, and loading them.
struct LoadOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Policy files or folders (default: the bundled sample policies).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var storage: StoreOptions

    @OptionGroup var time: AtOption
    var at: ArchiveDate? { time.at }

    /// Loads the policies (with `--at`, those in force then; a git repository's documents at
    /// their newest version), reporting each problem as one line on stderr; fails when
    /// nothing loaded.
    func load() async throws -> [Policy] {
        var loaded = try await loadAll()
        let before = loaded.problems.count
        let policies = await loaded.inForce(at: at)
        report(loaded.problems.dropFirst(before))
        if policies.isEmpty, let at { throw CLIError.nothingAt(at) }
        return policies
    }

    /// Every loaded version (git versions read on demand), whatever `--at` says.
    func loadAll() async throws -> LoadedVersions {
        let targets = paths.isEmpty ? PolicyResources.seedFiles.map(\.path) : paths
        let loaded = await LoadedVersions.load(targets, using: storage.use())
        report(loaded.problems[...])
        guard !loaded.policies.isEmpty else {
            throw CLIError.nothingLoaded
        }
        return loaded
    }

    /// Prints problems as `loadAll` does, one line each on stderr.
    func report(_ problems: ArraySlice<LoadProblem>) {
        for problem in problems {
            Output.error(problem.isError ? problem.description : "\(problem.path): warning: \(problem.message)")
        }
    }

    /// Loads the policies and picks the one `query` names. A `query` that is the path of a
    /// file not among the loaded ones is loaded by itself.
    /// A version named as `DOC@DATE`, `DOC@~N` or a document name is found among all the
    /// loaded versions (an older git version is read then).
    func load(selecting query: String) async throws -> (Policy, [Policy]) {
        var all = try await loadAll()
        let before = all.problems.count
        defer { report(all.problems.dropFirst(before)) }
        let policies = await all.inForce(at: at)
        switch PolicyLookup.find(query, in: policies) {
        case .success(let policy):
            return (policy, policies)
        case .failure(let failure):
            switch await all.resolve(query, at: at) {
            case .success(let policy): return (policy, policies)
            case .failure(.noDocument): break
            case .failure(let reason): throw CLIError.history(reason)
            }
            if FileManager.default.fileExists(atPath: query) {
                var only = self
                only.paths = [query]
                let single = try await only.loadAll()
                return (single.policies[0], policies)
            }
            throw CLIError.lookup(failure)
        }
    }
}

/// Runs a command body, printing any error as one `policyscope: reason` line on stderr and
/// exiting with status 1 (argument errors keep ArgumentParser's own usage message).
func reportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as CLIError {
        Output.error(error.description)
        throw ExitCode.failure
    }
}

/// Errors the commands report; each prints as one line.
enum CLIError: Error, CustomStringConvertible {
    case nothingLoaded
    case lookup(PolicyLookup.Failure)
    case noSuchSection(Int, count: Int)
    case nothingAt(ArchiveDate)
    case history(HistoryLookupError)
    /// A listed policy whose body could not be read (the loader's message).
    case unreadable(String)

    var description: String {
        switch self {
        case .nothingLoaded: "no policies loaded"
        case .lookup(let failure): failure.description
        case .noSuchSection(let n, let count): "no section \(n): the policy has sections 0 (preamble) to \(count)"
        case .nothingAt(let date): "no loaded document has a version on or before \(date)"
        case .history(let reason): reason.description
        case .unreadable(let message): message
        }
    }
}

/// `--format` values.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, table, json
}
