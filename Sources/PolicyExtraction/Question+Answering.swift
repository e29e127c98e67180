/// How a question is answered: decided from sentence evidence by a yes/no rule, or found by
/// one of the value answers.
enum Answering: Sendable {
    /// Yes, no or not-stated, decided by ``YesNoAnswerer`` under the rule.
    case yesNo(AnswerRule)
    /// A value found in the sentences by ``ValueAnswerer``.
    case value(ValueAnswer)
}

/// The answers whose values are found rather than decided.
enum ValueAnswer: Sendable, CaseIterable {
    /// The stated minimum age.
    case minimumAge
    /// How users are told of changes.
    case changeNotice
    /// Frameworks, seals and laws cited.
    case frameworks
    /// E-mail addresses for privacy questions.
    case privacyContacts
}

extension Question {
    /// How this question is answered. Exhaustive on purpose: a new question does not compile
    /// until it says how it is answered.
    var answering: Answering {
        switch self {
        case .collectsContact: .yesNo(AnswerRules.collectsContact)
        case .collectsFinancial: .yesNo(AnswerRules.collectsFinancial)
        case .collectsDevice: .yesNo(AnswerRules.collectsDevice)
        case .collectsLocation: .yesNo(AnswerRules.collectsLocation)
        case .cookies: .yesNo(AnswerRules.cookies)
        case .webBeacons: .yesNo(AnswerRules.webBeacons)
        case .thirdPartyTracking: .yesNo(AnswerRules.thirdPartyTracking)
        case .sellsData: .yesNo(AnswerRules.sellsData)
        case .sharesServiceProviders: .yesNo(AnswerRules.sharesServiceProviders)
        case .sharesMarketing: .yesNo(AnswerRules.sharesMarketing)
        case .lawEnforcement: .yesNo(AnswerRules.lawEnforcement)
        case .mergerTransfer: .yesNo(AnswerRules.mergerTransfer)
        case .internationalTransfer: .yesNo(AnswerRules.internationalTransfer)
        case .optOutMarketing: .yesNo(AnswerRules.optOutMarketing)
        case .accessEditDelete: .yesNo(AnswerRules.accessEditDelete)
        case .retention: .yesNo(AnswerRules.retention)
        case .security: .yesNo(AnswerRules.security)
        case .childrenMinAge: .value(.minimumAge)
        case .doNotTrack: .yesNo(AnswerRules.doNotTrack)
        case .changeNotice: .value(.changeNotice)
        case .frameworks: .value(.frameworks)
        case .privacyContact: .value(.privacyContacts)
        case .optOutSignals: .yesNo(AnswerRules.optOutSignals)
        case .targetedAdvertising: .yesNo(AnswerRules.targetedAdvertising)
        case .aiTraining: .yesNo(AnswerRules.aiTraining)
        case .sensitiveData: .yesNo(AnswerRules.sensitiveData)
        }
    }
}
