/// A key press as plain data: what the terminal shell reads and what tests feed the browser.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case char(Character)
    /// A control chord, such as `C-d` (`ctrl("d")`).
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace
    /// A function key, `F1` is `function(1)`.
    case function(Int)

    /// How the help overlay names the key.
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "C-\(c)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "BkSp"
        case .function(let n): "F\(n)"
        }
    }

    /// Keys for a string of typed characters, for tests and scripted input.
    public static func typing(_ text: String) -> [Key] {
        text.map { .char($0) }
    }
}
