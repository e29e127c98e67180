/// A view opened over the three panes; the top one of ``BrowserState/screens`` is shown.
enum Screen: Sendable {
    case matrix(MatrixView)
    case sideBySide(SideBySideView)
    case versions(VersionsView)
    /// The three panes opened from a comparison view (at an answer's evidence, a section):
    /// q/Esc go back to that view as it was.
    case reader
}

extension Screen {
    var isReader: Bool { if case .reader = self { true } else { false } }
}

/// One kind of comparison view inside a ``Screen``: how to take it out and put it back.
struct ScreenCase<View> {
    let extract: (Screen) -> View?
    let embed: (View) -> Screen

    static var sideBySide: ScreenCase<SideBySideView> {
        ScreenCase<SideBySideView>(extract: { if case .sideBySide(let s) = $0 { s } else { nil } }, embed: Screen.sideBySide)
    }
    static var versions: ScreenCase<VersionsView> {
        ScreenCase<VersionsView>(extract: { if case .versions(let v) = $0 { v } else { nil } }, embed: Screen.versions)
    }
}

/// What is on screen, for tests and the shell.
public enum ViewKind: Hashable, Sendable {
    case browser, matrix, sideBySide, versions, reader
}

extension BrowserState {
    /// The view on screen.
    public var view: ViewKind {
        switch screens.last {
        case nil: .browser
        case .matrix: .matrix
        case .sideBySide: .sideBySide
        case .versions: .versions
        case .reader: .reader
        }
    }

    /// The keymap contexts in force, most specific first.
    var keyContexts: [KeyContext] {
        switch screens.last {
        case .matrix: [.matrix, .views]
        case .sideBySide: [.sideBySide, .views]
        case .versions: [.versions, .views]
        case .reader, nil: focus == .policies ? [.list, .browser] : [.browser]
        }
    }

    /// q/Esc in a view: back to the view below it.
    mutating func closeScreen() {
        guard let top = screens.popLast() else { return }
        if case .reader = top { search = nil }
        if !top.isReader, screens.allSatisfy(\.isReader) { practiceEpoch += 1 }
        relayout()
    }

    /// Changes the top view in place when it is of `kind`, then keeps it in range. Its slot
    /// holds `.reader` meanwhile, so the view stays uniquely referenced and is not copied.
    mutating func modifyTopScreen<View>(_ kind: ScreenCase<View>, _ body: (inout View) -> Void) {
        guard let last = screens.indices.last, var view = kind.extract(screens[last]) else { return }
        screens[last] = .reader
        body(&view)
        screens[last] = kind.embed(view)
        clampScreens()
    }

    /// What every comparison view does with the actions it has no meaning of its own for:
    /// close, help, the command line, quit; anything else is ignored.
    mutating func performViewAction(_ action: Action) {
        switch action {
        case .close, .cancel: closeScreen()
        case .help:
            showingHelp = true
            helpTop = 0
        case .command: prompt = Prompt(kind: .command, savedPosition: textTop)
        case .quit: shouldQuit = true
        default: break
        }
    }

    mutating func push(_ screen: Screen) {
        screens.append(screen)
        relayoutScreens()
    }

    /// Summaries arrived: every open comparison view takes them in.
    mutating func refreshComparisonViews(with index: Int) {
        guard let summary = summaries[index] else { return }
        for i in screens.indices {
            switch screens[i] {
            case .matrix(var m):
                screens[i] = .reader
                m.fill(policy: index, with: summary)
                screens[i] = .matrix(m)
            case .versions(var v) where v.old == index || v.new == index:
                screens[i] = .reader
                v.rebuild(self)
                screens[i] = .versions(v)
            case .sideBySide(var s) where s.left == index || s.right == index:
                screens[i] = .reader
                s.rebuild(self)
                screens[i] = .sideBySide(s)
            default: break
            }
        }
        clampScreens()
    }

    /// Re-wraps the views whose text depends on the width.
    mutating func relayoutScreens() {
        for i in screens.indices {
            switch screens[i] {
            case .versions(var v) where v.width != size.width:
                screens[i] = .reader
                v.rewrap(width: size.width)
                screens[i] = .versions(v)
            case .sideBySide(var s) where s.width != size.width:
                screens[i] = .reader
                s.rebuild(self)
                screens[i] = .sideBySide(s)
            default: break
            }
        }
        clampScreens()
    }

    /// Keeps the top view's cursor and scroll in range.
    mutating func clampScreens() {
        guard let top = screens.last else { return }
        let last = screens.count - 1
        switch top {
        case .matrix(var m):
            screens[last] = .reader
            m.clampScroll(MatrixGeometry(size: size, view: m))
            screens[last] = .matrix(m)
        case .versions(var v):
            screens[last] = .reader
            v.top = max(0, min(v.top, v.wrapped.count - viewBodyHeight))
            screens[last] = .versions(v)
        case .sideBySide(var s):
            screens[last] = .reader
            s.top = max(0, min(s.top, s.rowCount - viewBodyHeight))
            screens[last] = .sideBySide(s)
        case .reader: break
        }
    }

    /// Rows between a view's title and the status bar.
    var viewBodyHeight: Int { max(1, size.height - 2) }
}
