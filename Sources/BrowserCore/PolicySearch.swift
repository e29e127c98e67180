import PolicyModel

/// One sentence found by a ``PolicySearcher``.
public struct PolicySearchResult: Hashable, Sendable {
    /// Index into the searched policies.
    public var policyIndex: Int
    public var location: BlockLocation
    /// Section titles from the top down (empty for the preamble).
    public var sectionPath: [String]
    /// The sentence's Unicode-scalar range in its block's text.
    public var range: TextRange
    /// The sentence, or a window of a long one.
    public var snippet: String
    /// The query's matches in ``snippet``, Unicode-scalar ranges, ascending.
    public var marks: [TextRange]
    /// Higher is better.
    public var score: Double

    public init(policyIndex: Int, location: BlockLocation, sectionPath: [String], range: TextRange,
                snippet: String, marks: [TextRange], score: Double) {
        self.policyIndex = policyIndex
        self.location = location
        self.sectionPath = sectionPath
        self.range = range
        self.snippet = snippet
        self.marks = marks
        self.score = score
    }
}

/// A query that could not run: why, and the column (from 1) it points at, if any.
public struct PolicySearchProblem: Hashable, Sendable, Error {
    public var message: String
    public var column: Int?

    public init(message: String, column: Int?) {
        self.message = message
        self.column = column
    }
}

/// What a search that must build first is doing ("extracting practices: 120 of 3,000
/// policies"), and the best results among the policies it has read so far, if any.
public struct SearchProgress: Sendable {
    public var note: String
    public var results: [PolicySearchResult]?

    public init(note: String, results: [PolicySearchResult]? = nil) {
        self.note = note
        self.results = results
    }
}

/// The search view's ranked sentence search over every loaded policy (the index module plugs
/// in here).
public protocol PolicySearcher: Sendable {
    /// The best `limit` sentences for `query` in `policies`, best first, or why it cannot run.
    /// A search that must build first reports what it is doing through `progress`, with the
    /// best results among the policies read so far when it has them.
    func search(
        _ query: String, in policies: [Policy], limit: Int, progress: @Sendable (SearchProgress) -> Void
    ) -> Result<[PolicySearchResult], PolicySearchProblem>
    /// Whether `query` is cheap enough to run on every key press (false: it runs on Enter).
    func runsAsYouType(_ query: String, in policies: [Policy]) -> Bool
    /// Whether a search over `policies` can run while some are listed without their text (read
    /// by the searcher: an index saved for them reads only the texts of the hits it shows).
    func searchesWithoutTexts(_ policies: [Policy]) -> Bool
}

extension PolicySearcher {
    public func searchesWithoutTexts(_ policies: [Policy]) -> Bool { false }

    /// A search whose progress nobody follows.
    public func search(_ query: String, in policies: [Policy], limit: Int) -> Result<[PolicySearchResult], PolicySearchProblem> {
        search(query, in: policies, limit: limit, progress: { _ in })
    }
}
