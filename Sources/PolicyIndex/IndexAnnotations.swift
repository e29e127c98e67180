import PolicyModel

/// Where a sentence sits in its policy.
public struct SentenceAddress: Sendable, Hashable, Codable {
    /// ``SectionLocation/number`` (0 is the preamble).
    public var section: Int
    /// The block's index in the section's own ``Section/blocks`` (or in the preamble).
    public var block: Int
    /// The sentence's index in ``Block/sentences``.
    public var sentence: Int

    public init(section: Int, block: Int, sentence: Int) {
        self.section = section
        self.block = block
        self.sentence = sentence
    }

    /// The sentence at index `sentence` of the block at `location`.
    public init(_ location: BlockLocation, sentence: Int) {
        self.init(section: location.sectionNumber, block: location.blockIndex, sentence: sentence)
    }
}

/// What practice extraction found in one policy, as plain strings, for the index's filters.
///
/// Both parts are optional: a policy without annotations never matches `category:` or
/// `answer:` filters.
public struct IndexAnnotations: Sendable, Hashable {
    /// Practice category labels per sentence (`"Data Retention"`, `"Third Party Sharing/Collection"`).
    public var categories: [SentenceAddress: [String]]
    /// Answers to questions about the whole policy, question id to value (`"sells-data": "no"`).
    public var answers: [String: String]

    public init(categories: [SentenceAddress: [String]] = [:], answers: [String: String] = [:]) {
        self.categories = categories
        self.answers = answers
    }
}
