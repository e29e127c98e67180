/// One of the twelve OPP-115 data-practice categories a privacy-policy segment can carry.
///
/// The raw values are the exact label strings used by the OPP-115 corpus (and by the CSV files
/// in `Resources/opp115/`); `allCases` is in a fixed order that the model file relies on.
public enum OPP115Category: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case firstPartyCollectionUse = "First Party Collection/Use"
    case thirdPartySharingCollection = "Third Party Sharing/Collection"
    case userChoiceControl = "User Choice/Control"
    case userAccessEditDeletion = "User Access, Edit and Deletion"
    case dataRetention = "Data Retention"
    case dataSecurity = "Data Security"
    case policyChange = "Policy Change"
    case doNotTrack = "Do Not Track"
    case internationalSpecificAudiences = "International and Specific Audiences"
    case privacyContactInformation = "Privacy contact information"
    case introductoryGeneric = "Introductory/Generic"
    case practiceNotCovered = "Practice not covered"

    /// The position of this category in `allCases` (and in every per-class array of a model).
    /// A switch: a dictionary look-up hashed the raw string (4% of extracting a long history).
    public var index: Int {
        switch self {
        case .firstPartyCollectionUse: 0
        case .thirdPartySharingCollection: 1
        case .userChoiceControl: 2
        case .userAccessEditDeletion: 3
        case .dataRetention: 4
        case .dataSecurity: 5
        case .policyChange: 6
        case .doNotTrack: 7
        case .internationalSpecificAudiences: 8
        case .privacyContactInformation: 9
        case .introductoryGeneric: 10
        case .practiceNotCovered: 11
        }
    }

    /// The category at `index` in `allCases`.
    public init(index: Int) { self = Self.allCases[index] }

    /// Orders categories by their position in `allCases`.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
}
