/// How a scrolling key moves a view that scrolls as a whole (side by side, versions).
struct ScrollMove {
    private enum Kind { case by(Int), toTop, toBottom }
    private let kind: Kind

    /// Nil for actions that do not scroll.
    init?(_ action: Action, page: Int) {
        switch action {
        case .moveDown: kind = .by(1)
        case .moveUp: kind = .by(-1)
        case .pageDown: kind = .by(page)
        case .pageUp: kind = .by(-page)
        case .halfPageDown: kind = .by(page / 2)
        case .halfPageUp: kind = .by(-page / 2)
        case .top: kind = .toTop
        case .bottom: kind = .toBottom
        default: return nil
        }
    }

    /// The new top line (callers clamp it).
    func apply(to top: Int) -> Int {
        switch kind {
        case .by(let n): top + n
        case .toTop: 0
        case .toBottom: Int.max / 2
        }
    }
}

extension ScrollMove {
    /// A scrolling key in a screen that scrolls as a whole; false for other actions.
    static func scroll(_ action: Action, top: inout Int, _ context: ScreenContext) -> Bool {
        guard let move = ScrollMove(action, page: max(1, context.bodyHeight - 1)) else { return false }
        top = move.apply(to: top)
        return true
    }
}
