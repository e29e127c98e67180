import ArgumentParser
import Foundation
import PolicyExtraction
import PolicyHistory
import PolicyModel

/// `policyscope trends [PATH...]`: how the loaded documents' answers changed, year by year.
struct TrendsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trends",
        abstract: "Count the loaded documents' answers year by year.",
        discussion: """
        For each year from the first version's to the last, reads the version of every loaded \
        document in force on 31 December (its newest on or before that day; documents not yet \
        published are left out) and counts its answers: yes / no / not stated for the yes/no \
        questions; for children-min-age the documents stating an age and their median; for the \
        list questions (change-notice, frameworks, privacy-contact) the documents naming each \
        value; and the median words. Documents are grouped as `history` groups them. With --at, \
        only versions up to that day. The table draws each count as a bar of the year's documents; \
        list questions show their three most named values (all of them in JSON and CSV). \
        The time taken is printed on stderr. JSON: {years: [YEAR], documents: {YEAR: n}, \
        questions: {ID: {YEAR: {VALUE: n}}}, words: {YEAR: median}}, VALUE being yes, no, \
        not-stated, an age or a named value. CSV: question,year,value,count.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var load: LoadOptions
    @Option(help: ArgumentHelp("Only these questions, comma-separated ids (e.g. sells-data,cookies).", valueName: "ids"))
    var questions: String?
    @Option(help: "Output format: table, json or csv.") var format: Format = .table
    @OptionGroup var classifier: ClassifierOptions

    func run() async throws {
        let chosen: [Question]
        switch QuestionIDs.parse(questions) {
        case .success(let q): chosen = q
        case .failure(let unknown):
            Output.error(unknown.description)
            throw ExitCode.failure
        }
        try await reportingErrors {
            var loaded = try await load.loadAll()
            // Every version up to --at read (git versions read now, through the store).
            let policies = await loaded.allVersions(upTo: load.at)
            var histories = loaded.catalog().histories
            if let at = load.at {
                histories = histories.compactMap { h in
                    var kept = h
                    kept.versions = h.versions.filter { $0.date.map { $0 <= at } ?? false }
                    return kept.versions.isEmpty ? nil : kept
                }
                if histories.isEmpty { throw CLIError.nothingAt(at) }
            }
            let plan = TrendPlan(histories)
            let extractor = try classifier.extractor()
            let started = ContinuousClock.now
            let width = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
            let byID = Dictionary(policies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let samples = await TrendSamples.extract(plan, policies: byID, with: extractor, width: width)
            let trends = Trends(plan, samples: samples, questions: chosen)
            Output.error("trends: \(samples.count) version(s) of \(histories.count) document(s) over \(trends.years.count) year(s) "
                + "extracted and counted in \(HistoryCommand.seconds(ContinuousClock.now - started)) s on \(width) task(s)")
            switch format {
            case .json: try Output.json(TrendsJSON(trends))
            case .csv: print(Output.safe(TrendsTable.csv(trends)), terminator: "")
            case .table: for line in TrendsTable.lines(trends) { Output.line(line) }
            }
        }
    }
}
