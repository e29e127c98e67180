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

/// Where a key binding applies: the browser's own contexts, and one per stacked screen
/// (declared with the screen, e.g. ``matrix``).
public struct KeyContext: Hashable, Sendable, CaseIterable {
    public let name: String
    /// The help overlay's heading for the context's keys (nil: listed first, no heading).
    public let heading: String?

    init(_ name: String, heading: String?) {
        self.name = name
        self.heading = heading
    }

    public static let everywhere = KeyContext("everywhere", heading: nil)
    public static let browser = KeyContext("browser", heading: "In the three panes")
    public static let list = KeyContext("list", heading: "In the policy list")
    public static let views = KeyContext("views", heading: "In the comparison views")

    /// The browser's contexts, then each screen's, in the order the help lists them.
    public static var allCases: [KeyContext] {
        [.everywhere, .browser, .list, .views] + ScreenRegistry.types.map { $0.keyContext }
    }
}

/// The one keymap table: dispatch and the help overlay both read it.
public enum Keymap {
    public static let bindings: [KeyBinding] = browserBindings + ScreenRegistry.types.flatMap { $0.bindings }

    /// The keys of the three panes and of every screen alike; each screen brings its own.
    private static let browserBindings: [KeyBinding] = [
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
        KeyBinding([.char("H")], .cycleHighlights, "highlights: strongest (a third of the lines at most) / all / none"),
        KeyBinding([.char("f")], .soloCategory, "solo: one category only (the first on screen; a digit picks another); again: all"),
        KeyBinding([.char("i")], .describeSentence, "what is this sentence: categories, scores, negation, attributes, answers (} { move the cursor ›)"),
        KeyBinding([.char("A")], .answersPanel, "answers panel: the policy's answers; Enter opens the evidence (C-o back); q or A closes"),
        KeyBinding([.char(":")], .command, ": TITLE or :N (0: preamble) jumps to a section; :open PATH; ↑↓ history"),
        KeyBinding([.ctrl("o"), .backspace], .jumpBack, "back to where the last jump (:, a result, evidence, a change) left"),
        KeyBinding([.ctrl("r")], .jumpForward, "forward again after C-o (redo the jump)"),
        KeyBinding([.char("?"), .function(1)], .help, "this help"),
        KeyBinding([.escape], .cancel, "cancel"),
        KeyBinding([.char("q")], .close, "close the view (quit at the top)"),
        KeyBinding([.char("Q")], .quit, "quit"),
        KeyBinding([.char(" ")], .mark, "mark or unmark the policy (a group: its versions)", in: .list),
        KeyBinding([.char("a")], .markAll, "mark every policy shown (again: unmark them)", in: .list),
        KeyBinding([.char("q"), .escape], .close, "back to the previous view", in: .views),
        KeyBinding([.char("y")], .copy, "copy the sentence at the top (a match: its sentence), a result or a cell"),
        KeyBinding([.char("o")], .links, "the policy's snapshot URL and the links on screen", in: .browser),
        KeyBinding([.char("s")], .sortList, "sort the list: name, date, words, answer (:sort KEY)", in: .browser),
    ]

    /// What the mouse does with `--mouse`, listed after the keys in the help overlay.
    public static let mouseHelp: [(label: String, help: String)] = [
        ("click", "focus the pane, select the row (--mouse)"),
        ("wheel", "scroll the pane under the pointer (--mouse)"),
    ]

    /// The help overlay's lines: every binding, general ones first, each context's under its
    /// heading (a line with an empty label), then the mouse.
    public static let helpLines = helpLines(first: [])

    /// The help lines with the keys of `contexts` (the view in use) first; the general keys,
    /// unless they lead, go under `Everywhere:`.
    public static func helpLines(first contexts: [KeyContext]) -> [(label: String, help: String)] {
        var lines: [(label: String, help: String)] = []
        for context in contexts + KeyContext.allCases.filter({ !contexts.contains($0) }) {
            let rows = bindings.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            if let heading = context.heading ?? (lines.isEmpty ? nil : "Everywhere") { lines.append(("", heading + ":")) }
            lines += rows.map { ($0.keyLabel, $0.help) }
        }
        return lines + mouseHelp + Prompt.helpLines
            + [("", "Highlights: underlined, a practice the text states; italic, one it denies")]
            + ListBadges.helpLines
    }

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
