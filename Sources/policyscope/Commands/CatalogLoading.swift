import Foundation
import PolicyDeep
import PolicyExtraction
import PolicyModel
import PolicyParsing
import PolicyResources
import PolicyStore

/// A command's policies as a catalog: the listings at once (from the store's columns when it
/// holds the files), each body and its practices only when the command needs them.
struct LoadedCatalog {
    var catalog: PolicyCatalog
    var use: StoreUse?
    /// The options it was loaded with (a path named alone is loaded with the same store).
    var options: LoadOptions
    /// Where the answers come from (`practices`, `compare`); nil for commands that need none.
    var classifier: ClassifierOptions?

    var listings: [PolicyListing] { catalog.listings }

    /// The entry `query` names (id, domain or path, as ``PolicyLookup``, or a version:
    /// `DOC@DATE`, `DOC@~N`, a document name); a `query` that is the path of a file not among
    /// the loaded ones is loaded by itself.
    func entry(matching query: String) async throws -> PolicyCatalog.Entry {
        switch PolicyLookup.find(query, in: listings.map(\.bodiless)) {
        case .success(let found):
            return catalog.entries.first { $0.listing.id == found.id }!
        case .failure(let failure):
            switch HistorySupport.resolve(query, in: listings.map(\.bodiless), at: options.at) {
            case .success(let version): return catalog.entries.first { $0.listing.id == version.id }!
            case .failure(.noDocument): break
            case .failure(let reason): throw CLIError.history(reason)
            }
            guard FileManager.default.fileExists(atPath: query) else { throw CLIError.lookup(failure) }
            var only = options
            only.paths = [query]
            return try await only.loadCatalog(using: use).catalog.entries[0]
        }
    }

    /// The entries `queries` name (an id, domain or path, or a version: `DOC@DATE`, `DOC@~N`),
    /// each once, in the order named; nil: each document's newest version.
    func chosen(_ queries: [String]?) throws -> [PolicyCatalog.Entry] {
        guard let queries else {
            let newest = Set(HistorySupport.newest(listings).map(\.id))
            return catalog.entries.filter { newest.contains($0.listing.id) }
        }
        let stubs = listings.map(\.bodiless)
        var chosen: [PolicyCatalog.Entry] = []
        for query in queries {
            let found: Policy
            switch PolicyLookup.find(query, in: stubs) {
            case .success(let policy): found = policy
            case .failure(let failure):
                guard case .success(let version) = HistorySupport.resolve(query, in: stubs, at: nil) else { throw CLIError.lookup(failure) }
                found = version
            }
            if !chosen.contains(where: { $0.listing.id == found.id }) { chosen.append(catalog.entries.first { $0.listing.id == found.id }!) }
        }
        return chosen
    }

    /// The whole policy `query` names, its body read from the store or parsed.
    func policy(matching query: String) async throws -> Policy {
        try policy(try await entry(matching: query))
    }

    func policy(_ entry: PolicyCatalog.Entry) throws -> Policy {
        switch StoredCatalog.policy(entry, using: use) {
        case .success(let policy): return policy
        case .failure(let error): throw CLIError.unreadable(error.description)
        }
    }

    /// The whole policies of `entries`, in order, decoded (or parsed) on every core.
    func policies(_ entries: [PolicyCatalog.Entry]) async throws -> [Policy] {
        let use = self.use
        let results = await Parallel.map(entries.count) { StoredCatalog.policy(entries[$0], using: use) }
        return try results.map { result in
            switch result {
            case .success(let policy): return policy
            case .failure(let error): throw CLIError.unreadable(error.description)
            }
        }
    }

    /// The practices of `entries`, stored ones read, the others extracted and stored.
    func practices(_ entries: [PolicyCatalog.Entry]) async throws -> [PracticeRecord] {
        let classifier = self.classifier ?? ClassifierOptions.defaults
        do {
            // One policy: the deep path spreads its sentences over the cores; many: one core each.
            let threads = entries.count == 1 ? ProcessInfo.processInfo.activeProcessorCount : 1
            return try await StoredPractices.records(entries, using: use) { try classifier.extractor(threads: threads) }
        } catch .extractor(let error) {
            throw error
        } catch .body(let error) {
            throw CLIError.unreadable(error.description)
        }
    }
}

