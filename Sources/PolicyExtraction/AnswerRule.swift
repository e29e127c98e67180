import PolicyClassifier

/// How a yes/no question is answered from sentences: which attributes must appear together,
/// which categories support them, and how denials count. The rules themselves are data, in
/// ``AnswerRules``.
struct AnswerRule: Sendable {
    /// Which polarity of evidence a requirement contributes.
    enum PolarityUse: Sendable {
        case both
        case positiveOnly
        case negativeOnly
    }

    /// One way a sentence can bear on the question.
    struct Requirement: Sendable {
        /// Every group needs one of its patterns (an exact attribute, or any value of a family).
        /// Group 0 must be in the sentence itself; the others may come from the section
        /// headings or the lead-in paragraph of a list.
        var groups: [Set<AttributePattern>]
        /// The group whose matches in the sentence decide its polarity.
        var polarityGroup = 0
        var weight = 1.0
        /// Patterns that rule the sentence out.
        var excluding: Set<AttributePattern> = []
        var polarity: PolarityUse = .both
        /// The requirement reads the question off a statement about something broader ("we
        /// never share your data" for marketing): an answer resting only on such evidence gets
        /// at most ``YesNoAnswerer/indirectConfidence``.
        var indirect = false
        /// An affirmation under this requirement is the answer whatever the denials say ("we do
        /// not sell data as traditionally understood; some activities may be considered a
        /// 'sale' under state laws" sells in that sense).
        var decisive = false
    }

    var requirements: [Requirement]
    /// Categories whose blended score supports the evidence.
    var categories: [OPP115Category]
    /// Support given to evidence the classifier does not place in those categories at all.
    var floor: Double
    /// Whether a denial can make the answer "no" (some questions are yes/not-stated).
    var allowsNo: Bool = true
    /// Whether denials win over affirmations of similar strength ("we do not sell").
    var negativeWins: Bool = false
}

/// What a rule asks of an attribute: exactly this attribute, or any attribute of a family
/// (a stated retention period, whatever it says).
enum AttributePattern: Sendable, Hashable {
    case exact(Attribute)
    case any(AttributeFamily)
}

extension Attribute {
    /// The patterns this attribute meets: itself and its family.
    var patterns: [AttributePattern] { [.exact(self), .any(family)] }

    /// The written form of the family pattern (`retention:*`), as ``name`` writes attributes.
    var familyWildcard: String { family.rawValue + ":*" }
}
