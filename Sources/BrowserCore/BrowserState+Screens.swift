import PolicyModel

/// Opening, driving and closing the screens on the ``ScreenStack``.
extension BrowserState {
    /// The view on screen.
    public var view: ViewKind {
        if let top = screens.top { return type(of: top).kind }
        return screens.topIsReader ? .reader : .browser
    }

    /// The keymap contexts in force, most specific first.
    var keyContexts: [KeyContext] {
        if let top = screens.top { return [type(of: top).keyContext, .views] }
        return focus == .policies ? [.list, .browser] : [.browser]
    }

    /// What screens may read.
    var screenContext: ScreenContext {
        ScreenContext(policies: policies, summaries: practices.summaries, size: size, hasPractices: practiceSource != nil,
                      searcher: searcher, loadProblems: loading.problems, trends: trendsSource, history: history,
                      unreadTexts: unreadCount)
    }

    /// Opens a screen on the policies it picks, asking for their practices first; `argument`
    /// is what followed its `:` command.
    mutating func openScreen(_ type: any StackedScreen.Type, argument: String = "") {
        let waiting = "still reading the loaded policies' texts (\(unreadCount) to go): :\(type.command) works once they are in"
        guard type.readsOnlyPicked || bodies.isEmpty || type.worksWithoutTexts(screenContext) else {
            readAllTexts()
            message = waiting
            return
        }
        if type.usesHistories { history.update(policies, practices: practiceSource) }
        let selection = ScreenSelection(marked: list.marked.sorted(), cursorGroup: cursorGroup,
                                        cursorPolicy: list.cursorPolicy ?? reader.policy)
        switch type.pick(selection, screenContext) {
        case .refused(let note):
            message = note
        case .policies(let picked):
            // A few texts are read now; thousands are the loader's to read.
            guard readBodies(picked) else {
                readAllTexts()
                message = waiting
                return
            }
            push(type, showing: picked, argument: argument)
        }
    }

    /// Puts a screen over `picked` on the stack, asking for their practices first.
    private mutating func push(_ type: any StackedScreen.Type, showing picked: [Int], argument: String = "") {
        for p in picked { _ = summary(of: p) }
        let context = screenContext
        let screen = type.init(showing: picked, context)
        screens.push(screen)
        relayoutScreens()
        if let note = screen.openingNote(context) { message = note }
        let started = screenContext
        if let effect = screens.modifyTop(started, { $0.begin(argument, started) }) { apply(effect, of: nil) }
    }

    /// The versions of the group under the list cursor (its site's group row), newest first.
    private var cursorGroup: [Int]? {
        guard let site = list.cursorPolicy.flatMap({ policies[$0].domain }),
              case .group(_, let members, _) = list.rows.first(where: { $0.site == site }) else { return nil }
        return members
    }

    /// A key's action on the top screen, then what the screen asks for.
    mutating func performOnScreen(_ action: Action) {
        let context = screenContext
        guard let effect = screens.modifyTop(context, { $0.perform(action, context) }) else { return }
        apply(effect, of: action)
    }

    /// Does what a screen asked for after `action` (nil: after opening).
    private mutating func apply(_ effect: ScreenEffect, of action: Action?) {
        switch effect {
        case .none: break
        case .message(let note): message = note
        case .read(let evidence, let policy, let note):
            screens.push(nil)
            show(evidence: evidence, inPolicy: policy)
            message = note
        case .jump(let section, let policy):
            screens.push(nil)
            jump(toSection: section, inPolicy: policy)
        case .filter(let sigil, let text):
            prompt = Prompt(kind: .screenFilter(sigil), text: text, savedPosition: 0)
        case .openScreen(let kind, let picked):
            if let type = ScreenRegistry.type(of: kind) {
                _ = readBodies(picked, limit: .max)
                push(type, showing: picked)
            }
        case .adopt(let more, let then):
            apply(then(adopt(more)), of: action)
        case .pass: if let action { performViewAction(action) }
        }
    }

    /// The indices of `more` among the loaded policies: a policy with the same id and text
    /// is the one loaded, any other is appended (as `:open` appends).
    private mutating func adopt(_ more: [Policy]) -> [Int] {
        more.map { p in
            if let known = policies.firstIndex(where: { $0.id == p.id }) {
                readBody(known)
                if policies[known].hasSameText(as: p) { return known }
            }
            append([p])
            return policies.count - 1
        }
    }

    /// `n`/`N` in a reader opened from a screen, unless a `/` search ran in it since: the
    /// screen's next or previous item, when the screen opens one (``ScreenEffect/read(evidence:policy:note:)``)
    /// in place of the reader. False: the pane search takes the key.
    mutating func stepScreenUnderReader(_ action: Action) -> Bool {
        guard reader.search?.query ?? "" == "" else { return false }
        let context = screenContext
        switch screens.modifyUnderReader({ $0.perform(action, context) }) {
        case .read(let evidence, let policy, let note):
            _ = screens.pop()
            apply(.read(evidence: evidence, policy: policy, note: note), of: action)
        case .message(let note): message = note
        default: return false
        }
        return true
    }

    /// The top screen's filter prompt changed or was accepted.
    mutating func filterScreen(_ text: String, done: Bool) {
        let context = screenContext
        let note = screens.modifyTop(context) { $0.filter(text, done: done, context) }
        if done, let note = note ?? nil { message = note }
    }

    /// What every screen does with the actions it has no meaning of its own for:
    /// close, help, the command line, quit; anything else is ignored.
    mutating func performViewAction(_ action: Action) {
        switch action {
        case .close, .cancel: closeScreen()
        case .help:
            showingHelp = true
            helpTop = 0
        case .command: prompt = Prompt(kind: .command, savedPosition: reader.textTop)
        case .quit: shouldQuit = true
        case .jumpBack, .jumpForward: message = "jumps go back and forth in the panes: q/Esc first"
        default: break
        }
    }

    /// q/Esc in a view: back to the view below it. Closing the last screen moves the practice
    /// epoch on (see ``practiceEpoch``).
    mutating func closeScreen() {
        guard let top = screens.pop() else { return }
        if let question = (top as? MatrixView)?.currentQuestion { list.sortQuestion = question }
        if top == nil { reader.search = nil }
        if top != nil, screens.hasNoScreens { practices.epoch += 1 }
        relayout()
    }

    /// Summaries arrived: every open screen takes them in.
    mutating func refreshScreens(with index: Int) {
        let context = screenContext
        screens.modifyAll(context) { $0.refresh(policy: index, context) }
    }

    /// Re-wraps the screens whose text depends on the width.
    mutating func relayoutScreens() {
        let context = screenContext
        screens.modifyAll(context) { $0.relayout(context) }
    }

    /// The top screen, when it is an `S` (tests, and the prompt's checks).
    func topScreen<S: StackedScreen>(_ type: S.Type) -> S? { screens.top as? S }

    /// The answer matrix on top, if it is.
    var matrix: MatrixView? { topScreen(MatrixView.self) }
}
