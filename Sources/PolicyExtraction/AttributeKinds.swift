/// Kinds of personal data a sentence names.
public enum DataType: String, CaseIterable, Sendable, Hashable, Codable {
    case contact
    case financial
    /// IP addresses, browser and device data, log files collected automatically.
    case device
    case cookies
    /// Web beacons, pixel tags, clear GIFs.
    case webBeacons = "web-beacons"
    /// Precise location: GPS, geolocation, latitude/longitude, the device's location.
    case location
    /// Coarse location: inferred from an IP address, city or country level.
    case approximateLocation = "approximate-location"
    case demographic
    case health
    /// Sensitive or special-category data: biometric, genetic, racial or ethnic origin,
    /// religion, sexual orientation, government ID numbers, "sensitive personal information".
    case sensitive
    case userContent = "user-content"
    case children
    /// Personal information in general ("personal information", "personally identifiable...").
    case personal
    /// Data said not to identify anyone ("aggregate", "anonymous", "non-personal").
    case deidentified
    /// Information or data of no stated kind ("information", "data").
    case unspecified = "information"
}

/// Why data is used or disclosed.
public enum Purpose: String, CaseIterable, Sendable, Hashable, Codable {
    case service
    case marketing
    case advertising
    case analytics
    /// Complying with law, subpoenas, court orders, legal process.
    case legal
    case security
    /// Mergers, acquisitions, asset sales, bankruptcy.
    case merger
    /// The recipient's own marketing ("for their own marketing purposes").
    case theirMarketing = "their-marketing"
    /// The company's own marketing, said as such ("shared with our affiliates for our own
    /// marketing purposes"): not the recipients'.
    case ownMarketing = "own-marketing"
    /// Advertising chosen by what is known of a person: targeted, interest-based, behavioural,
    /// personalised, cross-context.
    case targetedAdvertising = "targeted-advertising"
    /// Training or improving AI / machine-learning models.
    case aiTraining = "ai-training"
}

/// Who receives data.
public enum ThirdPartyKind: String, CaseIterable, Sendable, Hashable, Codable {
    case serviceProviders = "service-providers"
    case advertisers
    case analyticsProviders = "analytics-providers"
    case affiliates
    case lawEnforcement = "law-enforcement"
    case acquirers
    /// Third parties named in general ("third parties", "outside parties", "other companies").
    case unspecified = "third-parties"
}

/// Ways a user can exercise a choice.
public enum ChoiceKind: String, CaseIterable, Sendable, Hashable, Codable {
    case optOut = "opt-out"
    case optOutLink = "opt-out-link"
    case unsubscribe
    case browserSettings = "browser-settings"
    /// Browser opt-out preference signals: Global Privacy Control and the like (not DNT).
    case optOutSignal = "opt-out-signal"
    case contactUs = "contact-us"
    case accountSettings = "account-settings"
}

/// Privacy frameworks, seals and laws a policy cites.
public enum Framework: String, CaseIterable, Sendable, Hashable, Codable {
    case safeHarbor = "safe-harbor"
    case privacyShield = "privacy-shield"
    case truste
    case coppa
    case caloppa
    case gdpr
    case ccpa
    /// The EU-U.S. (Swiss, UK) Data Privacy Framework of 2023.
    case dataPrivacyFramework = "data-privacy-framework"
}

/// How a policy says users learn of changes to it.
public enum ChangeChannel: String, CaseIterable, Sendable, Hashable, Codable {
    case posted
    case email
    case prominentNotice = "prominent-notice"
}

/// What the first party (or a recipient) does with data: the verbs answers hinge on.
public enum PracticeAction: String, CaseIterable, Sendable, Hashable, Codable {
    case collect
    case use
    case share
    case sell
    /// Third parties collecting or tracking on the site ("ad networks may collect...").
    case track
    case transferAbroad = "transfer-abroad"
    /// Taking part in a framework for receiving data from abroad ("complies with the U.S.-E.U.
    /// Safe Harbor Framework"): the data crosses a border.
    case transferFramework = "transfer-framework"
    case retain
    case access
    case correct
    case delete
    case protect
    /// Do Not Track, strictly (Global Privacy Control is ``ChoiceKind/optOutSignal``).
    case honorDoNotTrack = "do-not-track"
    /// Saying that some activity counts as a "sale" or "selling" as state laws define it
    /// ("may be considered 'selling'").
    case saleUnderLaw = "sale-under-law"
    /// Acting on a signal or request ("honor", "respond to", "recognize").
    case honor
    /// Third parties collecting or tracking on the site, said with the party as subject
    /// ("third parties may use cookies", "their own cookies").
    case thirdPartyTrack = "third-party-track"
    /// A hedge about security or accuracy ("no method ... is 100% secure", "cannot guarantee"):
    /// weak evidence for anything.
    case disclaim
    /// Protecting something other than data ("protect your privacy", "protect our rights"):
    /// not a security measure.
    case protectOther = "protect-other"
    /// Defining a term rather than stating a practice ("personal data means any information
    /// relating to you, such as ... genetic ... identity").
    case define
    /// Advice to the user rather than a practice ("you should not include sensitive personal
    /// information in any content").
    case caution
    /// A remark about the web in general rather than the company's practice ("other times,
    /// Web sites collect this information to help target advertising").
    case generalRemark = "general-remark"
    /// A business changing hands (a merger, an acquisition, a bankruptcy, a sale of assets):
    /// data "sold or transferred as part of that transaction" goes with the business.
    case ownershipChange = "ownership-change"
    case change
    case contact
}
