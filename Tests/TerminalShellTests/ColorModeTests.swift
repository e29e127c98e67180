import TerminalShell
import Testing

/// `--color auto|always|never` against the terminal and `NO_COLOR`.
@Suite struct ColorModeTests {
    @Test func theFlagValuesParse() {
        #expect(ColorMode(rawValue: "auto") == .auto)
        #expect(ColorMode(rawValue: "always") == .always)
        #expect(ColorMode(rawValue: "never") == .never)
        #expect(ColorMode(rawValue: "yes") == nil)
        #expect(ColorMode.allCases.map(\.rawValue) == ["auto", "always", "never"])
    }

    @Test func autoHonoursAnyNonEmptyNoColor() {
        #expect(ColorMode.auto.usesColor(terminalHasColors: true, environment: [:]))
        #expect(!ColorMode.auto.usesColor(terminalHasColors: true, environment: ["NO_COLOR": "1"]))
        #expect(!ColorMode.auto.usesColor(terminalHasColors: true, environment: ["NO_COLOR": "0"]))
        #expect(ColorMode.auto.usesColor(terminalHasColors: true, environment: ["NO_COLOR": ""]))
    }

    @Test func alwaysAndNeverOverrideTheEnvironment() {
        #expect(ColorMode.always.usesColor(terminalHasColors: true, environment: ["NO_COLOR": "1"]))
        #expect(!ColorMode.never.usesColor(terminalHasColors: true, environment: [:]))
    }

    @Test func aTerminalWithoutColoursNeverGetsThem() {
        for mode in ColorMode.allCases {
            #expect(!mode.usesColor(terminalHasColors: false, environment: [:]))
        }
    }
}
