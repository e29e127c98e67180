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

    /// The family this attribute belongs to.
    public var family: AttributeFamily {
        switch self {
        case .dataType: .data
        case .purpose: .purpose
        case .thirdParty: .party
        case .choice: .choice
        case .framework: .framework
        case .changeChannel: .change
        case .action: .action
        case .retentionPeriod: .retention
        case .age: .age
        case .email: .email
        case .lastUpdated: .updated
        }
    }

    /// The value part of ``name``: the kind's raw value, or the value as found.
    private var valueName: String {
        switch self {
        case .dataType(let v): v.rawValue
        case .purpose(let v): v.rawValue
        case .thirdParty(let v): v.rawValue
        case .choice(let v): v.rawValue
        case .framework(let v): v.rawValue
        case .changeChannel(let v): v.rawValue
        case .action(let v): v.rawValue
        case .retentionPeriod(let v): v
        case .age(let v): String(v)
        case .email(let v): v
        case .lastUpdated(let v): v
        }
    }

    /// A short stable name: `family:value` (`data:contact`, `age:13`, `email:privacy@x.com`).
    /// For reading only: rules match attributes by type (``AttributePattern``), not by name.
    public var name: String { "\(family.rawValue):\(valueName)" }
}

/// The families of ``Attribute``, one per case; the raw value is the prefix of
/// ``Attribute/name``.
public enum AttributeFamily: String, CaseIterable, Sendable, Hashable {
    case data
    case purpose
    case party
    case choice
    case framework
    case change
    case action
    case retention
    case age
    case email
    case updated
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
    /// The clause of its sentence it sits in (``ClauseRelations/relationClauses(_:)``): attributes
    /// of one clause are related ("we share your data"), others merely co-occur ("we don't sell
    /// your data, but we share your e-mail address").
    public var clause: Int
    /// The ``clause`` of a verb whose object or subject is a pronoun ("we are not in the business
    /// of selling it", "it will not be shared"): it relates to the data of the whole sentence.
    public static let anyClause = -1

    public init(attribute: Attribute, range: TextRange, negated: Bool, hasException: Bool, clause: Int = 0) {
        self.attribute = attribute
        self.range = range
        self.negated = negated
        self.hasException = hasException
        self.clause = clause
    }
}
