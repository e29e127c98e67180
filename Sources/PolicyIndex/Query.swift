/// A parsed search query.
///
/// Syntax: words are ANDed (`cookies third`); `"exact phrase"`; `shar*` (prefix); `-word` or
/// `-"phrase"` (exclude); `a OR b` (OR binds tighter than the implicit AND); `( ... )` groups;
/// filters `category:"Data Retention"` or `category:retention`, `domain:act-on.com` (or `domain:*.co.uk`),
/// `year:2012..2015` (also `year:2014`, `year:2012..`, `year:..2015`), `answer:sells-data=no`.
public struct Query: Sendable, Hashable {
    /// The text that was parsed.
    public let text: String
    /// The query tree.
    public let root: QueryNode

    public init(text: String, root: QueryNode) {
        self.text = text
        self.root = root
    }

    /// Parses query syntax; the error names the column of the offending part.
    public static func parse(_ text: String) throws(QueryError) -> Query {
        var parser = QueryParser(text)
        return Query(text: text, root: try parser.parse())
    }
}

/// A node of a query tree. Words are stored folded (see ``Tokenizer``).
public indirect enum QueryNode: Sendable, Hashable {
    /// One word, matched through its English stem (exactly in non-English policies).
    case term(String)
    /// Any word starting with this.
    case prefix(String)
    /// Consecutive words in one sentence; each word is matched exactly (folded, not stemmed).
    case phrase([PhraseWord])
    case filter(QueryFilter)
    /// Sentences not matching the node.
    case not(QueryNode)
    /// Sentences matching every node.
    case all([QueryNode])
    /// Sentences matching any node.
    case any([QueryNode])
}

/// One word of a phrase.
public enum PhraseWord: Sendable, Hashable {
    case exact(String)
    case prefix(String)
}

/// A restriction on sentences by annotations or policy metadata.
public enum QueryFilter: Sendable, Hashable {
    /// A practice category label, or a short alias for one (`retention`).
    case category(String)
    /// The policy's domain (`www.` ignored); sub-domains of it match too, and `*` matches any
    /// run of characters (`site17-*.example`).
    case domain(String)
    /// The policy's archive year, inclusive bounds.
    case year(from: Int, through: Int)
    /// A policy-level answer, question id and value, both compared case-insensitively.
    case answer(question: String, value: String)
}
