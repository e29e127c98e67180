import ArgumentParser
import Foundation
import PolicyStore

/// `policyscope store info|clear|prune`: the store's size and contents, emptying it, and
/// dropping what no file holds any more.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Show, empty or prune the store of parsed policies.",
        discussion: "info: the file, its size and what it holds; clear: empty it; prune: drop the entries of files that no longer exist and of older parser or model versions.",
        subcommands: [Info.self, Clear.self, Prune.self]
    )

    /// `--store FILE` for the store subcommands.
    struct Target: ParsableArguments {
        @Option(help: ArgumentHelp("The store file (default: $XDG_CACHE_HOME/policyscope/store.sqlite).", valueName: "FILE"))
        var store: String?

        /// Opens the store; a store that cannot be used is an error here (exit status 1).
        func open() throws -> PolicyStore {
            var stamps = Stamps(model: try StoreCommand.modelStamp(nil))
            var deep = ClassifierOptions.defaults
            deep.classifier = .deep
            if let stamp = deep.modelStamp { stamps.keptModels[ClassifierChoice.deep.rawValue] = stamp }
            guard let opened = StoreOpener.open(store ?? StoreFile.defaultPath(), stamps: stamps, warn: StoreOptions.printWarning) else {
                throw ExitCode.failure
            }
            return opened
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The store's file, size and contents.")
        @OptionGroup var target: Target

        func run() throws {
            try storeErrors {
                let info = try target.open().info()
                Output.line("store:     \(info.path)")
                Output.line("schema:    \(info.schema)")
                Output.line("size:      \(StoreCommand.megabytes(info.bytes))")
                Output.line("files:     \(info.files)")
                Output.line("policies:  \(info.policies) (\(info.currentPolicies) under this parser version)")
                let current = info.currentPractices.sorted { $0.key > $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                Output.line("practices: \(info.practices) (\(current) under this parser and model version), \(info.answers) answers, \(info.spans) spans")
                Output.line("searches:  \(info.searchIndexes) saved \(info.searchIndexes == 1 ? "index" : "indexes") (\(StoreCommand.megabytes(info.searchIndexBytes)))")
                Output.line("catalogs:  \(info.catalogSnapshots) \(info.catalogSnapshots == 1 ? "folder" : "folders") of \(PolicyStore.catalogSnapshotMinimum) files or more kept whole (\(StoreCommand.megabytes(info.catalogSnapshotBytes)))")
            }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Empty the store.")
        @OptionGroup var target: Target

        func run() throws {
            try storeErrors {
                let store = try target.open()
                try store.clear()
                Output.line("emptied \(store.path)")
            }
        }
    }

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Drop entries of files that no longer exist and of older versions.")
        @OptionGroup var target: Target

        func run() throws {
            try storeErrors {
                let store = try target.open()
                let pruned = try store.prune()
                Output.line("dropped \(pruned.files) missing file(s) and \(pruned.versions) stored version(s) from \(store.path)")
            }
        }
    }

    /// The model stamp for the model file at `path` (default: the shipped one).
    static func modelStamp(_ path: String?) throws -> String {
        var options = ClassifierOptions.defaults
        options.model = path
        guard let stamp = options.modelStamp else {
            Output.error("cannot read the model \(options.modelURL.path)")
            throw ExitCode.failure
        }
        return stamp
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

/// Runs a store command body, printing a ``StoreError`` as one line and exiting with status 1.
private func storeErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as StoreError {
        Output.error(error.description)
        throw ExitCode.failure
    }
}
