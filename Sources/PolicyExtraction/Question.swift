/// The questions `practices` answers for every policy. The raw values are stable ids (a
/// contract with JSON consumers); ``text`` is the human wording.
public enum Question: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case collectsContact = "collects-contact"
    case collectsFinancial = "collects-financial"
    case collectsDevice = "collects-device"
    case collectsLocation = "collects-location"
    case cookies = "cookies"
    case webBeacons = "web-beacons"
    case thirdPartyTracking = "third-party-tracking"
    case sellsData = "sells-data"
    case sharesServiceProviders = "shares-service-providers"
    case sharesMarketing = "shares-marketing"
    case lawEnforcement = "law-enforcement"
    case mergerTransfer = "merger-transfer"
    case internationalTransfer = "international-transfer"
    case optOutMarketing = "opt-out-marketing"
    case accessEditDelete = "access-edit-delete"
    case retention = "retention"
    case security = "security"
    case childrenMinAge = "children-min-age"
    case doNotTrack = "do-not-track"
    case changeNotice = "change-notice"
    case frameworks = "frameworks"
    case privacyContact = "privacy-contact"
    case optOutSignals = "opt-out-signals"
    case targetedAdvertising = "targeted-advertising"
    case aiTraining = "ai-training"
    case sensitiveData = "sensitive-data"

    /// The question as a reader would ask it.
    public var text: String {
        switch self {
        case .collectsContact: "Does it collect contact details (name, e-mail, phone or postal address)?"
        case .collectsFinancial: "Does it collect payment or billing information?"
        case .collectsDevice: "Does it collect IP, browser, device or log data automatically?"
        case .collectsLocation: "Does it collect precise location?"
        case .cookies: "Does it use cookies?"
        case .webBeacons: "Does it use web beacons, pixel tags or clear GIFs?"
        case .thirdPartyTracking: "Do third parties (ad networks, analytics) collect data on its sites?"
        case .sellsData: "Does it sell personal information?"
        case .sharesServiceProviders: "Does it share data with service providers acting for it?"
        case .sharesMarketing: "Does it share personal data with third parties for their own marketing?"
        case .lawEnforcement: "Does it disclose data to comply with law or legal process?"
        case .mergerTransfer: "Does it transfer data in a merger, acquisition or sale?"
        case .internationalTransfer: "Does it transfer data across borders?"
        case .optOutMarketing: "Can users opt out of marketing messages?"
        case .accessEditDelete: "Can users access, correct or delete their data?"
        case .retention: "Does it say how long data is kept?"
        case .security: "Does it describe security measures?"
        case .childrenMinAge: "What minimum age does it state for users?"
        case .doNotTrack: "Does it honour Do Not Track signals?"
        case .changeNotice: "How are users told of changes to the policy?"
        case .frameworks: "Which frameworks, seals or laws does it cite?"
        case .privacyContact: "Which e-mail addresses take privacy questions?"
        case .optOutSignals: "Does it honour Global Privacy Control or other browser opt-out signals (not Do Not Track)?"
        case .targetedAdvertising: "Does it use, or let others use, personal data for targeted (interest-based) advertising?"
        case .aiTraining: "Does it use personal data or user content to train or improve AI / machine-learning models?"
        case .sensitiveData: "Does it collect sensitive data (health, biometric, genetic, ethnic origin, religion, sexual orientation, ID numbers)?"
        }
    }

    /// Orders questions as `allCases` lists them.
    public static func < (lhs: Question, rhs: Question) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
