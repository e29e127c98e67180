import BrowserCore
import Foundation
import PolicyClassifier
import PolicyComparison
import PolicyExtraction
import PolicyModel

/// The browser's practices: each policy is extracted once (the first time one of its blocks is
/// drawn, or when a comparison view asks), and what the browser needs is kept: the highlight
/// spans of each block and the ``PracticeSummary`` (answers with located evidence, each
/// section's dominant category). The classifier model is loaded on first use, so it costs the
/// first frame nothing; a model that fails to load means no highlights and no answers (the
/// CLI's `practices` reports such errors).
final class PracticeCache: HighlightProvider, PracticeSource, @unchecked Sendable {
    /// The categories drawn, in legend order, with their short legend names. Introductory and
    /// "not covered" text is left plain: highlighting most of a policy would hide the rest.
    static let shown: [(category: OPP115Category, name: String)] = [
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

    private struct BlockKey: Hashable {
        var line: Int
        var text: String
    }

    private struct Entry {
        var highlights: [BlockKey: [Highlight]]
        var summary: PracticeSummary
    }

    private let modelURL: URL
    private var extractor: PracticeExtractor?
    private var modelFailed = false
    private let lock = NSLock()
    /// Per policy id.
    private var cache: [String: Entry] = [:]

    init(modelURL: URL) {
        self.modelURL = modelURL
    }

    private func loadedExtractor() -> PracticeExtractor? {
        lock.withLock {
            if extractor == nil, !modelFailed {
                if let model = try? ClassifierModel.load(from: modelURL) {
                    extractor = PracticeExtractor(model: model)
                } else {
                    modelFailed = true
                }
            }
            return extractor
        }
    }

    /// Only what was computed already: the browser asks for the practices in the background
    /// when it opens a policy and redraws its text once they arrive, so opening never waits.
    func highlights(for block: Block, in policy: Policy) -> [Highlight] {
        lock.withLock { cache[policy.id]?.highlights[BlockKey(line: block.line, text: block.text)] } ?? []
    }

    func styleSlot(forCategory category: String) -> Int? {
        Self.slots[category]
    }

    func cachedSummary(for policy: Policy) -> PracticeSummary? {
        lock.withLock { cache[policy.id]?.summary }
    }

    func summary(for policy: Policy) -> PracticeSummary {
        entry(policy).summary
    }

    private func entry(_ policy: Policy) -> Entry {
        if let known = lock.withLock({ cache[policy.id] }) { return known }
        let built: Entry
        if let practices = loadedExtractor()?.extract(policy) {
            built = Entry(highlights: Self.highlights(practices, policy), summary: Self.summary(practices, policy))
        } else {
            built = Entry(highlights: [:], summary: PracticeSummary(answers: [:], note: "the classifier model did not load"))
        }
        lock.withLock { cache[policy.id] = built }
        return built
    }

    private static func highlights(_ practices: PolicyPractices, _ policy: Policy) -> [BlockKey: [Highlight]] {
        var table: [BlockKey: [Highlight]] = [:]
        guard case .policy = practices.status else { return table }
        let flat = policy.flattenedSections
        for (location, spans) in practices.blockHighlights {
            let blocks = location.sectionNumber == 0 ? policy.preamble : flat[location.sectionNumber - 1].section.blocks
            guard blocks.indices.contains(location.blockIndex) else { continue }
            let block = blocks[location.blockIndex]
            let shown = spans.compactMap { span in
                names[span.category].map { Highlight(range: span.range, category: $0) }
            }
            if !shown.isEmpty { table[BlockKey(line: block.line, text: block.text), default: []] += shown }
        }
        return table
    }

    /// The answers with their evidence located, and each section's dominant category by its
    /// short name (`introduction`, `other` for the two categories not highlighted).
    static func summary(_ practices: PolicyPractices, _ policy: Policy) -> PracticeSummary {
        var answers: [Question: PracticeSummary.Answer] = [:]
        for (question, answer) in practices.answers {
            answers[question] = PracticeSummary.Answer(value: answer.value, confidence: answer.confidence, evidence: answer.evidence.map {
                PracticeSummary.EvidenceRef(section: $0.location.sectionNumber, block: $0.location.blockIndex,
                                            range: $0.range, sectionPath: $0.sectionPath, text: $0.text)
            })
        }
        var categories: [Int: String] = [:]
        for (number, category) in SectionPairing.dominantCategories(practices, sectionCount: policy.flattenedSections.count).enumerated() {
            guard let category else { continue }
            categories[number] = names[category] ?? (category == .introductoryGeneric ? "introduction" : "other")
        }
        return PracticeSummary(answers: answers, sectionCategories: categories,
                               note: practices.status.isClassified ? nil : practices.status.explanation)
    }
}
