/// Whether a document was read as an English privacy policy, or flagged and left unclassified.
public enum PolicyStatus: Sendable, Hashable {
    /// An English privacy policy: spans and answers are meaningful.
    case policy
    /// The text is mostly in another language (ISO 639-1 code); the classifier and the pattern
    /// tables are English-only, so nothing is classified.
    case nonEnglish(language: String)
    /// The page does not read as a privacy policy (a blog, a news page...): too few sentences
    /// state practices, too few headings use policy vocabulary.
    case notAPolicy(reason: String)

    /// Short stable name: `policy`, `not-english`, `not-a-policy`.
    public var name: String {
        switch self {
        case .policy: "policy"
        case .nonEnglish: "not-english"
        case .notAPolicy: "not-a-policy"
        }
    }

    /// A sentence for people.
    public var explanation: String {
        switch self {
        case .policy: "an English privacy policy"
        case .nonEnglish(let language): "not in English (detected language: \(language)); not classified"
        case .notAPolicy(let reason): "does not read as a privacy policy (\(reason)); not classified"
        }
    }

    /// True when spans and answers were computed.
    public var isClassified: Bool { self == .policy }
}
