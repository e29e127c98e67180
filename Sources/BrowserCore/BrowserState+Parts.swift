/// Read-only views of the parts' fields under the names the shell and the tests use.
extension BrowserState {
    /// The open policy's index.
    public var openPolicy: Int? { reader.policy }
    /// Policies marked for comparison (Space, `a`).
    public var marked: Set<Int> { list.marked }
    /// Problems reported by every finished load, for the shell to print on exit.
    public var loadProblems: [String] { loading.problems }
    /// The epoch practice requests are made in (see ``PracticeWork/epoch``).
    public var practiceEpoch: Int { practices.epoch }

    var visiblePolicies: [Int] { list.visible }
    var listRows: [ListRow] { list.rows }
    var listCursor: Int { list.cursor }
    var document: Document { reader.document }
    var layout: TextLayout { reader.layout }
    var textTop: Int { reader.textTop }
    var treeRows: [TreeRow] { reader.treeRows }
    var treeCursor: Int { reader.treeCursor }
    var search: SearchState? { reader.search }
    var documentCache: DocumentCache { reader.cache }
}
