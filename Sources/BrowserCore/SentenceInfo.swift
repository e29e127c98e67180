import PolicyExtraction
import PolicyModel

/// `i`: what the sentence under the text cursor is: its categories with scores, whether it
/// denies a practice, its attributes, how it is drawn, and the answers it is evidence for.
extension BrowserState {
    /// Opens the overlay on the sentence under the cursor, or says why there is none.
    mutating func describeSentence() {
        guard let p = reader.policy else {
            message = "no policy open"
            return
        }
        guard let at = sentencePosition, let location = reader.document.location(ofPiece: at.piece) else {
            message = "no sentence here: i tells about the text under the cursor (} moves it to a highlight)"
            return
        }
        let offset = reader.document.pieces[at.piece].chars[..<at.index].reduce(0) { $0 + $1.unicodeScalars.count }
        let sentences = highlighter?.sentences(at: location, in: policies[p]) ?? []
        guard let sentence = sentences.first(where: { $0.range.start <= offset && offset < $0.range.end })
            ?? sentences.last(where: { $0.range.start <= offset }) ?? sentences.first else {
            message = practices.summaries[p] == nil ? "practices not computed yet: try again in a moment" : "no analysed sentence here"
            return
        }
        let row = textRect.y + 1 + reader.layout.line(piece: at.piece, index: at.index) - reader.textTop
        overlay = Overlay(kind: .sentence, lines: describe(sentence, answers: practices.summaries[p]?.answers ?? [:]), avoiding: row)
        showingHelp = true
        helpTop = 0
    }

    /// The cursor when it is on screen, else the first text on the top line.
    private var sentencePosition: (piece: Int, index: Int)? {
        let visible = reader.textTop..<(reader.textTop + contentHeight(.text))
        if let c = reader.cursor, visible.contains(reader.layout.line(piece: c.piece, index: c.range.lowerBound)) {
            return (c.piece, c.range.lowerBound)
        }
        for l in visible where reader.layout.lines.indices.contains(l) {
            guard let p = reader.layout.lines[l].piece, reader.document.location(ofPiece: p) != nil else { continue }
            return (p, reader.layout.lines[l].range.lowerBound)
        }
        return nil
    }

    /// The overlay's lines for one sentence.
    func describe(_ s: AnalyzedSentence, answers: [Question: Answer]) -> [(label: String, help: String)] {
        var lines: [(label: String, help: String)] = [("", "“\(s.text)”")]
        lines.append(("where", SectionPath.label(reader.document.titlePaths[s.location.sectionNumber] ?? s.sectionPath)))
        let categories = s.categories.map { PracticeLegend.sectionLabel($0.category) + String(format: " %.2f", $0.score) }
        lines.append(("categories", categories.isEmpty ? "none (no words to classify)" : categories.joined(separator: ", ")))
        let denied = s.attributes.filter(\.negated).map(\.attribute.name)
        lines.append(("negation", denied.isEmpty ? "none: a statement" : "denies " + denied.joined(separator: ", ")))
        let attributes = s.attributes.map { a in
            (a.negated ? "not " : "") + a.attribute.name + (a.hasException ? " (with exceptions)" : "")
        }
        lines.append(("attributes", attributes.isEmpty ? "none found" : attributes.joined(separator: ", ")))
        lines.append(("highlight", highlightNote(s)))
        let supported = Question.allCases.compactMap { answers[$0] }.filter { answer in
            answer.evidence.contains { $0.location == s.location && $0.range.start < s.range.end && s.range.start < $0.range.end }
        }
        if supported.isEmpty { lines.append(("evidence for", "no answer")) }
        for (n, answer) in supported.enumerated() {
            let confidence = String(format: "confidence %.2f", answer.confidence) + (answer.isWeak ? ", weak" : "")
            lines.append((n == 0 ? "evidence for" : " ", "\(answer.question.rawValue): \(answer.value.display) (\(confidence))"))
        }
        return lines
    }

    /// How the sentence is drawn now, and why not when it is not.
    private func highlightNote(_ s: AnalyzedSentence) -> String {
        guard let best = s.categories.first, let name = PracticeLegend.name(of: best.category) else {
            return "none: \(s.categories.first.map { PracticeLegend.sectionLabel($0.category) } ?? "no category") is not highlighted"
        }
        let kind = s.isNegated ? "a denial (italic)" : "a statement (underlined)"
        guard let slot = reader.document.categories.firstIndex(of: name).map({ reader.document.categorySlots[$0] }) else {
            return "\(name), \(kind)"
        }
        if !isCategoryShown(slot) { return "\(name), \(kind); hidden now (\(soloSlot == nil ? "digit \(Self.legendDigit(slot))" : "solo"))" }
        if highlightDensity != .all, !isDrawn(s) { return "\(name), \(kind); not drawn in \(highlightDensity.rawValue) (H: all)" }
        return "\(name), \(kind)"
    }

    /// Whether a highlight covering the sentence is drawn now.
    private func isDrawn(_ s: AnalyzedSentence) -> Bool {
        guard let match = reader.document.match(s.location, range: s.range) else { return false }
        return reader.document.pieces[match.piece].highlights.indices.contains {
            reader.document.pieces[match.piece].highlights[$0].range.overlaps(match.range) && reader.selection.contains(piece: match.piece, index: $0)
        }
    }
}

extension Document {
    /// The block a piece shows; nil for a heading.
    func location(ofPiece piece: Int) -> BlockLocation? {
        pieces.indices.contains(piece) ? pieces[piece].location : nil
    }
}
