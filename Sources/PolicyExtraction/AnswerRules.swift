import PolicyClassifier

/// The yes/no questions as data: for each, the attribute combinations that bear on it, the
/// categories that support them, and how denials count. ``Question/answering`` picks the rule
/// of each yes/no question.
enum AnswerRules {
    typealias Requirement = AnswerRule.Requirement

    private static func data(_ values: DataType...) -> Set<AttributePattern> { Set(values.map { .exact(.dataType($0)) }) }
    private static func action(_ values: PracticeAction...) -> Set<AttributePattern> { Set(values.map { .exact(.action($0)) }) }
    private static func party(_ values: ThirdPartyKind...) -> Set<AttributePattern> { Set(values.map { .exact(.thirdParty($0)) }) }
    private static func purpose(_ values: Purpose...) -> Set<AttributePattern> { Set(values.map { .exact(.purpose($0)) }) }
    private static func choice(_ values: ChoiceKind...) -> Set<AttributePattern> { Set(values.map { .exact(.choice($0)) }) }

    /// Verbs that say data reaches the first party.
    private static let gathering = action(.collect, .use)
    private static let disclosing = action(.share, .sell)
    private static let anyData = data(.personal, .unspecified, .contact, .financial, .device, .location, .demographic)
    private static let notAboutAdults = data(.children)

    static let collectsContact = AnswerRule(
        requirements: [Requirement(groups: [data(.contact), gathering], excluding: notAboutAdults)],
        categories: [.firstPartyCollectionUse], floor: 0.45)

    static let collectsFinancial = AnswerRule(
        requirements: [Requirement(groups: [data(.financial), gathering], excluding: notAboutAdults)],
        categories: [.firstPartyCollectionUse], floor: 0.45)

    static let collectsDevice = AnswerRule(
        requirements: [Requirement(groups: [data(.device), gathering], excluding: notAboutAdults)],
        categories: [.firstPartyCollectionUse, .thirdPartySharingCollection], floor: 0.45)

    /// Tracking a location is collecting it ("we don't track your precise location").
    static let collectsLocation = AnswerRule(
        requirements: [Requirement(groups: [data(.location), gathering.union(action(.track))], excluding: notAboutAdults)],
        categories: [.firstPartyCollectionUse, .thirdPartySharingCollection, .userChoiceControl], floor: 0.45)

    static let cookies = AnswerRule(
        requirements: [Requirement(groups: [data(.cookies)])],
        categories: [.firstPartyCollectionUse, .thirdPartySharingCollection, .userChoiceControl], floor: 0.6)

    static let webBeacons = AnswerRule(
        requirements: [Requirement(groups: [data(.webBeacons)])],
        categories: [.firstPartyCollectionUse, .thirdPartySharingCollection, .userChoiceControl], floor: 0.6)

    static let thirdPartyTracking = AnswerRule(
        requirements: [
            Requirement(groups: [party(.advertisers, .analyticsProviders), action(.track).union(data(.cookies, .webBeacons))]),
            Requirement(groups: [action(.thirdPartyTrack)]),
            Requirement(
                groups: [party(.unspecified, .serviceProviders, .affiliates), data(.cookies, .webBeacons)],
                weight: 0.8, excluding: action(.share)),
        ],
        categories: [.thirdPartySharingCollection], floor: 0.35, allowsNo: false)

    static let sellsData = AnswerRule(
        requirements: [
            // The verb sells data (``ClauseRelations``), so "the sale of our business" is no sale
            // of data, and "we do not sell, except in a merger" stays a denial.
            // Sections for children ("TikTok does not sell information from users of the Under 13
            // Experience") do not answer for the policy's users at large.
            // Data "sold or transferred as part of" a merger or a sale of assets goes with the
            // business (merger-transfer); a denial there ("we do not sell it, except in a merger")
            // still denies.
            Requirement(groups: [action(.sell), anyData], excluding: notAboutAdults.union(action(.ownershipChange))),
            Requirement(groups: [action(.sell), anyData], excluding: notAboutAdults, polarity: .negativeOnly),
            // "Some of these activities may be considered 'selling'" under state laws.
            Requirement(groups: [action(.saleUnderLaw)], excluding: purpose(.merger), decisive: true),
        ],
        categories: [.thirdPartySharingCollection], floor: 0.45, negativeWins: true)

    static let sharesServiceProviders = AnswerRule(
        requirements: [
            Requirement(groups: [party(.serviceProviders), disclosing.union(anyData).union(action(.use))],
                        excluding: action(.generalRemark)),
        ],
        categories: [.thirdPartySharingCollection], floor: 0.35, allowsNo: false)

    static let sharesMarketing = AnswerRule(
        requirements: [
            // Sentences about minors ("for users under 18 we do not disclose...") or about
            // service providers do not answer for the policy's marketing sharing.
            Requirement(groups: [purpose(.theirMarketing), disclosing], polarityGroup: 1,
                        excluding: data(.deidentified, .children).union(party(.serviceProviders))),
            Requirement(
                groups: [party(.unspecified, .advertisers, .affiliates), purpose(.marketing), disclosing],
                polarityGroup: 2, weight: 0.7, excluding: data(.deidentified, .children).union(party(.serviceProviders))),
            // "We don't share information that personally identifies you with advertisers" denies
            // it. The affirmation does not count: the words do not say who gives to whom
            // ("information shared by ad partners").
            Requirement(
                groups: [party(.advertisers), disclosing, data(.personal, .contact)], polarityGroup: 1, weight: 0.6,
                excluding: data(.deidentified, .children).union(party(.serviceProviders)), polarity: .negativeOnly,
                indirect: true),
            // "We do not share your information with third parties, except ... (e.g., SMS service
            // providers)": a denial that names service providers as its exception still denies.
            Requirement(
                groups: [disclosing, party(.unspecified), data(.personal, .contact)],
                weight: 0.3, excluding: data(.deidentified), polarity: .negativeOnly,
                indirect: true),
        ],
        categories: [.thirdPartySharingCollection], floor: 0.4, negativeWins: true)

