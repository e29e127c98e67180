import BrowserCore
import CNcursesw

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

    /// Opens the terminal, shows `state`, and runs the key loop.
    ///
    /// - Parameter firstFrame: called once the first screen has been drawn (for timing).
    public static func run(
        _ initial: BrowserState, color: ColorMode, environment: [String: String],
        firstFrame: () -> Void = {}
    ) throws -> Outcome {
        let terminal = try Terminal(color: color, environment: environment)
        defer { terminal.close() }
        var state = initial
        state.resize(to: terminal.size)
        terminal.draw(state.render())
        firstFrame()
        while true {
            let event = terminal.read()
            switch event {
            case .endOfInput:
                return .endOfInput
            case .key(let key):
                state.update(key)
                if state.shouldQuit { return .quit }
            case .resize:
                terminal.invalidate()
            case .idle:
                break
            }
            let size = terminal.size
            if size != state.size {
                state.resize(to: size)
                terminal.invalidate()
            }
            terminal.draw(state.render())
        }
    }
}
