import PolicyModel

/// The `:` command line: a few named commands; anything else jumps to a section by fuzzy title.
extension BrowserState {
    /// The named commands, as the error for an unknown one lists them.
    static let commandNames = "open PATH, sort KEY, compare, side, diff, help, quit"
    static let historyLimit = 100

    mutating func runCommand(_ text: String) {
        let line = text.trimmingSpaces
        guard !line.isEmpty else { return }
        remember(line)
        let word = line.prefix { $0 != " " }
        let argument = String(line.dropFirst(word.count)).trimmingSpaces
        if let screen = ScreenRegistry.opened(byCommand: word), argument.isEmpty || screen.commandArgument != nil {
            return openScreen(screen, argument: argument)
        }
        switch word {
        case "open":
            guard !argument.isEmpty else {
                message = "open needs a PATH: :open FILE-OR-FOLDER"
                return
            }
            requestLoad([argument], label: argument)
            message = "loading \(argument)…"
        case "sort":
            guard let sort = ListSort(word: argument) else {
                message = "sort by \(ListSort.commandWords)"
                return
            }
            setListSort(sort)
        case "help" where argument.isEmpty:
            showingHelp = true
            helpTop = 0
        case "quit" where argument.isEmpty, "q" where argument.isEmpty:
            shouldQuit = true
        default:
            if line.allSatisfy({ $0.isASCII && $0.isNumber }) { return jump(toNumber: line) }
            jump(toTitle: line, firstWord: String(word))
        }
    }

    /// `:N`: section N of the open policy as the outline numbers it (0 is the preamble).
    private mutating func jump(toNumber text: String) {
        guard let p = reader.policy else {
            message = "no policy open"
            return
        }
        guard let n = Int(text), reader.outline.entry(n) != nil else {
            let numbers = reader.outline.entries.map(\.number)
            let range = numbers.first.map { " (sections \($0)–\(numbers.last!))" } ?? " (it has no sections)"
            message = "no section \(text) in \(policies[p].shortName)\(range)"
            return
        }
        jump(toSection: n, inPolicy: p)
    }

    /// The default action: the section whose title best matches, preferring the open policy.
    private mutating func jump(toTitle query: String, firstWord: String) {
        var hits = finder.sections(matching: query, in: policies)
        // Prefer the open policy when its best match is at least half as good as the best one
        // (scores: lower is better, so 1 + score at most twice the best's).
        if let best = hits.first?.score, let open = reader.policy,
           let i = hits.firstIndex(where: { $0.policyIndex == open }), 1 + hits[i].score <= 2 * (1 + best) {
            hits.insert(hits.remove(at: i), at: 0)
        }
        guard let hit = hits.first else {
            message = "no section matches '\(query)'\(unreadNote), and '\(firstWord)' is not a command (\(Self.commandNames))"
            return
        }
        let elsewhere = reader.policy.map { $0 != hit.policyIndex } ?? false
        jump(toSection: hit.sectionNumber, inPolicy: hit.policyIndex)
        // Landing in another company's policy is said, never silent.
        if elsewhere {
            message = "jumped to \(policies[hit.policyIndex].shortName): \(SectionPath.label(reader.document.titlePaths[hit.sectionNumber] ?? []))"
        }
    }

    /// Adds a command line to the history (not twice in a row), dropping the oldest.
    private mutating func remember(_ line: String) {
        if commandHistory.last != line { commandHistory.append(line) }
        if commandHistory.count > Self.historyLimit { commandHistory.removeFirst(commandHistory.count - Self.historyLimit) }
    }

    /// ↑/↓ in the command line: older and newer history; past the newest, the line being typed.
    mutating func recallHistory(_ p: inout Prompt, by step: Int) {
        guard !commandHistory.isEmpty else { return }
        let current = p.historyIndex ?? commandHistory.count
        let next = max(0, min(commandHistory.count, current + step))
        guard next != current else { return }
        if p.historyIndex == nil { p.draft = p.text }
        if next == commandHistory.count {
            p.historyIndex = nil
            p.text = p.draft
        } else {
            p.historyIndex = next
            p.text = commandHistory[next]
        }
    }

    /// Opens a policy if needed and shows one of its sections in the text pane.
    public mutating func jump(toSection number: Int, inPolicy index: Int) {
        guard policies.indices.contains(index) else { return }
        recordJump()
        reveal(policy: index)
        setFocus(.text)
        showSection(number)
        message = "jumped to \(SectionPath.label(reader.document.titlePaths[number] ?? []))"
    }
}

extension String {
    var trimmingSpaces: String {
        var s = self[...]
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
