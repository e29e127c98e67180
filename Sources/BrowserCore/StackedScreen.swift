import PolicyExtraction
import PolicyModel

/// A view that opens over the three panes and sits on the ``ScreenStack`` (the answer
/// matrix, side by side, versions). It sees the browser only through a ``ScreenContext`` and
/// asks it for anything beyond itself with a ``ScreenEffect``.
///
/// A new screen is one file conforming to this protocol plus its line in ``ScreenRegistry``.
protocol StackedScreen: Sendable {
    /// What ``BrowserState/view`` reports while the screen is on top.
    static var kind: ViewKind { get }
    /// The help overlay's heading for the screen's own keys.
    static var helpHeading: String { get }
    /// The keymap context of the screen's own keys (before ``KeyContext/views``): named after
    /// ``kind``, headed by ``helpHeading``.
    static var keyContext: KeyContext { get }
    /// The screen's keys, its context's and the one that opens it (in ``KeyContext/browser``);
    /// ``Keymap`` and the help overlay collect them.
    static var bindings: [KeyBinding] { get }
    /// The `:` command that opens the screen (its key is among ``bindings``, bound to
    /// ``Action/openScreen(_:)`` with ``kind``).
    static var command: String { get }
    /// What the `:` command takes after its word (`QUERY`), nil when it takes nothing (then
    /// `:word TEXT` is a section jump, as for any other text).
    static var commandArgument: String? { get }

    /// Whether the screen reads the text of no policy but those it picks (the others' texts
    /// may still be coming); false: it reads every loaded policy (a search, the histories).
    static var readsOnlyPicked: Bool { get }
    /// Whether a screen that reads every policy can open while texts are still to come.
    static func worksWithoutTexts(_ context: ScreenContext) -> Bool
    /// Whether the screen reads the loaded documents' histories (``ScreenContext/history``),
    /// which are then made (or made again after a load) as it opens.
    static var usesHistories: Bool { get }

    /// The policies the screen shows, picked from the marked ones (or the list cursor's group).
    static func pick(_ selection: ScreenSelection, _ context: ScreenContext) -> ScreenPick
    /// The screen over `policies`; their summaries were asked for just before.
    init(showing policies: [Int], _ context: ScreenContext)
    /// A note for the status bar when the screen opens.
    func openingNote(_ context: ScreenContext) -> String?
    /// The screen is on top, just opened: `argument` is what followed its `:` command (empty
    /// from its key); the effect is the screen's first request (a prompt, say).
    mutating func begin(_ argument: String, _ context: ScreenContext) -> ScreenEffect

    /// Applies an action bound in the screen's contexts.
    mutating func perform(_ action: Action, _ context: ScreenContext) -> ScreenEffect
    /// Draws everything above the status bar; returns the status bar's left and right text.
    func draw(_ grid: inout Grid, _ context: ScreenContext) -> ScreenStatus
    /// A policy's practice summary arrived (it is in `context.summaries`).
    mutating func refresh(policy: Int, _ context: ScreenContext)
    /// The terminal size may have changed: re-wraps what depends on the width.
    mutating func relayout(_ context: ScreenContext)
    /// Keeps the cursor and scroll in range (the top screen, after every change).
    mutating func clamp(_ context: ScreenContext)
    /// The text of the screen's filter prompt (``ScreenEffect/filter(sigil:text:)``) changed,
    /// or was accepted (`done`): then a note for the status bar, if any.
    mutating func filter(_ text: String, done: Bool, _ context: ScreenContext) -> String?
    /// Slow work the screen wants run off the key loop (asked once: the screen forgets it).
    mutating func takeWork() -> ScreenWork?
    /// The result of some screen's work (``ScreenWork``); a screen keeps only its own.
    mutating func receive(_ result: any Sendable, _ context: ScreenContext)
    /// What `y` copies: the screen's current item as text; nil: nothing (default).
    func copyText(_ context: ScreenContext) -> String?
}

