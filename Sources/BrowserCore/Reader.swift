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
    var cache = DocumentCache()
    var search: SearchState?
}
