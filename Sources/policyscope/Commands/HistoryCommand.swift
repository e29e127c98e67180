import ArgumentParser
import Foundation
import PolicyComparison
import PolicyExtraction
import PolicyHistory
import PolicyModel
import PolicyStore

/// `policyscope history DOCUMENT [PATH...]`: every version of a document, oldest first, and
/// what changed at each.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every version of a document and what changed at each.",
        discussion: """
        DOCUMENT is a document's name (`Facebook — Privacy Policy`, also typed `Facebook - \
        Privacy Policy` or `Facebook/Privacy Policy`; a domain for corpus files) or any loaded \
        version of it. Versions are the loaded files of the document: a folder of dated files \
        (YYYYMMDD_... or YYYY-MM-DD in the name) or files with the corpus header of one domain. \
        For each version: its id (DOCUMENT@YYYY-MM-DD, .1, .2... when several share a day), \
        words, the answers that changed since the one before, sections added, removed and \
        changed; a version with the same bytes as an earlier one returns to it. With --at, \
        versions up to that day. Technical versions (Open Terms Archive's "Apply technical or \
        declaration upgrade on ..." and "Refilter ..." commits: the page's extraction changed, \
        not its text) are shown and marked technical, so that an answer they change is not \
        taken for the company's; --hide-technical leaves them out (each version is then \
        compared with the one shown before it). The time taken to extract the versions is printed on stderr. \
        JSON: {document, gaps: [{after, before}], versions: [{id, date, commit, words, \
        technical, returnsTo, changes: {answers: [{question, old, new}], sectionsAdded, \
        sectionsRemoved, sectionsChanged}}]} (changes null for the first version). CSV: \
        document,id,date,commit,words,technical,returns_to,answers_changed.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "The document: its name, or one of its versions.") var document: String
    @OptionGroup var load: LoadOptions
    @Option(help: "Output format: text, json or csv.") var format: Format = .text
    @Flag(help: "Leave out technical versions (extraction upgrades, not new text).") var hideTechnical = false
    @OptionGroup var classifier: ClassifierOptions
    @Flag(help: ArgumentHelp("Classify every sentence of every version again (to measure what reuse saves).", visibility: .hidden))
    var noReuse = false

    func run() async throws {
        try await reportingErrors {
            var loaded = try await load.loadAll()
            let catalog = loaded.catalog(contents: true)
            let history = try Self.history(document, in: catalog, policies: loaded.policies)
            let dated = history.versions.filter { v in load.at.map { d in v.date.map { $0 <= d } ?? false } ?? true }
            let wanted = hideTechnical ? dated.filter { !$0.technical } : dated
            let technical = dated.count(where: \.technical)
            if technical > 0 {
                Output.error("history: \(technical) technical version(s) " + (hideTechnical ? "left out" : "shown, marked technical (--hide-technical leaves them out)"))
            }
            if dated.isEmpty, let at = load.at { throw CLIError.history(.noVersionBefore(history.document.description, at)) }
            let readStarted = ContinuousClock.now
            let (read, problems) = await loaded.read(wanted)
            load.report(problems[...])
            let versions = read.map(\.version), texts = read.map(\.policy)
            Output.error("history: \(versions.count) version(s) read in \(Self.seconds(ContinuousClock.now - readStarted)) s")
            let extractor = try classifier.extractor()
            let started = ContinuousClock.now, cpuStarted = clock()
            let width = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
            let extraction = await HistoryExtraction.extract(texts, contents: versions.map(\.content), with: extractor, width: width,
                                                            reuse: !noReuse, keepSentences: false)
            let extracted = ContinuousClock.now - started, cpuExtracted = clock()
            let steps = await HistorySteps.compute(texts, extraction.practices, contents: versions.map(\.content))
            Output.error("history: \(versions.count) version(s) extracted in \(Self.seconds(extracted)) s (CPU \(Self.cpuSeconds(cpuStarted, cpuExtracted)) s) "
                + "on \(width) task(s) (\(extraction.reused) texts reused, \(extraction.classified) classified), compared in "
                + "\(Self.seconds(ContinuousClock.now - started - extracted)) s (CPU \(Self.cpuSeconds(cpuExtracted, clock())) s)")
            let rows = zip(versions, texts).enumerated().map { i, pair in
                HistoryRow(version: pair.0, words: pair.1.wordCount, step: i == 0 ? nil : steps[i - 1])
            }
            switch format {
            case .json: try Output.json(HistoryView(history, rows: rows))
            case .csv: print(Output.safe(HistoryView.csv(history, rows: rows)), terminator: "")
            case .text: Self.printText(history, rows: rows, hidden: dated.count - wanted.count)
            }
        }
    }

    /// The history `query` names: a document's name, else the document of the policy or
    /// version it names.
    static func history(_ query: String, in catalog: HistoryCatalog, policies: [Policy]) throws -> DocumentHistory {
        if let named = catalog.history(named: query) { return named }
        if case .success(let policy) = PolicyLookup.find(query, in: policies), let found = catalog.version(ofPolicy: policy.id) {
            return found.history
        }
        switch catalog.resolve(query) {
        case .success(let version): return catalog.history(named: version.document.description)!
        case .failure(let reason): throw CLIError.history(reason)
        }
    }

    static func seconds(_ d: Duration) -> String {
        let (s, atto) = d.components
        return String(format: "%.2f", Double(s) + Double(atto) / 1e18)
    }

    /// Process CPU time (all threads) between two `clock()` readings, in seconds.
    static func cpuSeconds(_ from: clock_t, _ to: clock_t) -> String {
        String(format: "%.2f", Double(to - from) / Double(CLOCKS_PER_SEC))
    }

    /// The versions as text; `hidden` technical versions were left out.
    static func printText(_ history: DocumentHistory, rows: [HistoryRow], hidden: Int = 0) {
        let span = [history.firstDate, history.lastDate].compactMap { $0?.description }
        Output.line("\(history.document): \(history.versions.count) version(s)" + (span.count == 2 ? ", \(span[0]) to \(span[1])" : "")
            + (hidden > 0 ? " (\(hidden) technical left out)" : ""))
        let gapsAfter = Dictionary(history.gaps.map { ($0.after, $0) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            let v = row.version
            var notes: [String] = ["\(row.words) words"]
            if let step = row.step {
                notes.append("sections +\(step.sectionsAdded) -\(step.sectionsRemoved) ~\(step.sectionsChanged)")
                notes.append("\(step.answers.count) answer(s) changed")
            }
            if v.technical { notes.append("technical") }
            if let back = v.returnsTo { notes.append("returns to \(back)") }
            Output.line()
            Output.line("\(v.id)  " + notes.joined(separator: ", "))
            for change in row.step?.answers ?? [] {
                Output.line("  \(change.question.rawValue): \(change.old.value.display) -> \(change.new.value.display)")
            }
            if let gap = gapsAfter[v.id] {
                Output.line("  (deleted" + (gap.before.map { "; back at \($0))" } ?? ")"))
            }
        }
    }
}

/// One version as `history` shows it.
struct HistoryRow {
    var version: Version
    var words: Int
    /// What changed since the version before (nil for the first).
    var step: VersionStep?
}

/// Comparing each version with the one before, in parallel: each distinct text is prepared
/// for diffing once (``VersionDiffer/Prepared``) and serves the steps it is part of; a step
/// between two texts compared before is taken from that comparison (``StepPlan``).
enum HistorySteps {
    /// `contents`: each version's content key (blob id), nil when unknown.
    static func compute(_ policies: [Policy], _ practices: [PolicyPractices], contents: [String?]) async -> [VersionStep] {
        guard policies.count > 1 else { return [] }
        let plan = StepPlan(contents: contents)
        let distinct = plan.distinctVersions
        let preparedDistinct = await Parallel.map(distinct.count) { VersionDiffer.Prepared(policies[distinct[$0]]) }
        let prepared = Dictionary(uniqueKeysWithValues: zip(distinct, preparedDistinct))
        let stepIndices = plan.distinctSteps
        let computed = await Parallel.map(stepIndices.count) { k in
            let i = stepIndices[k], old = plan.source[i], new = plan.source[i + 1]
            return VersionStep(old: prepared[old]!, practices[i], new: prepared[new]!, practices[i + 1])
        }
        let byStep = Dictionary(uniqueKeysWithValues: zip(stepIndices, computed))
        return (0..<(policies.count - 1)).map { i in
            var step = byStep[plan.stepSource[i]]!
            step.diff.oldID = policies[i].id
            step.diff.newID = policies[i + 1].id
            return step
        }
    }
}