extension StackedScreen {
    static var keyContext: KeyContext { KeyContext(kind.name, heading: helpHeading) }
    static var readsOnlyPicked: Bool { false }
    static func worksWithoutTexts(_ context: ScreenContext) -> Bool { false }
    static var usesHistories: Bool { false }
    mutating func takeWork() -> ScreenWork? { nil }
    mutating func receive(_ result: any Sendable, _ context: ScreenContext) {}
    static var commandArgument: String? { nil }
    func openingNote(_ context: ScreenContext) -> String? { nil }
    mutating func begin(_ argument: String, _ context: ScreenContext) -> ScreenEffect { .none }
    mutating func relayout(_ context: ScreenContext) {}
    mutating func filter(_ text: String, done: Bool, _ context: ScreenContext) -> String? { nil }
    func copyText(_ context: ScreenContext) -> String? { nil }
}

/// What a stacked screen may read of the browser.
struct ScreenContext: Sendable {
    var policies: [Policy]
    /// Practice summaries by policy index, as they arrive.
    var summaries: [Int: PracticeSummary]
    var size: Size
    /// False when there is no classifier to compute practices.
    var hasPractices: Bool
    /// The ranked sentence search over ``policies``, if one is plugged in.
    var searcher: (any PolicySearcher)?
    /// Every load's problems so far, one `PATH: reason` line each.
    var loadProblems: [String] = []
    /// Counts answers across the loaded documents year by year (`:trends`), if plugged in.
    var trends: (any TrendsSource)?
    /// The loaded documents' histories and where versions are read (the timeline's).
    var history = BrowserHistory()
    /// Listed policies whose text is still to come (a later `:open`'s, say).
    var unreadTexts = 0

    /// Rows between a screen's title and the status bar.
    var bodyHeight: Int { max(1, size.height - 2) }
}

/// What the three panes offer a screen to open on.
struct ScreenSelection: Sendable {
    /// The marked policies in list order.
    var marked: [Int]
    /// The versions of the group under the list cursor, newest first (nil: no group).
    var cursorGroup: [Int]?
    /// The policy under the list cursor, else the open one.
    var cursorPolicy: Int? = nil
}

/// The policies a screen opens on, or why it cannot open.
enum ScreenPick: Sendable {
    case policies([Int])
    case refused(String)
}

/// What a screen asks the browser to do after an action.
enum ScreenEffect: Sendable {
    case none
    /// A line for the status bar (nil: none).
    case message(String?)
    /// Opens the three panes over the screen at sentences of evidence, with a note.
    case read(evidence: [Evidence], policy: Int, note: String)
    /// Opens the three panes over the screen at a section.
    case jump(section: Int, policy: Int)
    /// Opens a prompt whose text goes to ``StackedScreen/filter(_:done:_:)``.
    case filter(sigil: String, text: String)
    /// Opens another screen on these policies (the timeline's `d`: the versions diff).
    case openScreen(ViewKind, policies: [Int])
    /// Adds policies read for the screen (the timeline's versions that were not loaded) to
    /// the loaded ones, each once, then applies `then` with their indices, in order.
    case adopt([Policy], then: @Sendable ([Int]) -> ScreenEffect)
    /// Not the screen's own: the browser's default for screens (close, help, `:`, quit).
    case pass
}

/// A screen's status bar: `left` (unless a message replaces it) and `right`.
struct ScreenStatus: Sendable {
    var left: String
    var right: String
}

/// What is on screen, for tests and the shell: the panes, a reader over a screen, or a
/// screen's ``StackedScreen/kind``.
public struct ViewKind: Hashable, Sendable {
    public let name: String

    public init(_ name: String) { self.name = name }

    public static let browser = ViewKind("browser")
    public static let reader = ViewKind("reader")
}

extension Grid {
    /// A screen's title row, across the whole width.
    mutating func putViewTitle(_ title: String) {
        fill(Rect(x: 0, y: 0, width: width, height: 1), role: .focusedTitle)
        put("▶ " + title, x: 0, y: 0, limit: width, role: .focusedTitle)
    }
}
