/// The three panes' reading state: the open policy's text and section tree, where each is
/// scrolled, the search in them, and the recently opened policies kept for going back.
struct Reader: Sendable {
    /// The open policy's index.
    var policy: Int?
    var document = Document()
    var outline = SectionOutline()
    /// Sections folded in the tree.
    var folded: Set<Int> = []
    var treeRows: [TreeRow] = []
    var treeCursor = 0
    var treeTop = 0
    var layout = TextLayout(document: Document(), width: 1)
    var textTop = 0
    /// The text cursor: where `}`/`{` last landed (piece, grapheme), the sentence `i` tells
    /// about while it is on screen; otherwise the top line is.
    var cursor: TextMatch?
    /// The highlights drawn at this layout, density and choice of categories.
    var selection = HighlightSelection()
    var cache = DocumentCache()
    var search: SearchState?
}

extension Reader {
    /// The section under the tree cursor.
    var currentTreeSection: Int? {
        treeRows.indices.contains(treeCursor) ? treeRows[treeCursor].section : nil
    }

    /// The section whose text is at the top of the text pane.
    var sectionAtTop: Int {
        guard layout.lines.indices.contains(textTop) else { return 0 }
        var l = textTop
        while l > 0, layout.lines[l].piece == nil { l -= 1 }
        if l == 0, layout.lines[l].piece == nil, let next = layout.lines.dropFirst(textTop).first(where: { $0.piece != nil }) {
            return next.piece.map { document.pieces[$0].section } ?? 0
        }
        return layout.lines[l].piece.map { document.pieces[$0].section } ?? 0
    }
}
