import PolicyClassifier
import PolicyExtraction
import PolicyModel

/// The practice categories the browser highlights, in legend order, with their short names,
/// and how one policy's practices become highlights. Introductory and "not covered" text is
/// left plain: highlighting most of a policy would hide the rest.
public enum PracticeLegend {
    /// The highlighted categories in legend order (a category's index is its style slot).
    public static let shown: [(category: OPP115Category, name: String)] = [
        (.firstPartyCollectionUse, "collection"),
        (.thirdPartySharingCollection, "sharing"),
        (.userChoiceControl, "choice"),
        (.userAccessEditDeletion, "access"),
        (.dataRetention, "retention"),
        (.dataSecurity, "security"),
        (.policyChange, "changes"),
        (.doNotTrack, "do-not-track"),
        (.internationalSpecificAudiences, "audiences"),
        (.privacyContactInformation, "contact"),
    ]
    private static let names = Dictionary(uniqueKeysWithValues: shown.map { ($0.category, $0.name) })
    private static let slots = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($0.element.name, $0.offset) })

    /// The short legend name of a highlighted category; nil for the two left plain.
    public static func name(of category: OPP115Category) -> String? { names[category] }

    /// The fixed style slot of a legend name, so a category keeps its colour across policies.
    public static func slot(forName name: String) -> Int? { slots[name] }

    /// A section's category as the side-by-side view labels it: the legend name, or
    /// `introduction` / `other` for the two categories not highlighted.
    public static func sectionLabel(_ category: OPP115Category) -> String {
        names[category] ?? (category == .introductoryGeneric ? "introduction" : "other")
    }

    /// The highlights of every block of a classified policy, by location: each sentence's
    /// range with its best category when that category is highlighted, marked when the
    /// sentence denies a practice, as strong as the category's score. Empty for a page that
    /// was not classified.
    public static func highlights(_ practices: PolicyPractices) -> [BlockLocation: [Highlight]] {
        guard case .policy = practices.status else { return [:] }
        var table: [BlockLocation: [Highlight]] = [:]
        for sentence in practices.sentences {
            guard let best = sentence.categories.first, let name = names[best.category] else { continue }
            table[sentence.location, default: []].append(Highlight(
                range: sentence.range, category: name, negated: sentence.isNegated, strength: Double(best.score)))
        }
        return table
    }

    /// The analysed sentences of a classified policy by block, for `i`; empty otherwise.
    public static func sentencesByBlock(_ practices: PolicyPractices) -> [BlockLocation: [AnalyzedSentence]] {
        guard case .policy = practices.status else { return [:] }
        return Dictionary(grouping: practices.sentences, by: \.location)
    }
}
