import PolicyModel

/// One matching sentence.
public struct Hit: Sendable, Hashable {
    /// Index into ``PolicyIndex/policies``.
    public var policyIndex: Int
    public var policyID: String
    public var domain: String?
    /// ``SectionLocation/number`` (0 is the preamble).
    public var sectionNumber: Int
    /// Child indices down to the section (empty for the preamble).
    public var sectionPath: [Int]
    /// Section titles from the top down (empty for the preamble).
    public var titlePath: [String]
    /// The block's index in the section's own blocks (or the preamble).
    public var blockIndex: Int
    /// The sentence's index in the block's ``Block/sentences``.
    public var sentenceIndex: Int
    /// The sentence's range in the block's text.
    public var range: TextRange
    /// The sentence.
    public var text: String
    /// Matched words and phrases, as ranges in the block's text.
    public var matches: [TextRange]
    public var snippet: Snippet
    /// BM25F score; higher is better.
    public var score: Double
}
