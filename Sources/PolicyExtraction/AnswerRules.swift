import PolicyClassifier

/// The yes/no questions as data: for each, the attribute combinations that bear on it, the
/// categories that support them, and how denials count.
enum AnswerRules {
    typealias Requirement = AnswerRule.Requirement

    private static func data(_ values: DataType...) -> Set<String> { Set(values.map { Attribute.dataType($0).name }) }
    private static func action(_ values: PracticeAction...) -> Set<String> { Set(values.map { Attribute.action($0).name }) }
    private static func party(_ values: ThirdPartyKind...) -> Set<String> { Set(values.map { Attribute.thirdParty($0).name }) }
    private static func purpose(_ values: Purpose...) -> Set<String> { Set(values.map { Attribute.purpose($0).name }) }
    private static func choice(_ values: ChoiceKind...) -> Set<String> { Set(values.map { Attribute.choice($0).name }) }

    /// Verbs that say data reaches the first party.
    private static let gathering = action(.collect, .use)
    private static let disclosing = action(.share, .sell)
    private static let anyData = data(.personal, .unspecified, .contact, .financial, .device, .location, .demographic)
    private static let notAboutAdults = data(.children)

    static let all: [AnswerRule] = [
        AnswerRule(
            question: .collectsContact,
            requirements: [Requirement(groups: [data(.contact), gathering], excluding: notAboutAdults)],
            categories: [.firstPartyCollectionUse], floor: 0.45),
        AnswerRule(
            question: .collectsFinancial,
            requirements: [Requirement(groups: [data(.financial), gathering], excluding: notAboutAdults)],
            categories: [.firstPartyCollectionUse], floor: 0.45),
        AnswerRule(
            question: .collectsDevice,
            requirements: [Requirement(groups: [data(.device), gathering], excluding: notAboutAdults)],
            categories: [.firstPartyCollectionUse, .thirdPartySharingCollection], floor: 0.45),
        AnswerRule(
            question: .collectsLocation,
            requirements: [Requirement(groups: [data(.location), gathering], excluding: notAboutAdults)],
            categories: [.firstPartyCollectionUse, .thirdPartySharingCollection, .userChoiceControl], floor: 0.45),
        AnswerRule(
            question: .cookies,
            requirements: [Requirement(groups: [data(.cookies)])],
            categories: [.firstPartyCollectionUse, .thirdPartySharingCollection, .userChoiceControl], floor: 0.6),
        AnswerRule(
            question: .webBeacons,
            requirements: [Requirement(groups: [data(.webBeacons)])],
            categories: [.firstPartyCollectionUse, .thirdPartySharingCollection, .userChoiceControl], floor: 0.6),
        AnswerRule(
            question: .thirdPartyTracking,
            requirements: [
                Requirement(groups: [party(.advertisers, .analyticsProviders), action(.track).union(data(.cookies, .webBeacons))]),
                Requirement(groups: [action(.thirdPartyTrack)]),
                Requirement(
                    groups: [party(.unspecified, .serviceProviders, .affiliates), data(.cookies, .webBeacons)],
                    weight: 0.8, excluding: action(.share)),
            ],
            categories: [.thirdPartySharingCollection], floor: 0.35, allowsNo: false),
        AnswerRule(
            question: .sellsData,
            requirements: [
                Requirement(groups: [action(.sell), anyData], excluding: purpose(.merger)),
            ],
            categories: [.thirdPartySharingCollection], floor: 0.45, negativeWins: true),
        AnswerRule(
            question: .sharesServiceProviders,
            requirements: [
                Requirement(groups: [party(.serviceProviders), disclosing.union(anyData).union(action(.use))]),
            ],
            categories: [.thirdPartySharingCollection], floor: 0.35, allowsNo: false),
        AnswerRule(
            question: .sharesMarketing,
            requirements: [
                Requirement(groups: [purpose(.theirMarketing), disclosing], polarityGroup: 1, excluding: data(.deidentified)),
                Requirement(
                    groups: [party(.unspecified, .advertisers, .affiliates), purpose(.marketing), disclosing],
                    polarityGroup: 2, weight: 0.7, excluding: data(.deidentified).union(party(.serviceProviders))),
                Requirement(
                    groups: [disclosing, party(.unspecified), data(.personal, .contact)],
                    weight: 0.3, excluding: data(.deidentified).union(party(.serviceProviders)), polarity: .negativeOnly,
                    indirect: true),
            ],
            categories: [.thirdPartySharingCollection], floor: 0.4, negativeWins: true),
        AnswerRule(
            question: .lawEnforcement,
            requirements: [
                Requirement(groups: [purpose(.legal), disclosing.union(party(.lawEnforcement))]),
                Requirement(groups: [party(.lawEnforcement), disclosing.union(anyData)]),
            ],
            categories: [.thirdPartySharingCollection], floor: 0.4),
        AnswerRule(
            question: .mergerTransfer,
            requirements: [
                Requirement(groups: [purpose(.merger)]),
                Requirement(groups: [party(.acquirers), disclosing.union(anyData)]),
            ],
            categories: [.thirdPartySharingCollection], floor: 0.4, allowsNo: false),
        AnswerRule(
            question: .internationalTransfer,
            requirements: [Requirement(groups: [action(.transferAbroad), anyData.union(disclosing).union(gathering)])],
            categories: [.internationalSpecificAudiences, .thirdPartySharingCollection, .firstPartyCollectionUse], floor: 0.4),
        AnswerRule(
            question: .optOutMarketing,
            requirements: [
                Requirement(groups: [choice(.optOut, .optOutLink, .unsubscribe), purpose(.marketing)]),
                Requirement(groups: [choice(.unsubscribe)], weight: 0.8),
            ],
            categories: [.userChoiceControl], floor: 0.4, allowsNo: false),
        AnswerRule(
            question: .accessEditDelete,
            requirements: [
                Requirement(groups: [action(.access, .correct, .delete), anyData.union(choice(.contactUs, .accountSettings))]),
            ],
            categories: [.userAccessEditDeletion], floor: 0.2, allowsNo: false),
        AnswerRule(
            question: .retention,
            requirements: [
                Requirement(groups: [["retention:*"]]),
                Requirement(groups: [action(.retain)], weight: 0.7),
            ],
            categories: [.dataRetention], floor: 0.25, allowsNo: false),
        AnswerRule(
            question: .security,
            requirements: [Requirement(groups: [action(.protect)])],
            categories: [.dataSecurity], floor: 0.15, allowsNo: false),
        AnswerRule(
            question: .doNotTrack,
            requirements: [
                Requirement(groups: [action(.honorDoNotTrack), action(.honor)], polarityGroup: 1),
                Requirement(groups: [action(.honorDoNotTrack)], weight: 0.5, polarity: .negativeOnly),
            ],
            categories: [.doNotTrack], floor: 0.4, negativeWins: true),
    ]
}
