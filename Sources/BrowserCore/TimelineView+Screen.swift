import PolicyExtraction
import PolicyHistory
import PolicyModel

extension ViewKind {
    public static let timeline = ViewKind("timeline")
}

/// The timeline on the screen stack: step along the versions, read a change, diff a step.
extension TimelineView: StackedScreen {
    static let kind = ViewKind.timeline
    static let helpHeading = "In the timeline"
    static let command = "timeline"
    static let usesHistories = true

    static let bindings = [
        KeyBinding([.char("T")], .openScreen(kind), "the selected policy's document over time: the timeline (:timeline)", in: .browser),
        KeyBinding([.char("h"), .left], .left, "the version before (what changed is shown below)", in: keyContext),
        KeyBinding([.char("l"), .right], .right, "the next version", in: keyContext),
        KeyBinding([.char("]")], .nextSection, "the next version where an answer changed", in: keyContext),
        KeyBinding([.char("[")], .previousSection, "the version before where an answer changed", in: keyContext),
        KeyBinding([.enter], .open, "read this version at its changed sentences (q/Esc back)", in: keyContext),
        KeyBinding([.char("d")], .diffStep, "the versions diff of this version and the one before", in: keyContext),
        KeyBinding([.char("t")], .toggleTechnical, "hide / show technical versions (extraction upgrades)", in: keyContext),
    ]

    /// `T`, `:timeline`: the document of the policy under the list cursor (else the open one).
    static func pick(_ selection: ScreenSelection, _ context: ScreenContext) -> ScreenPick {
        guard let p = selection.cursorPolicy else { return .refused("no policy selected: the timeline shows the selected policy's document") }
        guard context.history.catalog.version(ofPolicy: context.policies[p].id) != nil else {
            return .refused("\(context.policies[p].shortName): no versions known")
        }
        return .policies([p])
    }

    func openingNote(_ context: ScreenContext) -> String? {
        context.hasPractices || context.history.reader != nil ? nil : "no answers: the classifier is not available"
    }

    mutating func takeWork() -> ScreenWork? {
        defer { work = nil }
        return work
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> ScreenEffect {
        switch action {
        case .left: return .message(move(by: -1))
        case .right: return .message(move(by: 1))
        case .top, .bottom:
            cursor = (action == .top ? shown.first : shown.last) ?? cursor
            return .none
        case .nextSection, .previousSection: return .message(moveToChange(forward: action == .nextSection))
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp:
            _ = ScrollMove.scroll(action, top: &top, context)
            return .none
        case .toggleTechnical:
            hideTechnical.toggle()
            if hideTechnical, history.versions[cursor].technical {
                let shown = shown
                cursor = shown.last { $0 < cursor } ?? shown.first { $0 > cursor } ?? cursor
            }
            relayout(context)
            let technical = history.versions.count(where: \.technical)
            return .message(hideTechnical ? "\(BrowserState.count(technical, "technical version", "technical versions")) hidden"
                : "technical versions shown (marked ○)")
        case .diffStep:
            guard cursor > 0 else { return .message("the first version: nothing before it to diff") }
            return opening([cursor - 1, cursor], context) { .openScreen(.versions, policies: $0) }
        case .open: return read(context)
        default: return .pass
        }
    }

    /// Enter: the version at the first changed block (a removal: the version before, there).
    private func read(_ context: ScreenContext) -> ScreenEffect {
        let focus = steps[cursor]?.focus
        if focus == nil, cursor > 0, steps[cursor] == nil, extracting, !finished {
            return .message("\(label(cursor)): still comparing with the version before…")
        }
        let label = label(cursor)
        switch focus {
        case .sentences(let evidence, let newSide)?:
            let note = "\(label): " + (newSide ? "changed here" : "removed here, shown in the version before")
                + " (\(BrowserState.count(evidence.count, "sentence", "sentences")))"
            return opening([newSide ? cursor : cursor - 1], context) { .read(evidence: evidence, policy: $0[0], note: note) }
        case .section(let section, let newSide)?:
            return opening([newSide ? cursor : cursor - 1], context) { .jump(section: section, policy: $0[0]) }
        case nil:
            return opening([cursor], context) { .jump(section: 0, policy: $0[0]) }
        }
    }

    /// `then` with the browser's indices of the versions at `indices`: those not loaded are
    /// read through the history's reader and added to the loaded policies first
    /// (``ScreenEffect/adopt(_:then:)``); a note when one cannot be read.
    private func opening(_ indices: [Int], _ context: ScreenContext, then: @escaping @Sendable ([Int]) -> ScreenEffect) -> ScreenEffect {
        var policies: [Policy] = []
        for i in indices {
            if let loaded = loadedIndex(i, context) {
                policies.append(context.policies[loaded])
            } else if let read = context.history.policy(of: history.versions[i], in: context.policies, index: [:]) {
                policies.append(read)
            } else {
                return .message("\(label(i)) cannot be read")
            }
        }
        return .adopt(policies, then: then)
    }

    /// A version's id after `@`.
    func label(_ index: Int) -> String { history.versions[index].label }

    mutating func refresh(policy: Int, _ context: ScreenContext) {}

    mutating func clamp(_ context: ScreenContext) {
        top = max(0, min(top, Question.allCases.count - stripHeight(context)))
    }

    func copyText(_ context: ScreenContext) -> String? {
        history.versions.indices.contains(cursor) ? history.versions[cursor].id : nil
    }
}
