import ArgumentParser
import PolicyModel

/// `policyscope show POLICY`: the policy's text, section by section.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a policy's text, by section.",
        discussion: """
        --section N shows section N (as numbered by `outline`) with its sub-sections; 0 is the preamble. \
        JSON: {id, domain, title, archivedOn, preamble, sections: [{number, path, title, level, \
        blocks: [{kind, line, text, links: [{text, url, start, end}], sentences: [{start, end, text}]}]}]}; \
        offsets count Unicode code points.
        """
    )

    @Argument(help: "The policy: an id, a domain or a file path.") var policy: String
    @OptionGroup var load: LoadOptions
    @Option(help: "Only this section (0 = preamble) and its sub-sections.") var section: Int?
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() async throws {
        try await reportingErrors {
            let policy = try await load.policy(matching: policy)
            let flat = policy.flattenedSections
            var selected = flat
            var showPreamble = section == nil || section == 0
            if let n = section {
                guard n >= 0, n <= flat.count else { throw CLIError.noSuchSection(n, count: flat.count) }
                if n > 0 {
                    let root = flat[n - 1].location.indexPath
                    selected = flat.filter { $0.location.indexPath.starts(with: root) }
                    showPreamble = false
                } else {
                    selected = []
                }
            }
            if format == .json {
                try Output.json(ShowView(
                    id: policy.id, domain: OrNull(policy.domain), title: policy.title, archivedOn: OrNull(policy.archivedOn?.description),
                    preamble: showPreamble ? policy.preamble.map(ShowView.BlockView.init) : nil,
                    sections: selected.map { ShowView.SectionView(number: $0.location.number, path: $0.location.titlePath, title: $0.section.title, level: $0.section.level, blocks: $0.section.blocks.map(ShowView.BlockView.init)) }))
                return
            }
            if showPreamble { policy.preamble.forEach(printBlock) }
            for (location, section) in selected {
                Output.line()
                Output.line(String(repeating: "#", count: min(6, location.depth)) + " " + section.title)
                Output.line()
                section.blocks.forEach(printBlock)
            }
        }
    }

    private func printBlock(_ block: Block) {
        switch block.kind {
        case .listItem(let depth, _): Output.line(String(repeating: "  ", count: depth - 1) + "• " + block.text)
        case .quote: Output.line("> " + block.text)
        case .code: Output.line(block.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        default: Output.line(block.text)
        }
        if case .listItem = block.kind {} else if case .tableRow = block.kind {} else { Output.line() }
    }
}
