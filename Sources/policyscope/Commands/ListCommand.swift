import ArgumentParser
import PolicyModel

/// `policyscope list`: one row per loaded document (its newest version), or per version.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the loaded policies.",
        discussion: """
        One row per document: its newest loaded version, with the number of versions loaded \
        and the first and last of their dates (versions of a site are files with its corpus \
        header; a folder of dated files is one document). JSON: an array of {id, domain, \
        title, archivedOn, source, file, sections, words, language, format, versions, \
        firstDate, lastDate} (with --at, the version in force that day, the versions up to it and \
        its date as lastDate); with --versions one row per version, with {document} instead \
        of the last three.
        """
    )

    @OptionGroup var load: LoadOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table
    @Flag(help: "One row per version instead of per document.") var versions = false

    func run() async throws {
        try await reportingErrors {
            let rows: [ListRow]
            if load.paths.contains(where: GitVersions.isRepository) {
                // Git histories: every version is known, the newest of each document read.
                var loaded = try await load.loadAll()
                let before = loaded.problems.count
                let shown = versions && load.at == nil ? await loaded.allVersions(upTo: nil) : await loaded.inForce(at: load.at)
                load.report(loaded.problems.dropFirst(before))
                let catalog = loaded.catalog(), listed = shown.map(PolicyListing.init)
                rows = versions ? ListRow.versions(listed, catalog: catalog) : ListRow.documents(listed, catalog: catalog, at: load.at)
            } else {
                // Files: the store's listings, no policy body decoded.
                let listings = try await load.loadCatalog(applyingAt: false).listings
                let catalog = HistorySupport.catalog(listings)
                rows = versions ? ListRow.versions(HistorySupport.inForce(listings, at: load.at), catalog: catalog)
                    : ListRow.documents(listings, catalog: catalog, at: load.at)
            }
            if rows.isEmpty, let at = load.at { throw CLIError.nothingAt(at) }
            switch format {
            case .json:
                try Output.json(rows)
            case .table, .text:
                let idWidth = min(40, max(2, rows.map(\.policy.id.count).max() ?? 2))
                // The whole table in one string, written once (10,000 rows printed one by one
                // cost a fifth of the command); each piece from outside made safe on its own.
                var table = Output.fit("ID", idWidth) + "  " + Output.fit("ARCHIVED", 10) + "  SECTIONS   WORDS  LANG  "
                    + (versions ? Output.fit("DOCUMENT", 30) + "  " : "VERSIONS  FIRST       LAST        ") + "TITLE\n"
                table.reserveCapacity(rows.count * (idWidth + 120))
                for row in rows {
                    let p = row.policy
                    Output.fit(Output.safe(p.id), idWidth, into: &table)
                    table += "  "
                    Output.fit(p.archivedOn?.description ?? "-", 10, into: &table)
                    table += "  "
                    Output.padLeft(String(p.sectionCount), 8, into: &table)
                    table += "  "
                    Output.padLeft(String(p.wordCount), 6, into: &table)
                    table += "  "
                    Output.fit(Output.safe(p.language.code), 4, into: &table)
                    table += "  "
                    if versions {
                        Output.fit(Output.safe(row.document), 30, into: &table)
                        table += "  "
                    } else {
                        Output.padLeft(String(row.versions), 8, into: &table)
                        table += "  "
                        Output.fit(row.firstDate?.description ?? "-", 10, into: &table)
                        table += "  "
                        Output.fit(row.lastDate?.description ?? "-", 10, into: &table)
                        table += "  "
                    }
                    table += Output.fit(Output.safe(p.title), 60).trimmingTrailingSpaces()
                    table += "\n"
                }
                Output.write(table)
            }
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        // By bytes: a trailing space is one byte and ends any grapheme before it.
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
        return String(self[..<end])
    }
}
