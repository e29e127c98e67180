import ArgumentParser
import PolicyModel

/// `policyscope list`: one row per loaded policy.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the loaded policies.",
        discussion: "JSON: an array of {id, domain, title, archivedOn, source, file, sections, words, language, format}."
    )

    @OptionGroup var load: LoadOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingErrors {
            let policies = try await load.loadCatalog().listings
            switch format {
            case .json:
                try Output.json(policies.map(PolicySummary.init))
            case .table, .text:
                let idWidth = min(40, max(2, policies.map(\.id.count).max() ?? 2))
                Output.line(Output.fit("ID", idWidth) + "  " + Output.fit("ARCHIVED", 10) + "  SECTIONS   WORDS  LANG  TITLE")
                for p in policies {
                    let sections = String(p.sectionCount), words = String(p.wordCount)
                    Output.line(Output.fit(p.id, idWidth) + "  " + Output.fit(p.archivedOn?.description ?? "-", 10) + "  "
                        + String(repeating: " ", count: max(0, 8 - sections.count)) + sections + "  "
                        + String(repeating: " ", count: max(0, 6 - words.count)) + words + "  "
                        + Output.fit(p.language.code, 4) + "  " + Output.fit(p.title, 60).trimmingTrailingSpaces())
                }
            }
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self[...]
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
