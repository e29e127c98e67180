import ArgumentParser
import Foundation
import PolicyModel

/// The `policyscope` command: a terminal browser for website privacy policies, and the
/// scriptable commands that show the same things as text or JSON.
@main
struct Policyscope: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policyscope",
        abstract: "Read, search and compare website privacy policies in the terminal.",
        discussion: """
        PATH arguments are policy files (.md, .markdown, .txt) or folders, read recursively. \
        With no PATH, policyscope opens its bundled sample policies.

        POLICY names one loaded policy: its id (domain@YYYY-MM-DD, as `list` shows), its domain \
        (the newest loaded version), or its file path.
        """,
        version: "0.1.0",
        subcommands: [BrowseCommand.self, ListCommand.self, OutlineCommand.self, ShowCommand.self, ModelCommand.self, ClassifyCommand.self, SearchCommand.self, DiffCommand.self, PracticesCommand.self, CompareCommand.self,
                      BatchCommand.self, VersionsCommand.self, HistoryCommand.self, TrendsCommand.self, IngestCommand.self, StoreCommand.self],
        defaultSubcommand: BrowseCommand.self
    )

    /// Runs the command as ArgumentParser's `main` does, with every message it prints (errors
    /// quote file names, policy ids and arguments) shown through ``VisibleText``.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = VisibleText.visible(fullMessage(for: error))
            if !message.isEmpty {
                let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
