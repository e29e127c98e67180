import BrowserCore
import CNcursesw
import CTerminalSignals
import Foundation

/// Runs the browser in the terminal until the user quits or input ends.
public enum BrowserSession {
    /// How the session ended.
    public enum Outcome: Sendable, Equatable {
        case quit
        case endOfInput
    }

    /// Sets the C locale from the environment; call before anything prints or reads text.
    public static func setLocaleFromEnvironment() {
        ps_setlocale()
    }

    /// Opens the terminal, shows `state`, and runs the key loop; returns how it ended and the
    /// last state (with every load problem in ``BrowserState/loadProblems``).
    ///
    /// - Parameters:
    ///   - loader: starts each load the state asks for (start-up paths, `:open`).
    ///   - mouse: turn on mouse reporting (clicks and the wheel).
    ///   - firstFrame: called once the first screen has been drawn (for timing).
    public static func run(
        _ initial: BrowserState, color: ColorMode, environment: [String: String],
        mouse: Bool = false, loader: BackgroundLoader? = nil,
        firstFrame: () -> Void = {}
    ) throws -> (outcome: Outcome, state: BrowserState) {
        let terminal = try Terminal(color: color, environment: environment, mouse: mouse)
        defer { terminal.close() }
        let inbox = LoadInbox()
        var state = initial
        inbox.openPolicy = state.openPolicy
        state.resize(to: terminal.size)
        terminal.draw(state.render())
        firstFrame()
        while true {
            for request in state.takeLoadRequests() {
                if let loader {
                    loader(request, inbox)
                } else {
                    state.apply(.finished(id: request.id, policies: [], problems: ["cannot load: no loader"]))
                }
            }
            let requests = state.takePracticeRequests()
            if !requests.isEmpty {
                // Practices are computed off the key loop, one policy after another, on one
                // core; the views show "…" until each arrives.
                Task.detached(priority: .utility) { inbox.runPractices(requests) }
            }
            for work in state.takeScreenWork() {
                // A screen's slow job (a search that builds the index or extracts practices), on a
                // thread of its own: it may wait for async work without holding a pool thread.
                Thread.detachNewThread { inbox.post(work.run { inbox.post($0) }) }
            }
            // While loading or computing, wake often enough to show progress.
            let busy = state.isLoading || state.isComputingPractices || state.isWorking
            let event = terminal.read(timeoutMs: busy ? 40 : 250)
            if ps_signals_take_stop() != 0 { terminal.suspend() } // C-z: stop, then redraw on fg
            var signal = ps_signals_pending()
            if signal == 0, event == .endOfInput, terminal.hungUp { signal = SIGHUP } // the terminal was closed
            if signal != 0 {
                // SIGINT/SIGTERM/SIGHUP/SIGQUIT: leave curses here, then die of the signal.
                terminal.close()
                ps_signals_die(signal)
            }
            switch event {
            case .endOfInput:
                return (.endOfInput, state)
            case .key(let key):
                #if DEBUG
                CrashHook.check(key) // a test hook; see CrashHook
                #endif
                state.update(key)
            case .mouse(let m):
                state.update(m)
            case .resize:
                terminal.invalidate()
            case .idle:
                break
            }
            if state.shouldQuit { return (.quit, state) }
            if let text = state.takeCopyRequest() { copy(text, terminal, environment, &state) }
            inbox.practiceEpoch = state.practiceEpoch
            inbox.openPolicy = state.openPolicy
            for report in inbox.drain() { state.apply(report) }
            let size = terminal.size
            if size != state.size {
                state.resize(to: size)
                terminal.invalidate()
            }
            terminal.draw(state.render())
        }
    }

    /// `y`: sends OSC 52, writes the clipboard file, and tells the state where the text went.
    private static func copy(_ text: String, _ terminal: Terminal, _ environment: [String: String], _ state: inout BrowserState) {
        terminal.send(Clipboard.osc52(text))
        guard let path = Clipboard.file(environment: environment) else {
            state.copied(text, file: "the clipboard file", problem: "neither XDG_STATE_HOME nor HOME is set")
            return
        }
        var problem: String?
        do { try Clipboard.save(text, to: path) } catch { problem = (error as NSError).localizedDescription }
        state.copied(text, file: Clipboard.display(path, environment: environment), problem: problem)
    }
}