extension LoadOptions {
    /// The catalog of the policies, each problem reported as ``load()`` reports it; fails when
    /// nothing loaded. With `classifier`, the store is opened under its model's stamp, so that
    /// practices are read from it and stored in it.
    func loadCatalog(practicesWith classifier: ClassifierOptions? = nil, applyingAt: Bool = true) async throws -> LoadedCatalog {
        var stamps = Stamps()
        if let classifier, !storage.noStore {
            // An unreadable model keeps no practices; the extractor reports it when needed.
            stamps = classifier.stamps
        }
        var loaded = try await loadCatalog(using: storage.use(stamps: stamps), applyingAt: applyingAt)
        loaded.classifier = classifier
        return loaded
    }

    /// With `applyingAt` (the default), only the versions in force on `--at`'s day.
    func loadCatalog(using use: StoreUse?, applyingAt: Bool = true) async throws -> LoadedCatalog {
        let targets = paths.isEmpty ? PolicyResources.seedFiles.map(\.path) : paths
        var catalog = await StoredCatalog.load(targets, using: use)
        Self.report(targets.compactMap(GitVersions.unopenable) + catalog.problems)
        guard !catalog.entries.isEmpty else { throw CLIError.nothingLoaded }
        if applyingAt, let at {
            let kept = Set(HistorySupport.inForce(catalog.listings, at: at).map(\.id))
            catalog.entries.removeAll { !kept.contains($0.listing.id) }
            if catalog.entries.isEmpty { throw CLIError.nothingAt(at) }
        }
        return LoadedCatalog(catalog: catalog, use: use, options: self)
    }
}

extension LoadOptions {
    /// Whether a PATH is a git repository: then versions come through ``LoadedVersions``
    /// (every version known, older ones read on demand), not the store's catalog of files.
    var namesRepository: Bool { paths.contains(where: GitVersions.isRepository) }

    /// The whole policy `query` names (a version, `DOC@DATE` or `DOC@~N` included).
    func policy(matching query: String) async throws -> Policy {
        if namesRepository { return try await load(selecting: query).0 }
        return try await loadCatalog().policy(matching: query)
    }

    /// The practices of the policy `query` names: stored ones read, else extracted (and stored).
    func practices(matching query: String, with classifier: ClassifierOptions) async throws -> PracticeRecord {
        if namesRepository { return PracticeRecord(try classifier.extractor().extract(try await load(selecting: query).0)) }
        let loaded = try await loadCatalog(practicesWith: classifier)
        return try await loaded.practices([try await loaded.entry(matching: query)])[0]
    }
}

extension LoadOptions {
    /// Each problem as one line on stderr (a warning for a file that still loaded).
    static func report(_ problems: [LoadProblem]) {
        for problem in problems {
            Output.error(problem.isError ? problem.description : "\(problem.path): warning: \(problem.message)")
        }
    }
}

extension ClassifierOptions {
    /// The chosen model file (default: the shipped one).
    var modelURL: URL { model.map { URL(fileURLWithPath: $0) } ?? ModelCommand.shippedModelURL }

    /// The store's stamp for the model file (``Stamps/model(bytes:)``; with `--classifier deep`,
    /// ``Stamps/model(linear:deep:blend:)``); nil when a file cannot be read.
    var modelStamp: String? {
        guard let linear = FileManager.default.contents(atPath: modelURL.path) else { return nil }
        guard classifier == .deep else { return Stamps.model(bytes: [UInt8](linear)) }
        let url = deepModel.map { URL(fileURLWithPath: $0) } ?? BlendedClassifier.shippedModelURL
        guard let deep = FileManager.default.contents(atPath: url.path),
              let blend = (try? WeightFile(data: deep, file: url.path))?.metadata.blend else { return nil }
        return Stamps.model(linear: [UInt8](linear), deep: [UInt8](deep), blend: "w=\(blend.linearWeight),t=\(blend.threshold)")
    }

    /// The store's stamps for these models' practices, kept apart by classifier.
    var stamps: Stamps { Stamps(model: modelStamp, classifier: classifier.rawValue) }
}
