/// The shape of a question's answers, for views that count them (trends).
public enum AnswerKind: Sendable, Hashable {
    /// Yes, no or not stated.
    case yesNo
    /// A number or not stated (`children-min-age`).
    case number
    /// A list of names or not stated (`change-notice`, `frameworks`, `privacy-contact`).
    case list
}

extension Question {
    /// What values this question's answers take.
    public var kind: AnswerKind {
        switch answering {
        case .yesNo: .yesNo
        case .value(.minimumAge): .number
        case .value: .list
        }
    }
}
