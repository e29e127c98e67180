import PolicyComparison
import PolicyModel

/// `y`: the browser picks the text (the sentence at the top of the text pane or under the
/// current match, a search result, a matrix cell); the shell puts it on the clipboard (OSC 52)
/// and in a file, and reports back with ``BrowserState/copied(_:file:problem:)``.
extension BrowserState {
    /// `y`: asks the shell to copy what the view in use calls current.
    mutating func copyCurrent() {
        let text = screens.top.map { $0.copyText(screenContext) } ?? currentSentence
        guard let text, !text.isEmpty else {
            message = "nothing to copy here"
            return
        }
        copyRequest = text
        message = "copying \(Self.preview(text))"
    }

    /// The text `y` asked to copy since the last call; the shell copies it.
    public mutating func takeCopyRequest() -> String? {
        defer { copyRequest = nil }
        return copyRequest
    }

    /// The shell copied `text`: says so, the file first (it must show at 80 columns), or why
    /// the file could not be written.
    public mutating func copied(_ text: String, file: String, problem: String?) {
        if let problem {
            message = "copied by OSC 52 only; cannot write \(file): \(problem)"
        } else {
            message = "copied to \(file), and by OSC 52: \(Self.preview(text))"
        }
    }

    /// `“the first words…”`.
    static func preview(_ text: String) -> String {
        "“" + text.split(whereSeparator: \.isNewline).joined(separator: " ").fitted(40) + "”"
    }

    /// The block under the current text match, else the one the text pane's top line is in
    /// (the first body line on screen), and the grapheme the match or line starts at.
    var currentSpot: (location: BlockLocation, index: Int)? {
        if let s = reader.search, s.pane == .text, let c = s.current, s.textMatches.indices.contains(c),
           let location = reader.document.pieces[s.textMatches[c].piece].location {
            return (location, s.textMatches[c].range.lowerBound)
        }
        return reader.layout.lines.dropFirst(reader.textTop).lazy.compactMap { line in
            line.piece.flatMap { p in reader.document.pieces[p].location.map { ($0, line.range.lowerBound) } }
        }.first
    }

    /// The sentence at ``currentSpot``; a block without sentence ranges gives its whole text.
    var currentSentence: String? {
        guard let p = reader.policy, let spot = currentSpot, let block = policies[p].block(at: spot.location) else { return nil }
        let offset = Array(block.text).prefix(spot.index).reduce(0) { $0 + $1.unicodeScalars.count }
        guard let sentence = block.sentences.first(where: { offset < $0.end }) ?? block.sentences.last else {
            return block.text
        }
        return block.text(of: sentence)
    }
}

extension SearchView {
    /// The selected result's whole sentence.
    func copyText(_ context: ScreenContext) -> String? {
        guard results.indices.contains(cursor) else { return nil }
        let r = results[cursor]
        return context.policies[r.policyIndex].block(at: r.location)?.text(of: r.range) ?? r.snippet
    }
}

extension MatrixView {
    /// The cell: `QUESTION-ID: VALUE (POLICY-ID)`, then each evidence sentence on a line.
    func copyText(_ context: ScreenContext) -> String? {
        guard let q = currentQuestion, let cell = currentCell else { return nil }
        let head = "\(q.rawValue): \(cell.value.display) (\(shown.columns[column].id))"
        return ([head] + cell.evidence.map(\.text)).joined(separator: "\n")
    }
}
