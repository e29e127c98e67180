import ArgumentParser
import BrowserCore
import Foundation
import TerminalShell

/// `policyscope [PATH...]`: the interactive browser. Without a terminal on stdout it prints
/// what `policyscope list` prints.
struct BrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse the loaded policies interactively (the default).",
        discussion: """
        Three panes: the policies, the open policy's sections, and the section text. Press ? for \
        the keys. When stdout is not a terminal, prints the policy list instead. \
        POLICYSCOPE_FIRST_FRAME_LOG=FILE appends the milliseconds to the first screen to FILE.
        """
    )

    @OptionGroup var load: LoadOptions
    @Option(help: "Colour: auto (honours NO_COLOR), always or never.") var color: ColorMode = .auto

    func run() async throws {
        let started = DispatchTime.now()
        BrowserSession.setLocaleFromEnvironment()
        guard isatty(STDOUT_FILENO) != 0 else { return try await printList() }
        let policies = try await load.load()
        let environment = ProcessInfo.processInfo.environment
        let state = BrowserState(policies: policies, size: Size(width: 80, height: 24))
        do {
            _ = try BrowserSession.run(state, color: color, environment: environment) {
                guard let path = environment["POLICYSCOPE_FIRST_FRAME_LOG"], !path.isEmpty else { return }
                let ms = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
                let line = String(format: "first-frame-ms %.1f\n", ms)
                if let handle = FileHandle(forWritingAtPath: path) ?? (FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil) {
                    handle.seekToEndOfFile()
                    handle.write(Data(line.utf8))
                    try? handle.close()
                }
            }
        } catch let error as TerminalError {
            Output.error("\(error); printing the policy list instead")
            try await printList()
        }
    }

    private func printList() async throws {
        let list = try ListCommand.parse(["--"] + load.paths)
        try await list.run()
    }
}

extension ColorMode: ExpressibleByArgument {}
