import ArgumentParser
import PolicyIndex
import PolicyModel

/// `policyscope search QUERY [PATH...]`: the index's sentence search, or a fuzzy section jump.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the sentences of the loaded policies.",
        discussion: """
        Words are ANDed and stemmed (sells finds selling); "exact phrase"; prefix*; -excluded; \
        a OR b; ( ) groups. Filters: category:"Data Retention" (or category:retention), \
        domain:act-on.com, year:2012..2015, answer:sells-data=no. Ranked by BM25F with section \
        titles boosted.

        --sections matches QUERY fuzzily against section titles instead.

        JSON: an array of {id, domain, section (title path), text, snippet, score}, best first; \
        with --sections, {id, domain, section, number, score}.
        """
    )

    @Argument(help: "The query.") var query: String
    @OptionGroup var load: LoadOptions
    @Option(help: "Most results to show.") var limit: Int = 20
    @Flag(help: "Fuzzy-match section titles instead of searching sentences.") var sections = false
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        let parsed: Query?
        if sections {
            parsed = nil
        } else {
            do {
                parsed = try Query.parse(query)
            } catch {
                Output.error("query: \(error.description)")
                throw ExitCode(2)
            }
        }
        let filters = parsed.map { SearchAnnotations.needed(by: $0.root) } ?? false
        let index: PolicyIndex
        if !load.storage.noStore, !load.namesRepository {
            // The index saved for these policies, else built (with the stored practices) and saved.
            index = try await SavedSearchIndex.index(load, filters: filters)
        } else {
            let policies = try await load.load()
            var annotations: [String: IndexAnnotations] = [:]
            if filters {
                let extractor = try ExtractionSupport.extractor(modelPath: nil)
                let practices = await ExtractionSupport.extractAll(policies, with: extractor)
                for (policy, found) in zip(policies, practices) {
                    annotations[policy.id] = SearchAnnotations.annotations(for: policy, practices: found)
                }
            }
            index = await PolicyIndex.build(policies: policies, annotations: annotations)
        }
        guard let parsed else {
            printSections(index.sections(matching: query, limit: limit))
            return
        }
        let hits: [Hit]
        do {
            hits = try index.search(parsed, limit: limit)
        } catch {
            Output.error("query: \(error.description)")
            throw ExitCode(2)
        }
        switch format {
        case .json:
            try Output.json(hits.map(SearchHitJSON.init))
        case .text, .table:
            if hits.isEmpty { Output.line("no matches") }
            for hit in hits {
                Output.line("\(hit.policyID)  \(SectionPath.label(hit.titlePath))  [\(formatScore(hit.score))]")
                Output.line("    " + hit.snippet.marked())
            }
        }
    }

    private func printSections(_ matches: [SectionMatch]) {
        switch format {
        case .json:
            do { try Output.json(matches.map(SectionMatchJSON.init)) } catch { Output.error("\(error)") }
        case .text, .table:
            if matches.isEmpty { Output.line("no matching sections") }
            for m in matches {
                Output.line("\(m.policyID)  §\(m.sectionNumber)  \(SectionPath.joined(m.titlePath))  [\(formatScore(m.score))]")
            }
        }
    }

    private func formatScore(_ score: Double) -> String {
        String(Double((score * 1000).rounded()) / 1000)
    }
}

/// One hit as `search --format json` prints it.
struct SearchHitJSON: Encodable {
    var id: String
    var domain: OrNull<String>
    var section: [String]
    var text: String
    var snippet: String
    var score: Double

    init(_ hit: Hit) {
        id = hit.policyID
        domain = OrNull(hit.domain)
        section = hit.titlePath
        text = hit.text
        snippet = hit.snippet.marked()
        score = hit.score
    }
}

/// One section match as `search --sections --format json` prints it.
struct SectionMatchJSON: Encodable {
    var id: String
    var domain: OrNull<String>
    var section: [String]
    var number: Int
    var score: Double

    init(_ match: SectionMatch) {
        id = match.policyID
        domain = OrNull(match.domain)
        section = match.titlePath
        number = match.sectionNumber
        score = match.score
    }
}
