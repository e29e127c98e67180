import ArgumentParser
import BrowserCore
import Foundation
import PolicyDeep
import PolicyParsing
import PolicyResources
import PolicyStore
import TerminalShell

/// `policyscope [PATH...]`: the interactive browser. Without a terminal on stdout it prints
/// what `policyscope list` prints.
struct BrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse the loaded policies interactively (the default).",
        discussion: """
        Three panes: the policies, the open policy's sections, and the section text. Press ? for \
        the keys. Policies load in the background with a progress bar in the status line; the \
        keys work meanwhile. The : command line jumps to a section by title (the default), \
        ':open PATH' loads more policies, and up/down recall earlier command lines. P (or \
        ':problems') lists the load problems, which are also printed when the browser ends. \
        Space marks policies (a: all shown); c opens the answer matrix of the marked ones, b \
        shows two side by side, v diffs two versions of a site \
        (a site's archived versions are grouped in the list). T shows the selected policy's \
        document over time: its versions and an answer strip that fills in the background. S (or ':search QUERY') searches the \
        sentences of every loaded policy with the search command's syntax, as you type; Enter opens a \
        result at its sentence, n/N the next ones, q/Esc back to the results. ':trends' counts \
        the answers of the loaded documents year by year (as the trends command does): h/l the \
        question, Tab a bar, Enter the documents behind it. With --mouse, a click focuses a pane and \
        selects a row and the wheel scrolls the pane under the pointer (terminal text selection \
        then needs Shift in most terminals). When stdout is not a terminal, prints the policy \
        list instead. POLICYSCOPE_FIRST_FRAME_LOG=FILE appends the milliseconds to the first \
        screen, to the start-up load's full list and to its last text read to FILE.
        """
    )

    @OptionGroup var load: LoadOptions
    @Option(help: "Colour: auto (honours NO_COLOR), always or never.") var color: ColorMode = .auto
    @Flag(help: "Use the mouse: click to focus a pane or select a row, the wheel scrolls.") var mouse = false
    @Option(help: """
    The open policy's highlights and answers: fast (the linear model) or deep (the linear model's \
    first, then its blend with the transformer redraws them, about 5 s for a long policy on two \
    cores). Default: $POLICYSCOPE_CLASSIFIER when set, else deep when the deep model is installed.
    """)
    var classifier: ClassifierChoice?
    @Option(help: ArgumentHelp("The deep model file (default: the shipped opp115-deep.bin).", valueName: "FILE"))
    var deepModel: String?

    func run() async throws {
        let started = DispatchTime.now()
        BrowserSession.setLocaleFromEnvironment()
        guard isatty(STDOUT_FILENO) != 0 else { return try await printList() }
        let environment = ProcessInfo.processInfo.environment
        let log = FirstFrameLog(path: environment["POLICYSCOPE_FIRST_FRAME_LOG"], started: started)
        let classifier = try classifierOptions(environment: environment)
        let practices = PracticeCache(classifier: classifier, store: load.storage)
        let shelf = SearchIndexShelf(storage: load.storage, classifier: classifier)
        var state = BrowserState(policies: [], size: Size(width: 80, height: 24), highlighter: practices,
                                 finder: TypoTolerantSectionFinder(), practices: practices,
                                 searcher: IndexPolicySearcher(modelURL: ModelCommand.shippedModelURL, shelf: shelf),
                                 trends: BrowserTrends(modelURL: ModelCommand.shippedModelURL))
        let versions = HistoryVersionReader(practices: practices)
        state.readVersions(with: versions)
        let targets = load.paths.isEmpty ? PolicyResources.seedFiles.map(\.path) : load.paths
        let startID = state.requestLoad(targets, label: load.paths.isEmpty ? "sample policies" : nil)
        let storage = load.storage, at = load.at
        let loader: BackgroundLoader = { request, inbox in
            Task.detached {
                // Paths typed at `:open` never met a shell: expand `~` and `~/` here.
                let paths = request.id == startID ? request.paths : request.paths.map(Self.expandingTilde)
                let warnings = CollectedWarnings()
                let use = storage.use(warn: warnings.add)
                if let use, at == nil, !paths.contains(where: GitVersions.isRepository) {
                    // Files through the store: the list at once, the texts after it.
                    await ListedLoad.run(paths, id: request.id, use: use, warnings: warnings, inbox: inbox, shelf: shelf) {
                        if request.id == startID { log.write("loaded-ms") }
                    }
                    if request.id == startID { log.write("texts-ms") }
                    return
                }
                var result = await LoadedVersions.load(paths, using: use) { done, total, _ in
                    inbox.post(.progress(id: request.id, done: done, total: total))
                }
                let policies = await result.inForce(at: at)
                // Before the policies arrive: the timeline's catalog is built from them.
                versions.git.add(result)
                inbox.post(.finished(id: request.id, policies: policies, problems: warnings.problems + result.problems.map(\.line)))
                if request.id == startID { log.write("loaded-ms") }
            }
        }
        let color = self.color, mouse = self.mouse, initial = state
        let ended: Result<BrowserState, any Error> = await Self.onOwnThread {
            Result {
                try BrowserSession.run(initial, color: color, environment: environment, mouse: mouse, loader: loader) {
                    log.write("first-frame-ms")
                }.state
            }
        }
        switch ended {
        case .success(let final):
            for problem in final.loadProblems { Output.error(problem) }
            // Ending before the loads did (q, end of input) is no failure.
            if final.policies.isEmpty, !final.isLoading {
                Output.error(CLIError.nothingLoaded.description)
                throw ExitCode.failure
            }
        case .failure(let error as TerminalError):
            Output.error("\(error); printing the policy list instead")
            try await printList()
        case .failure(let error):
            throw error
        }
    }

    /// The models of the browser's practices. An explicit `--classifier deep` whose deep model
    /// does not load is a one-line error before the screen opens; by default (no option, no
    /// `POLICYSCOPE_CLASSIFIER`) the second pass runs when the deep model file is there.
    func classifierOptions(environment: [String: String]) throws -> ClassifierOptions {
        let deepPath = deepModel ?? BlendedClassifier.shippedModelURL.path
        let preferred = environment["POLICYSCOPE_CLASSIFIER"].flatMap(ClassifierChoice.init(rawValue:))
        let choice = classifier ?? preferred ?? (FileManager.default.fileExists(atPath: deepPath) ? .deep : .fast)
        let options = try ClassifierOptions.parse(["--classifier", choice.rawValue] + (deepModel.map { ["--deep-model", $0] } ?? []))
        if classifier == .deep {
            do throws(DeepModelError) {
                _ = try DeepModel(contentsOf: URL(fileURLWithPath: deepPath))
            } catch {
                Output.error(error.description)
                throw ExitCode.failure
            }
        }
        return options
    }

    /// `path` with a leading `~` or `~/` replaced by the home directory (other users' `~name` is
    /// left alone).
    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"),
              let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty
        else { return path }
        return home + path.dropFirst()
    }

    /// Runs the key loop on a thread of its own, so the loader's tasks keep every core.
    private static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: body()) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func printList() async throws {
        let list = try ListCommand.parse(load.storage.arguments + (load.at.map { ["--at", $0.description] } ?? []) + ["--"] + load.paths)
        try await list.run()
    }
}

/// `POLICYSCOPE_FIRST_FRAME_LOG`: appends `NAME MILLISECONDS` lines, timed from the start.
private struct FirstFrameLog: Sendable {
    var path: String?
    var started: DispatchTime

    func write(_ name: String) {
        guard let path, !path.isEmpty else { return }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
        let line = String(format: "%@ %.1f\n", name, ms)
        if let handle = FileHandle(forWritingAtPath: path) ?? (FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        }
    }
}

extension ColorMode: ExpressibleByArgument {}
