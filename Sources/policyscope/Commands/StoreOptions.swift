import ArgumentParser
import Foundation
import PolicyStore

/// `--store FILE` and `--no-store`, shared by every command that loads policies.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store of parsed policies (default: $XDG_CACHE_HOME/policyscope/store.sqlite).", valueName: "FILE"))
    var store: String?

    @Flag(name: .customLong("no-store"), help: "Parse every file, reading and writing no store.")
    var noStore = false

    /// The store file this command uses.
    var path: String { store ?? StoreFile.defaultPath() }

    /// The arguments that give the same choice to another command.
    var arguments: [String] {
        (store.map { ["--store", $0] } ?? []) + (noStore ? ["--no-store"] : [])
    }

    /// The store for loading, or nil with `--no-store` or when it cannot be used (each fault
    /// reported through `warn` as one line; the command then works from memory).
    func use(stamps: Stamps = Stamps(), warn: @escaping @Sendable (String) -> Void = Self.printWarning) -> StoreUse? {
        guard !noStore else { return nil }
        return StoreUse(StoreOpener.open(path, stamps: stamps, warn: warn), warn: warn)
    }

    /// `policyscope: warning: MESSAGE` on stderr.
    @Sendable static func printWarning(_ message: String) {
        Output.error("warning: \(message)")
    }

    func validate() throws {
        if noStore, store != nil { throw ValidationError("--store and --no-store exclude each other") }
    }
}
