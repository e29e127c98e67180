import ArgumentParser
import Foundation
import PolicyStore

/// `policyscope ingest PATH...`: fills the store without opening the browser.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Parse policies and their practices into the store.",
        discussion: """
        Reads every policy file under PATH, parses it and answers the practice questions, and \
        keeps the results in the store (--store FILE, default $XDG_CACHE_HOME/policyscope/\
        store.sqlite), so that later commands start warm. Files already stored under the same \
        parser and model versions are skipped; a changed file is read again. --deep stores the \
        deep path's practices (beside the fast ones), each policy's sentences in one batch. On a terminal a \
        progress line shows files, MB/s and the time left; the last line sums up. \
        docs/STORE.md describes the tables for sqlite3 and pandas.
        """
    )

    @Argument(help: ArgumentHelp("Policy files or folders.", valueName: "path")) var paths: [String]
    @Option(help: ArgumentHelp("The store file (default: $XDG_CACHE_HOME/policyscope/store.sqlite).", valueName: "FILE"))
    var store: String?
    @OptionGroup var classifier: ClassifierOptions
    @Flag(help: "Store the deep path's practices (the same as --classifier deep).")
    var deep = false

    func run() async throws {
        try await reportingErrors {
            var classifier = self.classifier
            if deep { classifier.classifier = .deep }
            let extractor = try classifier.extractor()
            let stamps = classifier.stamps
            guard stamps.model != nil else {
                Output.error("cannot read the model \(classifier.modelURL.path)")
                throw ExitCode.failure
            }
            let path = store ?? StoreFile.defaultPath()
            guard let opened = StoreOpener.open(path, stamps: stamps, warn: StoreOptions.printWarning) else {
                throw ExitCode.failure
            }
            let use = StoreUse(opened, warn: StoreOptions.printWarning)
            let parsing = ProgressLine("parsing")
            let loaded = await StoredCatalog.load(paths, using: use) { parsing.update(done: $0, total: $1, bytes: $2) }
            parsing.finish()
            LoadOptions.report(loaded.problems)
            guard use.store != nil else { throw ExitCode.failure }
            let answering = ProgressLine("practices")
            do throws(StoreError) {
                let filled = try await PracticeFiller.fill(loaded.entries, store: opened, extractor: extractor) {
                    answering.update(done: $0, total: $1, bytes: $2)
                }
                answering.finish()
                let info = try opened.info()
                Output.line("\(loaded.entries.count) policies in \(path): practices computed for \(filled.computed), already stored for \(filled.reused); \(StoreCommand.megabytes(info.bytes))")
            } catch {
                answering.finish()
                Output.error(error.description)
                throw ExitCode.failure
            }
        }
    }
}
