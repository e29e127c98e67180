import PolicyExtraction
import PolicyModel

/// Questions by policies: the comparison at the heart of `compare` and the browser's matrix.
public struct AnswerMatrix: Sendable {
    /// One compared policy.
    public struct Column: Sendable, Hashable {
        public var id: String
        public var domain: String?
        public var archivedOn: ArchiveDate?

        public init(id: String, domain: String?, archivedOn: ArchiveDate?) {
            self.id = id
            self.domain = domain
            self.archivedOn = archivedOn
        }
    }

    public struct Row: Sendable {
        public var question: Question
        /// One answer per column, in column order.
        public var cells: [Answer]

        /// Whether every policy gives the same value.
        public var allAgree: Bool { Set(cells.map(\.value)).count <= 1 }
    }

    public var columns: [Column]
    public var rows: [Row]

    public init(columns: [Column], rows: [Row]) {
        precondition(rows.allSatisfy { $0.cells.count == columns.count }, "every row needs one cell per column")
        self.columns = columns
        self.rows = rows
    }

    /// The matrix of `questions` (all by default) for policies whose practices were extracted.
    public init(practices: [(policy: Policy, practices: PolicyPractices)], questions: [Question] = Question.allCases) {
        columns = practices.map { Column(id: $0.policy.id, domain: $0.policy.domain, archivedOn: $0.policy.archivedOn) }
        rows = questions.map { question in
            Row(question: question, cells: practices.map { $0.practices[question] })
        }
    }

    /// The matrix of `questions` for listed policies and their stored practice records.
    public init(records: [(policy: PolicyListing, practices: PracticeRecord)], questions: [Question] = Question.allCases) {
        columns = records.map { Column(id: $0.policy.id, domain: $0.policy.domain, archivedOn: $0.policy.archivedOn) }
        rows = questions.map { question in
            Row(question: question, cells: records.map { $0.practices[question] })
        }
    }

    /// Rows where the policies differ.
    public func hidingAgreement() -> AnswerMatrix {
        AnswerMatrix(columns: columns, rows: rows.filter { !$0.allAgree })
    }

    /// Only these questions, in this order.
    public func selecting(_ questions: [Question]) -> AnswerMatrix {
        AnswerMatrix(columns: columns, rows: questions.compactMap { q in rows.first { $0.question == q } })
    }

    /// Columns reordered by their value for `question` (yes, then no, then numbers and lists,
    /// then not stated), stable otherwise.
    public func sortingColumns(by question: Question, descending: Bool = false) -> AnswerMatrix {
        guard let row = rows.first(where: { $0.question == question }) else { return self }
        var order = Array(columns.indices)
        order.sort { a, b in
            let ra = Self.rank(row.cells[a].value), rb = Self.rank(row.cells[b].value)
            if ra != rb { return descending ? ra > rb : ra < rb }
            return a < b
        }
        return AnswerMatrix(columns: order.map { columns[$0] },
                            rows: rows.map { row in Row(question: row.question, cells: order.map { row.cells[$0] }) })
    }

    static func rank(_ value: AnswerValue) -> Int {
        switch value {
        case .yes: 0
        case .no: 1
        case .integer: 2
        case .list: 3
        case .notStated: 4
        }
    }
}
