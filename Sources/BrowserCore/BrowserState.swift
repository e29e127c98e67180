import PolicyModel

/// The browser's three panes.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case policies, tree, text
    /// The open policy's answers (`A`), beside the text or in the tree's place.
    case answers

    public var name: String {
        switch self {
        case .policies: "Policies"
        case .tree: "Sections"
        case .text: "Text"
        case .answers: "Answers"
        }
    }
}

/// A terminal size in cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// The line being typed at the bottom of the screen.
struct Prompt: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case filter
        case search(Pane)
        case command
        /// The top screen's filter, after this sigil (``ScreenEffect/filter(sigil:text:)``).
        case screenFilter(String)
    }

    var kind: Kind
    var text: String = ""
    /// What to restore on Esc: the scroll or cursor position when the prompt opened.
    var savedPosition: Int
    /// The command history entry shown, nil while typing a new line.
    var historyIndex: Int?
    /// The new line, kept while the history is shown.
    var draft = ""
    /// The text was there when the prompt opened and is selected: typing replaces it.
    var selected = false

    init(kind: Kind, text: String = "", savedPosition: Int, selected: Bool = false) {
        self.kind = kind
        self.text = text
        self.savedPosition = savedPosition
        self.selected = selected && !text.isEmpty
    }

    var sigil: String {
        switch kind {
        case .filter: "filter: "
        case .search: "/"
        case .command: ":"
        case .screenFilter(let sigil): sigil
        }
    }
}

/// An active search: the query, where it searched, and its matches.
struct SearchState: Sendable {
    var query: String
    var pane: Pane
    /// Text pane matches.
    var textMatches: [TextMatch] = []
    /// Tree pane matches: indices into the visible rows.
    var rowMatches: [Int] = []
    /// The current match, an index into whichever list is in use.
    var current: Int?

    var count: Int { pane == .text ? textMatches.count : rowMatches.count }
}

/// The whole browser as one value: what is loaded, what is focused, and its parts: the
/// ``PolicyList``, the ``Reader``, the ``LoadQueue``, the ``PracticeWork`` and the
/// ``ScreenStack``.
///
/// Keys change it through ``update(_:)``; ``render()`` draws it into a ``Grid``.
public struct BrowserState: Sendable {
    public internal(set) var policies: [Policy]
    let highlighter: (any HighlightProvider)?
    let finder: any SectionFinder
    let practiceSource: (any PracticeSource)?
    let searcher: (any PolicySearcher)?
    let trendsSource: (any TrendsSource)?

    public internal(set) var size: Size
    public internal(set) var focus: Pane = .policies
    /// The list or the tree, whichever was focused last: beside the text in two columns.
    var sidePane: Pane = .policies
    public internal(set) var maximised = false
    public internal(set) var shouldQuit = false
    /// The overlay is up: the keys, or an ``overlay`` in their place.
    public internal(set) var showingHelp = false {
        didSet { if !showingHelp { overlay = nil } }
    }
    /// What the overlay's box shows instead of the keys (`o`'s links, `i`'s sentence).
    var overlay: Overlay?
    /// Style slots of the practice categories whose highlighting is switched off.
    public internal(set) var hiddenCategorySlots: Set<Int> = []
    /// The one category shown in solo mode (`f`), by style slot; nil: every category not hidden.
    public internal(set) var soloSlot: Int?
    /// How many highlights the text pane draws (`H` cycles).
    public internal(set) var highlightDensity = HighlightDensity.strongest
    var helpTop = 0

    var prompt: Prompt?
    /// A prompt Backspace closed on its empty line; the next key may take it up again.
    var closedPrompt: Prompt?
    /// A one-shot line for the status bar (cleared by the next key).
    var message: String?
    /// Text `y` asked to copy, until the shell takes it.
    var copyRequest: String?
    /// Earlier `:` command lines, oldest first.
    var commandHistory: [String] = []

    var list = PolicyList()
    var reader = Reader()
    var loading = LoadQueue()
    /// Listed policies whose text is still to come.
    var bodies = PendingBodies()
    var practices = PracticeWork()
    /// Screens opened over the three panes, the top one shown; q/Esc close the top one.
    var screens = ScreenStack()
    var work = ScreenWorkQueue()
    /// The answers panel (`A`): open or not, its cursor and scroll.
    var answers = AnswersPanel()
    /// Where jumps left the reader, for `C-o` and `C-r`.
    var jumps = JumpList()
    /// The loaded documents' histories (``HistoryCatalog``), built when a view needs them.
    var history = BrowserHistory()

    public init(policies: [Policy], size: Size, highlighter: (any HighlightProvider)? = nil,
                finder: any SectionFinder = SubsequenceSectionFinder(),
                practices: (any PracticeSource)? = nil, searcher: (any PolicySearcher)? = nil,
                trends: (any TrendsSource)? = nil) {
        self.policies = policies
        trendsSource = trends
        practiceSource = practices
        self.searcher = searcher
        for policy in policies { list.index(policy) }
        self.size = size
        self.highlighter = highlighter
        self.finder = finder
        list.visible = Array(policies.indices)
        refreshListRows()
        if let first = list.rows.first?.policy { open(policyAt: first) }
        relayout()
    }

    /// Changes the terminal size and re-wraps the text, keeping the reading position.
    public mutating func resize(to newSize: Size) {
        guard newSize != size else { return }
        size = newSize
        if !paneOrder.contains(focus) { focus = paneOrder.contains(.tree) ? .tree : .answers }
        relayout()
        relayoutScreens()
    }
}
