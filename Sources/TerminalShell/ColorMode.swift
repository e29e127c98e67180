/// `--color auto|always|never`.
public enum ColorMode: String, CaseIterable, Sendable {
    case auto, always, never

    /// Whether to use colour, given the terminal's ability and the environment.
    /// `auto` honours `NO_COLOR` (any non-empty value, as no-color.org asks).
    public func usesColor(terminalHasColors: Bool, environment: [String: String]) -> Bool {
        guard terminalHasColors else { return false }
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
