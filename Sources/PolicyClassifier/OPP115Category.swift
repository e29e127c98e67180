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
    public var index: Int { Self.indexByCategory[self]! }

    /// The category at `index` in `allCases`.
    public init(index: Int) { self = Self.allCases[index] }

    /// Orders categories by their position in `allCases`.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }

    private static let indexByCategory: [OPP115Category: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })
}
