/// Joins the paragraphs of text that was wrapped into one paragraph per line. HTML converted
/// line by line (the Platform Governance Archive's `pga-v1`) puts a blank line after every
/// wrapped line, so each sentence runs over several paragraphs and a reader of one sees a
/// sentence without its subject or its "not". Only a document where that is the rule is
/// repaired: most of its long paragraphs stop without an end mark and the next goes on in
/// lower case (in the Princeton-Leuven corpus no policy comes near; in `pga-v1` every one does).
enum HardWrapRepair {
    /// A paragraph this long (in UTF-8 bytes) that stops without an end mark was cut by wrapping,
    /// not a title.
    static let wrappedLength = 40
    /// The share of long paragraphs that must stop mid-sentence, and the fewest such stops.
    static let share = 0.3
    static let fewest = 5

    /// Consumes `blocks`: each one's inlines are released as it is joined or passed on, and each
    /// chunk of them once read, so the input and the output are not both held whole.
    static func apply(_ blocks: consuming Chunked<RawBlock>) -> Chunked<RawBlock> {
        guard isHardWrapped(blocks) else { return blocks }
        // Which blocks go on the one before, decided first, so each joined block's inlines are
        // reserved at their size. A block that has taken in others ends as the last of them
        // (and, having joined, is no numbered title): `continues` reads only that end.
        var joins = [Bool](repeating: false, count: blocks.count)
        var joined = false
        for k in blocks.indices.dropFirst() {
            joined = continues(blocks[k - 1], with: blocks[k], joined: joined)
            joins[k] = joined
        }
        var out = Chunked<RawBlock>()
        var start = 0
        while start < blocks.count {
            blocks.freeChunks(below: start)
            var end = start + 1
            var size = blocks[start].inlines.count
            while end < blocks.count, joins[end] { size += 1 + blocks[end].inlines.count; end += 1 }
            var block = blocks[start]
            blocks[start].inlines = []
            if end > start + 1 {
                block.inlines.reserveCapacity(size)
                for k in start + 1..<end {
                    block.inlines.append(.softBreak)
                    block.inlines += blocks[k].inlines
                    blocks[k].inlines = []
                }
            }
            out.append(block)
            start = end
        }
        return out
    }

    /// Whether most long paragraphs of `blocks` stop mid-sentence before one that goes on in lower case.
    static func isHardWrapped(_ blocks: Chunked<RawBlock>) -> Bool {
        var long = 0, cut = 0
        for (k, block) in blocks.enumerated() where isParagraph(block) && length(block) >= wrappedLength {
            long += 1
            if k + 1 < blocks.count, isParagraph(blocks[k + 1]), !endsSentence(block), startsInLowercase(blocks[k + 1]) { cut += 1 }
        }
        return cut >= fewest && Double(cut) >= share * Double(long)
    }

    /// Whether `next` goes on with the sentence that `block`, a line cut by wrapping, left open:
    /// `next` starts in lower case, or `block` stops on a word no sentence or title ends with
    /// ("...to the") and `next` does not read as a title of its own. `joined`: `block` has taken
    /// in a line already.
    static func continues(_ block: RawBlock, with next: RawBlock, joined: Bool = false) -> Bool {
        // A block that has taken in a line is a long paragraph with words outside emphasis (it
        // was one, and what it took in was): not measured again, so a run of joins stays linear.
        guard isParagraph(next), block.inQuote == next.inQuote,
              joined || (isParagraph(block) && length(block) >= wrappedLength),
              !endsSentence(block), joined || !isNumberedTitle(block) else { return false }
        if startsInLowercase(next) { return true }
        return endsOnFunctionWord(block) && !next.readsAsDetachedTitle
    }

    /// Words that leave a phrase open.
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "and", "or", "in", "for", "with", "by", "from", "on", "at", "as", "that",
        "which", "who", "is", "are", "be", "we", "you", "our", "your", "their", "its", "this", "these", "such",
        "may", "will", "can", "not", "if", "when", "about", "into", "than",
    ]

    /// A short numbered line ("VI. How do we respond to legal requests or") is a heading cut by
    /// wrapping: it stays a heading, as the section tree reads it, rather than joining the text.
    private static func isNumberedTitle(_ block: RawBlock) -> Bool {
        let text = block.plainText
        return Numbering.parse(text) != nil && text.whitespaceSeparatedCount <= 10
    }

    private static func endsOnFunctionWord(_ block: RawBlock) -> Bool {
        guard case .text(let t, _)? = block.inlines.last(where: { if case .text = $0 { true } else { false } }) else { return false }
        // The last word as written ("...toll free at 1-800-555-0100" ends on a number, not "at").
        guard let word = t.text.split(whereSeparator: \.isWhitespace).last, word.allSatisfy(\.isLetter) else { return false }
        return functionWords.contains(word.lowercased())
    }

    private static func isParagraph(_ block: RawBlock) -> Bool {
        block.kind == .paragraph && !block.isTableCell && !block.isAllStrong && block.hasWords
    }

    private static func length(_ block: RawBlock) -> Int {
        block.inlines.reduce(0) { total, inline in
            if case .text(let t, _) = inline { total + t.text.utf8.count } else { total + 1 }
        }
    }

    /// Whether the last visible character (past closing quotes, brackets and emphasis) ends a sentence or clause.
    private static func endsSentence(_ block: RawBlock) -> Bool {
        for inline in block.inlines.reversed() {
            guard case .text(let t, _) = inline else { continue }
            for ch in t.text.unicodeScalars.reversed() {
                if ch.properties.isWhitespace || "\"'”’)]*_".unicodeScalars.contains(ch) { continue }
                return ".!?:;".unicodeScalars.contains(ch)
            }
        }
        return true
    }

    private static func startsInLowercase(_ block: RawBlock) -> Bool {
        for inline in block.inlines {
            guard case .text(let t, _) = inline else { continue }
            for ch in t.text.unicodeScalars where !ch.properties.isWhitespace {
                return ch.properties.isLowercase
            }
        }
        return false
    }
}
