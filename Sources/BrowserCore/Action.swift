/// What a key asks the browser to do; the keymap turns keys into actions.
public enum Action: Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, top, bottom
    case pageDown, pageUp, halfPageDown, halfPageUp
    case left, right, open, expandAll
    case nextPane, previousPane, maximise
    case search, nextMatch, previousMatch
    case nextSection, previousSection, nextHighlight, previousHighlight
    case command, help, cancel, close, quit
    /// Show or hide one practice category's highlighting (the digit key picks the legend entry).
    case toggleCategory
    /// Comparison: mark policies, open the matrix, side by side, a version diff.
    case mark, markAll, compare, sideBySide, versions
    /// In the answer matrix.
    case sortByValue, hideAgreement, transpose
}
