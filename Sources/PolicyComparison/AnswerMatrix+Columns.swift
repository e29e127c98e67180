import PolicyExtraction

/// Building a matrix cell by cell and keeping some of its columns (the browser's matrix view
/// fills columns as practices arrive and filters policies as the user types).
extension AnswerMatrix.Row {
    public init(_ question: Question, cells: [Answer]) {
        self.init(question: question, cells: cells)
    }
}

extension AnswerMatrix {
    /// Only the columns at `indices`, in that order.
    public func selectingColumns(_ indices: [Int]) -> AnswerMatrix {
        AnswerMatrix(columns: indices.map { columns[$0] },
                     rows: rows.map { row in Row(question: row.question, cells: indices.map { row.cells[$0] }) })
    }
}
