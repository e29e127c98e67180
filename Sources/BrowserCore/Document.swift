import PolicyModel

/// A policy as the text pane reads it: headings and body blocks in order, as graphemes.
struct Document: Sendable {
    enum Kind: Hashable, Sendable {
        case heading(depth: Int)
        case paragraph
        case listItem(depth: Int)
        case quote
        case code
        case tableRow
    }

    /// One heading or block, cut into graphemes (control characters already made visible).
    struct Piece: Sendable {
        var kind: Kind
        var chars: [Character]
        /// Lower-cased graphemes, for case-insensitive search: empty until ``prepareSearch()``.
        var folded: [String] = []
        /// Section number (0 is the preamble).
        var section: Int
        /// Grapheme ranges of practice highlights, their category index, whether the sentence
        /// denies the practice, and how strong it is (``Highlight/strength``).
        var highlights: [(range: Range<Int>, category: Int, negated: Bool, strength: Double)]
        /// The block the piece shows (nil for a heading).
        var location: BlockLocation?
    }

    var pieces: [Piece] = []
    /// Category names in the order they first appear; a highlight's category indexes this.
    var categories: [String] = []
    /// The style slot of each of ``categories``, in the same order.
    var categorySlots: [Int] = []
    /// The piece where each section (by number) starts.
    var sectionStart: [Int: Int] = [:]
    /// Each section's titles from the top down, by number.
    var titlePaths: [Int: [String]] = [:]

    init() {}

    init(policy: Policy, highlighter: (any HighlightProvider)?) {
        for section in policy.numberedSections {
            let location = section.location
            if let title = section.title {
                sectionStart[location.number] = pieces.count
                titlePaths[location.number] = location.titlePath
                pieces.append(Self.piece(.heading(depth: location.depth), title, section: location.number))
            }
            for (index, block) in section.blocks.enumerated() {
                append(block, at: BlockLocation(sectionNumber: location.number, blockIndex: index), policy: policy,
                       highlighter: highlighter)
            }
        }
    }

    private mutating func append(_ block: Block, at location: BlockLocation, policy: Policy, highlighter: (any HighlightProvider)?) {
        let kind: Kind = switch block.kind {
        case .paragraph: .paragraph
        case .listItem(let depth, _): .listItem(depth: depth)
        case .quote: .quote
        case .code: .code
        case .tableRow: .tableRow
        }
        var piece = Self.piece(kind, block.text, section: location.sectionNumber)
        piece.location = location
        if let highlighter {
            let spans = highlighter.highlights(for: block, at: location, in: policy)
            if !spans.isEmpty { piece.highlights = mapHighlights(spans, text: block.text, highlighter: highlighter) }
        }
        pieces.append(piece)
    }

    private static func piece(_ kind: Kind, _ text: String, section: Int) -> Piece {
        let chars = Self.graphemes(text)
        return Piece(kind: kind, chars: chars, section: section, highlights: [])
    }

    /// The text's graphemes with controls made visible, except a hard line break `\n`, which
    /// ``TextLayout/wrap(_:width:)`` turns into a new line. ASCII text (no CR, which would pair
    /// with LF) skips grapheme breaking: every byte is a grapheme.
    static func graphemes(_ text: String) -> [Character] {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return text.map(visible) }
        return utf8.map { visible(Character(UnicodeScalar($0))) }
    }

    /// The grapheme as the panes keep it: controls as pictures, a line break as itself.
    private static func visible(_ ch: Character) -> Character {
        ch == "\n" ? ch : CharWidth.sanitised(ch)
    }

    /// Whether ``prepareSearch()`` has run.
    private(set) var searchable = false

    /// Folds every piece's graphemes to lower case, once, before the first search.
    mutating func prepareSearch() {
        guard !searchable else { return }
        searchable = true
        for p in pieces.indices { pieces[p].folded = pieces[p].chars.map(Self.fold) }
    }

    /// A grapheme in lower case (ASCII without going through Unicode tables).
    static func fold(_ ch: Character) -> String {
        if let a = ch.asciiValue { return String(UnicodeScalar(a >= 65 && a <= 90 ? a + 32 : a)) }
        return String(ch).lowercased()
    }

    /// Converts scalar-offset highlights into grapheme ranges.
    private mutating func mapHighlights(
        _ spans: [Highlight], text: String, highlighter: any HighlightProvider
    ) -> [(range: Range<Int>, category: Int, negated: Bool, strength: Double)] {
        var scalarStarts: [Int] = []
        var offset = 0
        for ch in text {
            scalarStarts.append(offset)
            offset += ch.unicodeScalars.count
        }
        return spans.compactMap { span in
            let lower = scalarStarts.firstIndex { $0 >= span.range.start } ?? scalarStarts.count
            let upper = scalarStarts.firstIndex { $0 >= span.range.end } ?? scalarStarts.count
            guard lower < upper else { return nil }
            let category: Int
            if let i = categories.firstIndex(of: span.category) {
                category = i
            } else {
                category = categories.count
                categories.append(span.category)
                categorySlots.append(highlighter.styleSlot(forCategory: span.category) ?? category)
            }
            return (lower..<upper, category, span.negated, span.strength)
        }
    }

    /// Every case-insensitive occurrence of `query`, in document order (after ``prepareSearch()``).
    func matches(of query: String) -> [TextMatch] {
        assert(searchable || pieces.isEmpty, "prepareSearch() first")
        let q = query.map(Self.fold)
        guard !q.isEmpty else { return [] }
        var out: [TextMatch] = []
        for (p, piece) in pieces.enumerated() where piece.folded.count >= q.count {
            var i = 0
            while i + q.count <= piece.folded.count {
                if piece.folded[i] == q[0], piece.folded[i..<(i + q.count)].elementsEqual(q) {
                    out.append(TextMatch(piece: p, range: i..<(i + q.count)))
                    i += q.count
                } else {
                    i += 1
                }
            }
        }
        return out
    }
}

/// One search match in the text: a piece and a grapheme range.
struct TextMatch: Hashable, Sendable {
    var piece: Int
    var range: Range<Int>
}
