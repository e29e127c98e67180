import PolicyClassifier
import PolicyModel

/// A category with its blended score (sentence, paragraph and heading predictions combined).
public struct CategoryScore: Sendable, Hashable {
    public var category: OPP115Category
    public var score: Float

    public init(category: OPP115Category, score: Float) {
        self.category = category
        self.score = score
    }
}

/// One sentence of a policy with what extraction found in it.
public struct AnalyzedSentence: Sendable, Hashable {
    public var location: BlockLocation
    /// Section titles from the top level down (empty for the preamble).
    public var sectionPath: [String]
    /// The sentence's range in its block's text (Unicode-scalar offsets).
    public var range: TextRange
    public var text: String
    /// The categories assigned, best first (empty when the sentence has no words).
    public var categories: [CategoryScore]
    /// Blended scores for every category, indexed by `OPP115Category.index`.
    public var scores: [Float]
    /// Attributes found in the sentence, in text order; ranges are block offsets.
    public var attributes: [AttributeMatch]

    public init(
        location: BlockLocation, sectionPath: [String], range: TextRange, text: String,
        categories: [CategoryScore], scores: [Float], attributes: [AttributeMatch]
    ) {
        self.location = location
        self.sectionPath = sectionPath
        self.range = range
        self.text = text
        self.categories = categories
        self.scores = scores
        self.attributes = attributes
    }

    /// True when the sentence denies some practice ("we do not sell...").
    public var isNegated: Bool { attributes.contains { $0.negated } }

    /// The blended score of `category`.
    public func score(_ category: OPP115Category) -> Float { scores[category.index] }
}

/// A classified stretch of text: one sentence under one of its categories.
public struct PracticeSpan: Sendable, Hashable {
    public var location: BlockLocation
    public var sectionPath: [String]
    public var range: TextRange
    public var text: String
    public var category: OPP115Category
    public var score: Float
    public var negated: Bool

    public init(
        location: BlockLocation, sectionPath: [String], range: TextRange, text: String,
        category: OPP115Category, score: Float, negated: Bool
    ) {
        self.location = location
        self.sectionPath = sectionPath
        self.range = range
        self.text = text
        self.category = category
        self.score = score
        self.negated = negated
    }
}
