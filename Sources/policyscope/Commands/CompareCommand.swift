import ArgumentParser
import Foundation
import PolicyComparison
import PolicyExtraction
import PolicyModel

/// `policyscope compare POLICY POLICY... [PATH...]`: the answer matrix.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare policies question by question.",
        discussion: """
        Arguments that name existing files or folders are loaded (default: the bundled policies); \
        the others select policies among those loaded (id, domain, path, or a version such as \
        DOC@DATE or DOC@~N). With no selection, or with --all, each loaded document's newest \
        version is compared. Values: yes, no, - (not stated), a number or \
        a list; "?" marks a weak answer. The answers are those of `policyscope practices`. \
        JSON: {policies: [{id, domain, archivedOn}], rows: [{question, text, answers: {ID: \
        {value, confidence, evidence: [{section, text}]}}}]}. CSV: question,ID1,ID2,... (a \
        cell starting with =, +, - or @ is prefixed with ').
        """
    )

    @Argument(help: ArgumentHelp("Policies to compare, and files or folders to load.", valueName: "policy-or-path"))
    var items: [String] = []
    @Flag(help: "Compare every loaded policy.") var all = false
    @Option(help: ArgumentHelp("Only these questions, comma-separated ids (e.g. sells-data,cookies).", valueName: "ids"))
    var questions: String?
    @Flag(help: "Hide the questions on which all policies agree.") var differencesOnly = false
    @Option(help: "Output format: table, json, csv or markdown.") var format: CompareFormat = .table
    @OptionGroup var classifier: ClassifierOptions
    @OptionGroup var storage: StoreOptions
    @OptionGroup var time: AtOption

    enum CompareFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv, markdown }

    func run() async throws {
        try await reportingErrors {
            let selectedQuestions = try parseQuestions()
            let paths = items.filter { FileManager.default.fileExists(atPath: $0) }
            let queries = items.filter { !FileManager.default.fileExists(atPath: $0) }
            var options = LoadOptions()
            options.paths = paths
            options.storage = storage
            options.time = time
            let matrix0: AnswerMatrix
            if paths.contains(where: GitVersions.isRepository) {
                var versions = try await options.loadAll()
                let loaded = await versions.inForce(at: options.at)
                if loaded.isEmpty, let at = options.at { throw CLIError.nothingAt(at) }
                var chosen: [Policy] = []
                if all || queries.isEmpty {
                    chosen = options.at == nil ? versions.newest() : loaded
                } else {
                    for query in queries {
                        switch PolicyLookup.find(query, in: loaded) {
                        case .success(let p): if !chosen.contains(where: { $0.id == p.id }) { chosen.append(p) }
                        case .failure(let failure):
                            guard case .success(let p) = await versions.resolve(query, at: nil) else { throw CLIError.lookup(failure) }
                            if !chosen.contains(where: { $0.id == p.id }) { chosen.append(p) }
                        }
                    }
                }
                let extractor = try classifier.extractor()
                let practices = await ExtractionSupport.extractAll(chosen, with: extractor)
                matrix0 = AnswerMatrix(practices: Array(zip(chosen, practices)).map { (policy: $0.0, practices: $0.1) },
                                       questions: selectedQuestions)
            } else {
                let loaded = try await options.loadCatalog(practicesWith: classifier)
                let chosen = try loaded.chosen(all || queries.isEmpty ? nil : queries)
                let practices = try await loaded.practices(chosen)
                matrix0 = AnswerMatrix(records: zip(chosen, practices).map { (policy: $0.listing, practices: $1) },
                                       questions: selectedQuestions)
            }
            var matrix = matrix0
            if differencesOnly { matrix = matrix.hidingAgreement() }
            switch format {
            case .json: try Output.json(MatrixView(matrix))
            case .csv: print(Output.safe(MatrixFormatter.csv(matrix)), terminator: "")
            case .markdown: print(Output.safe(MatrixFormatter.markdown(matrix)), terminator: "")
            case .table: printTable(matrix)
            }
        }
    }

    private func parseQuestions() throws -> [Question] {
        switch QuestionIDs.parse(questions) {
        case .success(let chosen): return chosen
        case .failure(let unknown): throw ValidationError(unknown.description)
        }
    }

    private func printTable(_ matrix: AnswerMatrix) {
        let width = 16
        Output.line(Output.fit("QUESTION", 26) + matrix.columns.map { " " + Output.fit($0.domain ?? $0.id, width) }.joined())
        for row in matrix.rows {
            Output.line(Output.fit(row.question.rawValue, 26) + row.cells.map { " " + Output.fit(MatrixFormatter.compact($0), width) }.joined())
        }
    }
}


/// `compare --format json`.
struct MatrixView: Encodable {
    struct PolicyView: Encodable {
        var id: String
        var domain: OrNull<String>
        var archivedOn: OrNull<String>
    }

    struct RowView: Encodable { var question: String; var text: String; var answers: [String: AnswerJSON] }

    var policies: [PolicyView]
    var rows: [RowView]

    init(_ matrix: AnswerMatrix) {
        policies = matrix.columns.map { PolicyView(id: $0.id, domain: OrNull($0.domain), archivedOn: OrNull($0.archivedOn?.description)) }
        rows = matrix.rows.map { row in
            RowView(question: row.question.rawValue, text: row.question.text, answers: Dictionary(
                uniqueKeysWithValues: zip(matrix.columns, row.cells).map { ($0.id, AnswerJSON($1)) }))
        }
    }
}
