/// The screens opened over the three panes, bottom first; the top one is shown.
///
/// A layer is a ``StackedScreen``, or nil for a reader: the three panes opened from the
/// screen below (at an answer's evidence, a section), which q/Esc close to get back to it.
/// Screens change in place, so their arrays stay uniquely referenced.
struct ScreenStack: Sendable {
    private(set) var layers: [(any StackedScreen)?] = []

    var isEmpty: Bool { layers.isEmpty }
    /// The screen on top; nil when the panes show (nothing open, or a reader on top).
    var top: (any StackedScreen)? { layers.last ?? nil }
    var topIsReader: Bool { layers.last.map { $0 == nil } ?? false }
    /// True when only readers (or nothing) are left.
    var hasNoScreens: Bool { layers.allSatisfy { $0 == nil } }
    /// Whether a screen on the stack reads every loaded policy's text (``StackedScreen/readsOnlyPicked``
    /// false) and cannot do without (``StackedScreen/worksWithoutTexts(_:)``).
    func needsEveryText(_ context: ScreenContext) -> Bool {
        layers.contains { layer in
            guard let screen = layer else { return false }
            return !type(of: screen).readsOnlyPicked && !type(of: screen).worksWithoutTexts(context)
        }
    }

    mutating func push(_ screen: (any StackedScreen)?) { layers.append(screen) }

    /// Removes the top layer; nil when the stack is empty, `.some(nil)` for a reader.
    mutating func pop() -> (any StackedScreen)?? { layers.popLast() }

    /// Changes the top screen in place, then keeps it in range; nil when no screen is on top.
    mutating func modifyTop<R>(_ context: ScreenContext, _ body: (inout any StackedScreen) -> R) -> R? {
        guard let last = layers.indices.last, layers[last] != nil else { return nil }
        let result = body(&layers[last]!)
        layers[last]!.clamp(context)
        return result
    }

    /// Changes the screen right under a reader on top in place; nil when there is none.
    mutating func modifyUnderReader<R>(_ body: (inout any StackedScreen) -> R) -> R? {
        guard topIsReader, layers.count >= 2, layers[layers.count - 2] != nil else { return nil }
        return body(&layers[layers.count - 2]!)
    }

    /// Changes every screen in place, then keeps the top one in range.
    mutating func modifyAll(_ context: ScreenContext, _ body: (inout any StackedScreen) -> Void) {
        for i in layers.indices where layers[i] != nil { body(&layers[i]!) }
        _ = modifyTop(context) { _ in }
    }
}
