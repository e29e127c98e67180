import PolicyModel

/// One fact a sentence states, found by the pattern tables or the value scanners.
public enum Attribute: Sendable, Hashable {
    case dataType(DataType)
    case purpose(Purpose)
    case thirdParty(ThirdPartyKind)
    case choice(ChoiceKind)
    case framework(Framework)
    case changeChannel(ChangeChannel)
    case action(PracticeAction)
    /// A stated retention period or rule, as written ("thirty (30) days", "as long as...").
    case retentionPeriod(String)
    /// An age in years named with age words ("under 13", "18 years of age").
    case age(Int)
    /// An e-mail address.
    case email(String)
    /// A "last updated" / "effective" date, as written.
    case lastUpdated(String)

    /// A short stable name: `family:value` (`data:contact`, `age:13`, `email:privacy@x.com`).
    public var name: String {
        switch self {
        case .dataType(let v): "data:\(v.rawValue)"
        case .purpose(let v): "purpose:\(v.rawValue)"
        case .thirdParty(let v): "party:\(v.rawValue)"
        case .choice(let v): "choice:\(v.rawValue)"
        case .framework(let v): "framework:\(v.rawValue)"
        case .changeChannel(let v): "change:\(v.rawValue)"
        case .action(let v): "action:\(v.rawValue)"
        case .retentionPeriod(let v): "retention:\(v)"
        case .age(let v): "age:\(v)"
        case .email(let v): "email:\(v)"
        case .lastUpdated(let v): "updated:\(v)"
        }
    }
}

/// An attribute found in one sentence, with where it sits and its polarity.
public struct AttributeMatch: Sendable, Hashable {
    public var attribute: Attribute
    /// Unicode-scalar offsets into the block's text.
    public var range: TextRange
    /// The sentence denies it: "we do **not** sell", "will never share".
    public var negated: Bool
    /// A negated statement that carves out exceptions ("...except as required by law",
    /// "...without your consent").
    public var hasException: Bool

    public init(attribute: Attribute, range: TextRange, negated: Bool, hasException: Bool) {
        self.attribute = attribute
        self.range = range
        self.negated = negated
        self.hasException = hasException
    }
}
