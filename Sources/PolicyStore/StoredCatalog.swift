#if canImport(Glibc)
import Glibc
#endif
import PolicyModel
import PolicyParsing

/// The catalog path: listings read from the store by the quick check, one row per file and no
/// body decoded; only the files that miss it are read, parsed and stored. Bodies are decoded
/// one at a time, when a command needs one.
public enum StoredCatalog {
    /// The same files, order, ids and problems as ``PolicyLoader/load(_:progress:)``.
    /// - Parameters:
    ///   - use: the store, or nil to parse everything (every body is then `.loaded`).
    ///   - progress: after each file read from disk, (files done, files in all, bytes read);
    ///     files found in the store count as done at once.
    public static func load(
        _ paths: [String], using use: StoreUse?, progress: (@Sendable (Int, Int, Int) -> Void)? = nil
    ) async -> PolicyCatalog {
        guard let use, use.store != nil else {
            let result = await PolicyLoader.load(paths) { done, total in progress?(done, total, 0) }
            return PolicyCatalog(entries: result.policies.map { .init(listing: PolicyListing($0), body: .loaded($0), blob: nil) },
                                 problems: result.problems)
        }
        // The snapshots of the folders named are read while their files are found.
        let folders = paths.filter(isFolder)
        async let readSnapshots = snapshots(of: folders, use)
        let found = PolicyLoader.discover(paths)
        let files = found.files
        let snapshots = await readSnapshots
        var stored = [PolicyStore.StoredListing?](repeating: nil, count: files.count)
        var rest: [Int] = []
        for index in files.indices {
            if let listing = snapshots.lazy.compactMap({ $0.listing(files[index], stamp: found.stamps[index]) }).first {
                stored[index] = listing
            } else {
                rest.append(index)
            }
        }
        if !rest.isEmpty, let listed = use.attempt({ store throws(StoreError) in
            try store.listings(rest.map { (files[$0], found.stamps[$0]) })
        }) {
            for (index, listing) in zip(rest, listed) { stored[index] = listing }
        }
        let misses = files.indices.filter { stored[$0] == nil }
        var done = files.count - misses.count, bytes = 0
        if !misses.isEmpty { progress?(done, files.count, 0) }
        let loaded = await Parallel.map(misses.count, { StoredLoader.loadFile(files[misses[$0]], use: use) }) { _, outcome in
            done += 1
            if case .loaded(_, _, let size, _) = outcome { bytes += size }
            progress?(done, files.count, bytes)
        }
        var entries: [PolicyCatalog.Entry] = []
        entries.reserveCapacity(files.count)
        var problems = found.problems
        // Each file's stored listing (what a snapshot keeps), when it has one.
        var kept = stored
        var read = zip(misses, loaded).makeIterator(), next = read.next()
        for (index, path) in files.enumerated() {
            if let row = stored[index] {
                entries.append(.init(listing: row.listing, body: .stored, blob: row.blob))
                if !row.warnings.isEmpty { problems += row.warnings.map { LoadProblem(path: path, message: $0, isError: false) } }
                continue
            }
            guard let (missed, outcome) = next, missed == index else { continue }
            next = read.next()
            switch outcome {
            case .loaded(let policy, let warnings, _, let blob):
                let listing = PolicyListing(policy)
                entries.append(.init(listing: listing, body: .loaded(policy), blob: blob))
                problems += warnings.map { LoadProblem(path: path, message: $0, isError: false) }
                // The warnings as the store gives them back (one line each).
                if let blob { kept[index] = .init(listing: listing, blob: blob, warnings: PolicyStore.lines(warnings.joined(separator: "\n"))) }
            case .failed(let error):
                problems.append(LoadProblem(path: path, message: error.description, isError: true))
            }
        }
        var fromSnapshot = [Bool](repeating: true, count: files.count)
        for index in rest { fromSnapshot[index] = false }
        saveSnapshots(folders, files: files, stamps: found.stamps, kept: kept, fromSnapshot: fromSnapshot, use)
        uniquingIDs(&entries)
        return PolicyCatalog(entries: entries, problems: problems)
    }

    /// The snapshots kept of `folders` (``PolicyStore/CatalogSnapshot``).
    private static func snapshots(of folders: [String], _ use: StoreUse) async -> [PolicyStore.CatalogSnapshot] {
        var found: [PolicyStore.CatalogSnapshot] = []
        for folder in folders {
            if let snapshot = use.attempt({ store throws(StoreError) in try store.catalogSnapshot(folder: folder) }) ?? nil {
                found.append(snapshot)
            }
        }
        return found
    }

    /// Saves a snapshot of each of `folders` that gave ``PolicyStore/catalogSnapshotMinimum``
    /// files or more, when one of its files with a stored listing (`kept`) was not listed
    /// from the snapshot read (`fromSnapshot`): those files, with their stamps.
    private static func saveSnapshots(
        _ folders: [String], files: [String], stamps: [FileStamp], kept: [PolicyStore.StoredListing?],
        fromSnapshot: [Bool], _ use: StoreUse
    ) {
        guard files.indices.contains(where: { kept[$0] != nil && !fromSnapshot[$0] }) else { return }
        for folder in folders {
            let base = folder.hasSuffix("/") ? folder : folder + "/"
            let under = files.indices.filter { files[$0].hasPrefix(base) }
            guard under.count >= PolicyStore.catalogSnapshotMinimum,
                  under.contains(where: { kept[$0] != nil && !fromSnapshot[$0] }) else { continue }
            let rows = under.compactMap { index in
                kept[index].map { (path: files[index], row: PolicyStore.CatalogSnapshot.Row(stamp: stamps[index], stored: $0)) }
            }
            // Only a shortcut: a store that cannot take it (read-only, full) is not warned about again.
            try? use.store?.saveCatalogSnapshot(folder: folder, rows: rows)
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The whole policy of `entry`: decoded from the store, or, when its row is gone or does not
    /// decode, read and parsed again (and stored); its id is the catalog's.
    public static func policy(_ entry: PolicyCatalog.Entry, using use: StoreUse?) -> Result<Policy, LoadError> {
        var policy: Policy
        switch entry.body {
        case .loaded(let loaded):
            policy = loaded
        case .stored:
            let file = entry.listing.file
            if let blob = entry.blob, let stored = use?.attempt({ store throws(StoreError) in try store.parsed(blob: blob, name: PolicyStore.name(of: file)) }) ?? nil,
               let decoded = PolicyCoding.decode(stored.body, file: file) {
                policy = decoded
            } else {
                // Gone or damaged: read and parse the file again, storing it when the store still works.
                switch StoredLoader.loadFile(file, use: use ?? StoreUse(nil, warn: { _ in })) {
                case .loaded(let parsed, _, _, _): policy = parsed
                case .failed(let error): return .failure(error)
                }
            }
        }
        policy.id = entry.listing.id
        return .success(policy)
    }

    /// Gives later duplicates `#2`, `#3`... by the loader's own rule, applied to the listings.
    static func uniquingIDs(_ entries: inout [PolicyCatalog.Entry]) {
        let ids = PolicyLoader.uniqueIDs(entries.map(\.listing.id))
        for index in entries.indices where entries[index].listing.id != ids[index] {
            entries[index].listing.id = ids[index]
            if case .loaded(var policy) = entries[index].body {
                policy.id = ids[index]
                entries[index].body = .loaded(policy)
            }
        }
    }
}
