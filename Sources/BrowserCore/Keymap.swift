/// One row of the keymap: the keys, the action, and the line the help overlay shows.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// Where the binding applies; a specific context's binding wins over a general one.
    public var context: KeyContext

    public init(_ keys: [Key], _ action: Action, _ help: String, in context: KeyContext = .everywhere) {
        self.keys = keys
        self.action = action
        self.help = help
        self.context = context
    }

    /// The keys as the help overlay lists them (`j ↓`).
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// Where a key binding applies.
public enum KeyContext: Int, CaseIterable, Hashable, Sendable {
    case everywhere, browser, list, views, matrix, sideBySide, versions

    /// The help overlay's heading for the context's keys (nil: listed first, no heading).
    public var heading: String? {
        switch self {
        case .everywhere: nil
        case .browser: "In the three panes"
        case .list: "In the policy list"
        case .views: "In the comparison views"
        case .matrix: "In the answer matrix"
        case .sideBySide: "Side by side"
        case .versions: "Versions diff"
        }
    }
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
        KeyBinding([.char("c")], .compare, "compare the marked policies: the answer matrix (:compare)", in: .browser),
        KeyBinding([.char("b")], .sideBySide, "two marked policies side by side (:side)", in: .browser),
        KeyBinding([.char("v")], .versions, "diff two marked versions, or a group's newest two (:diff)", in: .browser),
        KeyBinding([.char(" ")], .mark, "mark or unmark the policy (a group: its versions)", in: .list),
        KeyBinding([.char("a")], .markAll, "mark every policy shown (again: unmark them)", in: .list),
        KeyBinding([.char("q"), .escape], .close, "back to the previous view", in: .views),
        KeyBinding([.char("/")], .search, "filter questions or policies as you type", in: .matrix),
        KeyBinding([.enter], .open, "open the policy at this answer's evidence (q/Esc back)", in: .matrix),
        KeyBinding([.char("s")], .sortByValue, "sort the policies by this question (again: reverse)", in: .matrix),
        KeyBinding([.char("d")], .hideAgreement, "hide the questions where all policies agree", in: .matrix),
        KeyBinding([.char("t")], .transpose, "swap rows and columns", in: .matrix),
        KeyBinding([.tab, .backTab], .nextPane, "switch the active side", in: .sideBySide),
        KeyBinding([.enter], .open, "open the active side's policy at this section", in: .sideBySide),
        KeyBinding([.char("]")], .nextSection, "next pair of sections", in: .sideBySide),
        KeyBinding([.char("[")], .previousSection, "previous pair of sections", in: .sideBySide),
        KeyBinding([.char("]")], .nextSection, "next change", in: .versions),
        KeyBinding([.char("[")], .previousSection, "previous change", in: .versions),
        KeyBinding([.enter], .open, "open the new version at this change", in: .versions),
    ]

    /// What the mouse does with `--mouse`, listed after the keys in the help overlay.
    public static let mouseHelp: [(label: String, help: String)] = [
        ("click", "focus the pane, select the row (--mouse)"),
        ("wheel", "scroll the pane under the pointer (--mouse)"),
    ]

    /// The help overlay's lines: every binding, general ones first, each context's under its
    /// heading (a line with an empty label), then the mouse.
    public static let helpLines: [(label: String, help: String)] = {
        var lines: [(label: String, help: String)] = []
        for context in KeyContext.allCases {
            let rows = bindings.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            if let heading = context.heading { lines.append(("", heading + ":")) }
            lines += rows.map { ($0.keyLabel, $0.help) }
        }
        return lines + mouseHelp + ListBadges.helpLines
    }()

    private static let tables: [KeyContext: [Key: Action]] = {
        var tables: [KeyContext: [Key: Action]] = [:]
        for binding in bindings {
            for key in binding.keys where tables[binding.context]?[key] == nil {
                tables[binding.context, default: [:]][key] = binding.action
            }
        }
        return tables
    }()

    /// The action bound to `key` everywhere, if any.
    public static func action(for key: Key) -> Action? { tables[.everywhere]?[key] }

    /// The action bound to `key` in the first of `contexts` that binds it, else everywhere.
    public static func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        for context in contexts {
            if let action = tables[context]?[key] { return action }
        }
        return tables[.everywhere]?[key]
    }
}