    static let lawEnforcement = AnswerRule(
        requirements: [
            Requirement(groups: [purpose(.legal), disclosing.union(party(.lawEnforcement))]),
            Requirement(groups: [party(.lawEnforcement), disclosing.union(anyData)]),
        ],
        categories: [.thirdPartySharingCollection], floor: 0.4)

    static let mergerTransfer = AnswerRule(
        requirements: [
            Requirement(groups: [purpose(.merger)]),
            Requirement(groups: [party(.acquirers), disclosing.union(anyData)]),
        ],
        categories: [.thirdPartySharingCollection], floor: 0.4, allowsNo: false)

    static let internationalTransfer = AnswerRule(
        requirements: [
            Requirement(groups: [action(.transferAbroad), anyData.union(disclosing).union(gathering)]),
            // Safe Harbor, the Privacy Shield, standard contractual clauses: the frameworks exist for
            // data that crosses a border.
            Requirement(groups: [action(.transferFramework)], weight: 0.8, polarity: .positiveOnly),
        ],
        categories: [.internationalSpecificAudiences, .thirdPartySharingCollection, .firstPartyCollectionUse], floor: 0.4)

    static let optOutMarketing = AnswerRule(
        requirements: [
            Requirement(groups: [choice(.optOut, .optOutLink, .unsubscribe), purpose(.marketing, .ownMarketing)]),
            Requirement(groups: [choice(.unsubscribe)], weight: 0.8),
        ],
        categories: [.userChoiceControl], floor: 0.4, allowsNo: false)

    static let accessEditDelete = AnswerRule(
        requirements: [
            Requirement(groups: [action(.access, .correct, .delete), anyData.union(choice(.contactUs, .accountSettings))]),
        ],
        categories: [.userAccessEditDeletion], floor: 0.2, allowsNo: false)

    /// How long data is kept: a period or a criterion beside a keeping verb ("for 30 days", "as
    /// long as your account is active"). Keeping alone says nothing of how long ("some
    /// information may remain in our archives", "we may retain a copy").
    static let retention = AnswerRule(
        requirements: [Requirement(groups: [[.any(.retention)]])],
        categories: [.dataRetention], floor: 0.45, allowsNo: false)

    static let security = AnswerRule(
        requirements: [Requirement(groups: [action(.protect)])],
        categories: [.dataSecurity], floor: 0.15, allowsNo: false)

    static let doNotTrack = AnswerRule(
        requirements: [
            Requirement(groups: [action(.honorDoNotTrack), action(.honor)], polarityGroup: 1),
            Requirement(groups: [action(.honorDoNotTrack)], weight: 0.5, polarity: .negativeOnly),
        ],
        categories: [.doNotTrack], floor: 0.4, negativeWins: true)

    /// Global Privacy Control and other browser opt-out signals, read as DNT is.
    static let optOutSignals = AnswerRule(
        requirements: [
            Requirement(groups: [choice(.optOutSignal), action(.honor)], polarityGroup: 1),
            Requirement(groups: [choice(.optOutSignal)], weight: 0.5, polarity: .negativeOnly),
        ],
        categories: [.doNotTrack, .userChoiceControl], floor: 0.45, negativeWins: true)

    /// Targeted advertising named as something done ("we use your data to show you
    /// personalised ads") or offered a choice about ("opt out of interest-based ads": it is done).
    /// A denial counts through its verb: "we do not sell or share personal data for targeted
    /// advertising" is no.
    static let targetedAdvertising = AnswerRule(
        requirements: [
            Requirement(groups: [purpose(.targetedAdvertising), disclosing.union(gathering)], polarityGroup: 1,
                        excluding: data(.children).union(action(.generalRemark))),
            Requirement(groups: [purpose(.targetedAdvertising)], weight: 0.7,
                        excluding: data(.children).union(action(.generalRemark))),
            // Ad networks that collect through cookies or beacons to choose the ads they show
            // ("third party ad servers that present advertising on the site may collect
            // information from you via cookies") target by what they track.
            Requirement(groups: [party(.advertisers), data(.cookies, .webBeacons), gathering, purpose(.advertising)],
                        weight: 0.6, excluding: data(.children).union(action(.generalRemark)), polarity: .positiveOnly),
        ],
        categories: [.firstPartyCollectionUse, .thirdPartySharingCollection, .userChoiceControl], floor: 0.45,
        negativeWins: true)

    static let aiTraining = AnswerRule(
        requirements: [
            Requirement(groups: [purpose(.aiTraining), anyData.union(data(.userContent)).union(gathering)]),
            Requirement(groups: [purpose(.aiTraining)], weight: 0.6),
        ],
        categories: [.firstPartyCollectionUse, .thirdPartySharingCollection], floor: 0.45, negativeWins: true)

    /// The question is whether it is collected: "we do not use or disclose sensitive personal
    /// information except..." denies no collection.
    static let sensitiveData = AnswerRule(
        requirements: [
            Requirement(groups: [data(.sensitive), action(.collect)], polarityGroup: 1, excluding: action(.define, .caution)),
            // Not a definition of personal data that lists sensitive kinds, nor advice not to post them.
            Requirement(
                groups: [data(.sensitive), gathering.union(action(.share)).union(data(.personal))], polarityGroup: 1,
                excluding: action(.define, .caution), polarity: .positiveOnly),
        ],
        categories: [.firstPartyCollectionUse, .thirdPartySharingCollection], floor: 0.4)
}
