/// What a key asks the browser to do; the keymap turns keys into actions.
public enum Action: Hashable, Sendable {
    case moveDown, moveUp, top, bottom
    case pageDown, pageUp, halfPageDown, halfPageUp
    case left, right, open, expandAll
    case nextPane, previousPane, maximise
    case search, nextMatch, previousMatch
    case nextSection, previousSection, nextHighlight, previousHighlight
    case command, help, cancel, close, quit
    /// Back (`C-o`) or forward again (`C-r`) through the jump list.
    case jumpBack, jumpForward
    /// Show or hide one practice category's highlighting (the digit key picks the legend entry).
    case toggleCategory
    /// Cycle the highlight density: strongest, all, none.
    case cycleHighlights
    /// Solo mode on or off: only one category's highlights (a digit then picks the category).
    case soloCategory
    /// `i`: what the sentence under the text cursor is.
    case describeSentence
    /// `A`: the answers panel on or off.
    case answersPanel
    /// Comparison: mark policies.
    case mark, markAll
    /// `s`: the policy list's next sort.
    case sortList
    /// `y`: copy the current sentence, evidence or cell.
    case copy
    /// `o`: the snapshot URL and the links on screen.
    case links
    /// Open the stacked screen of this kind (the matrix, side by side, versions...): each
    /// screen binds its own opening key (see ``ScreenRegistry``).
    case openScreen(ViewKind)
    /// In the answer matrix.
    case sortByValue, hideAgreement, transpose
    /// In the timeline: the versions diff of the step under the cursor; technical versions shown or hidden.
    case diffStep, toggleTechnical
}

extension Action: CaseIterable {
    /// Every action: the fixed ones, and one ``openScreen(_:)`` per registered screen.
    public static var allCases: [Action] {
        [
            .moveDown, .moveUp, .top, .bottom, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .left, .right, .open,
            .expandAll, .nextPane, .previousPane, .maximise, .search, .nextMatch, .previousMatch, .nextSection,
            .previousSection, .nextHighlight, .previousHighlight, .command, .help, .cancel, .close, .quit,
            .jumpBack, .jumpForward,
            .toggleCategory, .cycleHighlights, .soloCategory, .describeSentence, .answersPanel, .mark, .markAll, .sortList, .copy, .links, .sortByValue, .hideAgreement, .transpose,
            .diffStep, .toggleTechnical,
        ] + ScreenRegistry.types.map { .openScreen($0.kind) }
    }
}
