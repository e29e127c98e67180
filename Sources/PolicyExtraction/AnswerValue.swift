/// The value of one answer: yes/no/not-stated, a number, or a list of names.
public enum AnswerValue: Sendable, Hashable {
    case yes
    case no
    case notStated
    /// A stated number (the minimum age of `children-min-age`).
    case integer(Int)
    /// Stated items (frameworks, change-notice channels, e-mail addresses); never empty.
    case list([String])

    /// The JSON/text form: `"yes"`, `"no"`, `"not-stated"`, the number, or the items joined.
    public var display: String {
        switch self {
        case .yes: "yes"
        case .no: "no"
        case .notStated: "not-stated"
        case .integer(let n): String(n)
        case .list(let items): items.joined(separator: ", ")
        }
    }

    /// True unless the policy is silent on the question.
    public var isStated: Bool { self != .notStated }
}

extension AnswerValue: Encodable {
    /// Strings for yes/no/not-stated, a number for `integer`, an array for `list`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let n): try container.encode(n)
        case .list(let items): try container.encode(items)
        default: try container.encode(display)
        }
    }
}
