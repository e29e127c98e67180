/// One row of the keymap: the keys, the action, and the line the help overlay shows.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: String

    public init(_ keys: [Key], _ action: Action, _ help: String) {
        self.keys = keys
        self.action = action
        self.help = help
    }

    /// The keys as the help overlay lists them (`j ↓`).
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// The one keymap table: dispatch and the help overlay both read it.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.char("j"), .down], .moveDown, "move down / scroll down"),
        KeyBinding([.char("k"), .up], .moveUp, "move up / scroll up"),
        KeyBinding([.char("g"), .home], .top, "go to the top"),
        KeyBinding([.char("G"), .end], .bottom, "go to the bottom"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "page down"),
        KeyBinding([.pageUp], .pageUp, "page up"),
        KeyBinding([.ctrl("d")], .halfPageDown, "half a page down"),
        KeyBinding([.ctrl("u")], .halfPageUp, "half a page up"),
        KeyBinding([.char("h"), .left], .left, "fold / go to parent / back a pane"),
        KeyBinding([.char("l"), .right], .right, "unfold / open"),
        KeyBinding([.enter], .open, "open the policy or section"),
        KeyBinding([.char("*")], .expandAll, "expand every section"),
        KeyBinding([.tab], .nextPane, "focus the next pane"),
        KeyBinding([.backTab], .previousPane, "focus the previous pane"),
        KeyBinding([.char("z")], .maximise, "maximise the focused pane"),
        KeyBinding([.char("/")], .search, "search (filter in the policy list)"),
        KeyBinding([.char("n")], .nextMatch, "next match"),
        KeyBinding([.char("N")], .previousMatch, "previous match"),
        KeyBinding([.char("]")], .nextSection, "next section"),
        KeyBinding([.char("[")], .previousSection, "previous section"),
        KeyBinding([.char("}")], .nextHighlight, "next highlighted practice"),
        KeyBinding([.char("{")], .previousHighlight, "previous highlighted practice"),
        KeyBinding((1...10).map { .char(Character(String($0 % 10))) }, .toggleCategory, "show or hide a practice category (legend number)"),
        KeyBinding([.char(":")], .command, ": TITLE jumps to a section; :open PATH; ↑↓ history"),
        KeyBinding([.char("?"), .function(1)], .help, "this help"),
        KeyBinding([.escape], .cancel, "cancel"),
        KeyBinding([.char("q")], .close, "close the view (quit at the top)"),
        KeyBinding([.char("Q")], .quit, "quit"),
    ]

    /// What the mouse does with `--mouse`, listed after the keys in the help overlay.
    public static let mouseHelp: [(label: String, help: String)] = [
        ("click", "focus the pane, select the row (--mouse)"),
        ("wheel", "scroll the pane under the pointer (--mouse)"),
    ]

    /// The help overlay's lines: every binding, then the mouse.
    public static var helpLines: [(label: String, help: String)] {
        bindings.map { ($0.keyLabel, $0.help) } + mouseHelp
    }

    private static let table: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil { table[key] = binding.action }
        }
        return table
    }()

    /// The action bound to `key`, if any.
    public static func action(for key: Key) -> Action? { table[key] }
}
