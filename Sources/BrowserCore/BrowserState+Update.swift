/// Key dispatch: the prompt and the help overlay take keys first, then the keymap.
extension BrowserState {
    /// Applies one key.
    public mutating func update(_ key: Key) {
        message = nil
        if closedPrompt != nil, resumeClosedPrompt(key) {
        } else if prompt != nil {
            handlePromptKey(key)
        } else if showingHelp {
            handleHelpKey(key)
        } else if let action = Keymap.action(for: key, in: keyContexts) {
            if action == .copy {
                copyCurrent()
            } else if screens.top != nil {
                performOnScreen(action)
            } else if screens.topIsReader, action == .close || action == .cancel {
                closeScreen()
            } else if action == .nextMatch || action == .previousMatch, stepScreenUnderReader(action) {
            } else if action == .toggleCategory, case .char(let ch) = key, let digit = ch.wholeNumberValue {
                if soloSlot != nil { solo(slot: (digit + 9) % 10) } else { toggleCategory(slot: (digit + 9) % 10) }
            } else {
                perform(action)
            }
        }
        clampScroll()
        if focus == .text, screens.top == nil { followTextInTree() }
        requestVisibleSummaries()
        collectScreenWork()
    }

    /// Applies keys in order.
    public mutating func update(_ keys: [Key]) {
        for key in keys { update(key) }
    }

    mutating func perform(_ action: Action) {
        switch action {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .pageDown: move(by: max(1, contentHeight(focus) - 1))
        case .pageUp: move(by: -max(1, contentHeight(focus) - 1))
        case .halfPageDown: move(by: max(1, contentHeight(focus) / 2))
        case .halfPageUp: move(by: -max(1, contentHeight(focus) / 2))
        case .left: goLeft()
        case .right: goRight()
        case .open: openSelection()
        case .expandAll:
            reader.folded = []
            refreshTreeRows(keeping: currentTreeSection)
        case .nextPane: setFocus(paneOrder[((paneOrder.firstIndex(of: focus) ?? 0) + 1) % paneOrder.count])
        case .previousPane: setFocus(paneOrder[((paneOrder.firstIndex(of: focus) ?? 0) + paneOrder.count - 1) % paneOrder.count])
        case .maximise:
            maximised.toggle()
            relayout()
        case .search where focus == .answers:
            message = "no search in the answers: / in the text or the tree"
        case .search:
            let saved = focus == .text ? reader.textTop : focus == .tree ? reader.treeCursor : list.cursor
            // The list filter opens with its text selected: typing replaces it (→ keeps it).
            prompt = Prompt(kind: focus == .policies ? .filter : .search(focus), text: focus == .policies ? list.filter : "",
                            savedPosition: saved, selected: true)
        case .nextMatch: stepMatch(by: 1)
        case .previousMatch: stepMatch(by: -1)
        case .nextSection: stepSection(by: 1)
        case .previousSection: stepSection(by: -1)
        case .nextHighlight: stepHighlight(by: 1)
        case .previousHighlight: stepHighlight(by: -1)
        case .command: prompt = Prompt(kind: .command, savedPosition: reader.textTop)
        case .help:
            showingHelp = true
            helpTop = 0
        case .cancel:
            reader.search = nil
        case .close:
            if focus == .answers {
                toggleAnswers()
            } else if maximised {
                maximised = false
                relayout()
            } else {
                shouldQuit = true
            }
        case .quit: shouldQuit = true
        case .jumpBack: stepJump(back: true)
        case .jumpForward: stepJump(back: false)
        case .toggleCategory: break  // needs the digit: handled in update(_:)
        case .soloCategory: toggleSolo()
        case .describeSentence: describeSentence()
        case .answersPanel: toggleAnswers()
        case .cycleHighlights:
            highlightDensity = highlightDensity.next
            refreshHighlightSelection()
            message = reader.document.categories.isEmpty ? "no highlighted practices" : "highlights: \(highlightDensity.rawValue)"
        case .mark: toggleMark()
        case .markAll: markAllShown()
        case .sortList: cycleListSort()
        case .copy: copyCurrent()
        case .links: showLinks()
        case .openScreen(let kind): if let type = ScreenRegistry.type(of: kind) { openScreen(type) }
        case .sortByValue, .hideAgreement, .transpose: break  // screen keys
        case .diffStep, .toggleTechnical: break  // the timeline's keys
        }
    }

    /// Switches one category's highlighting off or on again.
    mutating func toggleCategory(slot: Int) {
        guard let i = reader.document.categorySlots.firstIndex(of: slot) else {
            message = reader.document.categories.isEmpty ? "no highlighted practices" : "no category \((slot + 1) % 10) in this policy"
            return
        }
        let name = reader.document.categories[i]
        if hiddenCategorySlots.remove(slot) == nil {
            hiddenCategorySlots.insert(slot)
            message = "\(name): hidden"
        } else {
            message = "\(name): shown"
        }
        refreshHighlightSelection()
    }

    /// Whether highlights of the category in style slot `slot` are switched on.
    func isCategoryShown(_ slot: Int) -> Bool { soloSlot.map { $0 == slot } ?? !hiddenCategorySlots.contains(slot) }

    /// Chooses again the highlights drawn, after the layout, the density or the categories changed.
    mutating func refreshHighlightSelection() {
        reader.selection = HighlightSelection(document: reader.document, layout: reader.layout, density: highlightDensity,
                                              isShown: isCategoryShown)
    }

    /// Keeps the tree cursor on the section being read, when that row is visible.
    mutating func followTextInTree() {
        let section = sectionAtTop
        guard currentTreeSection != section, let i = reader.treeRows.firstIndex(where: { $0.section == section }) else { return }
        reader.treeCursor = i
        clampScroll()
    }

    mutating func setFocus(_ pane: Pane) {
        focus = pane
        if pane != .text { sidePane = pane }
        relayout()
    }

    mutating func handleHelpKey(_ key: Key) {
        guard let action = Keymap.action(for: key, in: [.browser]), !scrollHelp(action) else { return }
        switch action {
        case .quit: shouldQuit = true
        case .close, .cancel, .help, .links: closeOverlay()
        default: break
        }
    }
}
