/// The stop (a change, a pair of sections) that `]`/`[` and Enter act on in a view that
/// scrolls as a whole. `]`/`[` move it one stop from the current one, or, when none is current
/// (never stepped, or scrolled out of sight), from the screen: `]` to the first stop below the
/// top line, `[` to the last above it (at the end: the last stop). The view scrolls to the stop;
/// Enter takes the current stop, else the first one on screen.
struct StepCursor: Sendable, Equatable {
    /// The current stop, an index into the view's stops.
    var current: Int?

    /// `]` (`.nextSection`) or `[`: the next or previous stop, with `top` on its first row;
    /// at either end, the effect saying so (`ends`: the last and the first).
    mutating func step(_ action: Action, stops: [Int], top: inout Int, height: Int, rowCount: Int,
                       ends: (last: String, first: String)) -> ScreenEffect {
        let forward = action == .nextSection
        let target: Int?
        if let c = current {
            target = forward ? (c + 1 < stops.count ? c + 1 : nil) : (c > 0 ? c - 1 : nil)
        } else if forward {
            target = stops.firstIndex { $0 > top }
        } else {
            target = top + height >= rowCount ? stops.indices.last : stops.lastIndex { $0 < top }
        }
        guard let target else { return .message(forward ? ends.last : ends.first) }
        current = target
        top = stops[target]
        return .none
    }

    /// After the view's top is clamped: forgets a current stop that is no longer on screen.
    mutating func keepIfShown(stops: [Int], top: Int, height: Int) {
        if let c = current, !stops.indices.contains(c) || !(top..<(top + height)).contains(stops[c]) { current = nil }
    }

    /// The stop Enter acts on: the current one, else the first on screen, else the last above.
    func target(stops: [Int], top: Int, height: Int) -> Int? {
        if let current, stops.indices.contains(current) { return current }
        return stops.firstIndex { (top..<(top + height)).contains($0) } ?? stops.lastIndex { $0 < top }
    }
}
