import PolicyModel

/// The prompt line: policy-list filter, incremental search, and the `:` command line.
extension BrowserState {
    mutating func handlePromptKey(_ key: Key) {
        guard var p = prompt else { return }
        switch key {
        case .escape:
            prompt = nil
            cancelPrompt(p)
            return
        case .enter:
            prompt = nil
            acceptPrompt(p)
            return
        case .up where p.kind == .command, .ctrl("p") where p.kind == .command:
            recallHistory(&p, by: -1)
        case .down where p.kind == .command, .ctrl("n") where p.kind == .command:
            recallHistory(&p, by: 1)
        default:
            switch p.edit(key) {
            case .changed: break
            case .unchanged:
                prompt = p
                return
            case .close:
                // As vim's command line: Backspace on an empty line leaves it. Letters typed
                // next go back into it rather than running as commands (``resumeClosedPrompt``).
                prompt = nil
                cancelPrompt(p)
                closedPrompt = p
                message = "\(p.sigil.trimmingSpaces) closed; typing now opens it again, Esc leaves"
                return
            }
        }
        prompt = p
        promptChanged(p)
    }

    /// The key after Backspace closed an empty prompt: more Backspaces (a held key) do
    /// nothing, a typed character opens the prompt again with it, any other key runs as usual.
    /// True when the key was used up here.
    mutating func resumeClosedPrompt(_ key: Key) -> Bool {
        guard let p = closedPrompt else { return false }
        switch key {
        case .backspace:
            message = "\(p.sigil.trimmingSpaces) closed"
            return true
        case .char:
            closedPrompt = nil
            prompt = Prompt(kind: p.kind, savedPosition: p.savedPosition)
            handlePromptKey(key)
            return true
        default:
            closedPrompt = nil
            return key == .escape
        }
    }

    private mutating func promptChanged(_ p: Prompt) {
        switch p.kind {
        case .filter: applyFilter(p.text)
        case .search(let pane): runSearch(p.text, in: pane, from: p.savedPosition)
        case .command: break
        case .screenFilter: filterScreen(p.text, done: false)
        }
    }

    private mutating func cancelPrompt(_ p: Prompt) {
        switch p.kind {
        case .filter: applyFilter("")
        case .search(let pane):
            reader.search = nil
            if pane == .text { reader.textTop = p.savedPosition } else { reader.treeCursor = p.savedPosition }
        case .command: break
        case .screenFilter: filterScreen("", done: false)
        }
    }

    private mutating func acceptPrompt(_ p: Prompt) {
        switch p.kind {
        case .filter:
            if list.visible.isEmpty { message = "no policy matches '\(p.text)'" }
        case .search:
            if let s = reader.search, s.count == 0 { message = "not found: \(s.query)" }
            if p.text.isEmpty { reader.search = nil }
        case .command: runCommand(p.text)
        case .screenFilter: filterScreen(p.text, done: true)
        }
    }

    /// Keeps the policies whose domain, year, id or title contain `text` (case-insensitive).
    mutating func applyFilter(_ text: String) {
        let q = Array(text.lowercased().utf8)
        // Typing more only narrows: search the policies still shown.
        let narrowing = !list.filter.isEmpty && text.contains(list.filter)
        let candidates = narrowing ? list.visible : Array(policies.indices)
        let keep = q.isEmpty ? Array(policies.indices) : candidates.filter { Self.bytes(list.filterKeys[$0], contain: q) }
        list.filter = text
        let openIndex = reader.policy
        list.visible = keep
        list.cursor = 0
        refreshListRows()
        if let openIndex, let i = rowIndex(showing: openIndex) { list.cursor = i }
        list.top = 0
        if let first = list.cursorPolicy, first != reader.policy {
            open(policyAt: first)
        }
        clampScroll()
    }

    /// What the list filter searches for one policy.
    static func filterKey(_ p: Policy) -> [UInt8] {
        let parts = [p.domain ?? "", p.archivedOn.map { String($0.year) } ?? "", p.id, p.title]
        // ASCII (nearly every listing) is lowered byte by byte: the same bytes, a tenth of a
        // 100,000-policy load's time saved.
        var key: [UInt8] = []
        key.reserveCapacity(parts.reduce(parts.count) { $0 + $1.utf8.count })
        for (k, part) in parts.enumerated() {
            if k > 0 { key.append(UInt8(ascii: " ")) }
            for byte in part.utf8 {
                guard byte < 0x80 else { return Array(parts.joined(separator: " ").lowercased().utf8) }
                key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
        }
        return key
    }

    /// Whether `hay` holds `needle` (both lower-case UTF-8, so a match is a substring match).
    static func bytes(_ hay: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first, hay.count >= needle.count else { return needle.isEmpty }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// Finds every match of `query` in a pane and moves to the first one at or after `origin`.
    mutating func runSearch(_ query: String, in pane: Pane, from origin: Int) {
        guard !query.isEmpty else {
            reader.search = nil
            if pane == .text { reader.textTop = origin } else { reader.treeCursor = origin }
            return
        }
        var s = SearchState(query: query, pane: pane)
        if pane == .text {
            reader.document.prepareSearch()
            s.textMatches = reader.document.matches(of: query)
            let lines = s.textMatches.map { reader.layout.line(piece: $0.piece, index: $0.range.lowerBound) }
            s.current = lines.firstIndex { $0 >= origin } ?? (lines.isEmpty ? nil : 0)
        } else {
            let q = query.lowercased()
            s.rowMatches = reader.treeRows.indices.filter { reader.treeRows[$0].title.lowercased().contains(q) }
            s.current = s.rowMatches.firstIndex { $0 >= origin } ?? (s.rowMatches.isEmpty ? nil : 0)
        }
        reader.search = s
        showCurrentMatch(origin: origin)
    }

    /// `n`/`N`.
    mutating func stepMatch(by direction: Int) {
        guard var s = reader.search, s.count > 0 else {
            message = reader.search == nil ? "no search: press / first" : "not found: \(reader.search!.query)"
            return
        }
        let next = ((s.current ?? -direction) + direction + s.count) % s.count
        if let c = s.current, (direction > 0 && next < c) || (direction < 0 && next > c) {
            message = direction > 0 ? "search wrapped to the top" : "search wrapped to the bottom"
        }
        s.current = next
        reader.search = s
        if focus != s.pane { setFocus(s.pane) }
        showCurrentMatch(origin: nil)
    }

    private mutating func showCurrentMatch(origin: Int?) {
        guard let s = reader.search, let c = s.current else {
            if let origin, let s = reader.search {
                if s.pane == .text { reader.textTop = origin } else { reader.treeCursor = origin }
            }
            return
        }
        if s.pane == .text {
            let m = s.textMatches[c]
            let line = reader.layout.line(piece: m.piece, index: m.range.lowerBound)
            let height = contentHeight(.text)
            if line < reader.textTop || line >= reader.textTop + height {
                reader.textTop = min(max(0, line - height / 3), maxTextTop)
            }
        } else {
            reader.treeCursor = s.rowMatches[c]
        }
    }

    /// `match i/N` for the status bar, when a search is active.
    var matchStatus: String? {
        guard let s = reader.search else { return nil }
        guard s.count > 0, let c = s.current else { return "no match" }
        return "match \(c + 1)/\(s.count)"
    }
}
