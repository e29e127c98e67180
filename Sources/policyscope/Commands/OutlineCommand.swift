import ArgumentParser
import PolicyModel

/// `policyscope outline POLICY`: the section tree.
struct OutlineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Show a policy's section tree.",
        discussion: """
        Text: one numbered line per section, indented by depth (the numbers are those `show --section` takes). \
        JSON: {id, sections: [{number, title, level, style, line, children: [...]}]}.
        """
    )

    @Argument(help: "The policy: an id, a domain or a file path.") var policy: String
    @OptionGroup var load: LoadOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() async throws {
        try await reportingErrors {
            let policy = try await load.policy(matching: policy)
            if format == .json {
                try Output.json(OutlineView(policy))
                return
            }
            Output.line("\(policy.id)  \(policy.title)")
            let flat = policy.flattenedSections
            let width = String(flat.count).count
            if !policy.preamble.isEmpty { Output.line(String(repeating: " ", count: width - 1) + "0  " + SectionPath.preambleLabel) }
            for (location, section) in flat {
                let number = String(location.number)
                Output.line(String(repeating: " ", count: width - number.count) + number + "  "
                    + String(repeating: "  ", count: location.depth - 1) + section.title)
            }
        }
    }
}
