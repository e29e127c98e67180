import BrowserCore
import Foundation
import PolicyClassifier
import PolicyExtraction
import PolicyModel

/// Feeds the browser the practice spans of the extraction module: each policy is extracted
/// once, the first time one of its blocks is drawn, and kept. The classifier model is loaded
/// on first use, so it costs the first frame nothing; a model that fails to load means no
/// highlights (the CLI's `practices` reports such errors).
final class PracticeHighlights: HighlightProvider, @unchecked Sendable {
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

    private let modelURL: URL
    private var extractor: PracticeExtractor?
    private var modelFailed = false
    private let lock = NSLock()
    /// Per policy id: the highlights of each block, found by the block's line and text.
    private var cache: [String: [BlockKey: [Highlight]]] = [:]

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

    func highlights(for block: Block, in policy: Policy) -> [Highlight] {
        let table = lock.withLock { cache[policy.id] } ?? build(policy)
        return table[BlockKey(line: block.line, text: block.text)] ?? []
    }

    func styleSlot(forCategory category: String) -> Int? {
        Self.slots[category]
    }

    private func build(_ policy: Policy) -> [BlockKey: [Highlight]] {
        var table: [BlockKey: [Highlight]] = [:]
        if let practices = loadedExtractor()?.extract(policy), case .policy = practices.status {
            let flat = policy.flattenedSections
            for (location, spans) in practices.blockHighlights {
                let blocks = location.sectionNumber == 0 ? policy.preamble : flat[location.sectionNumber - 1].section.blocks
                guard blocks.indices.contains(location.blockIndex) else { continue }
                let block = blocks[location.blockIndex]
                let shown = spans.compactMap { span in
                    Self.names[span.category].map { Highlight(range: span.range, category: $0) }
                }
                if !shown.isEmpty { table[BlockKey(line: block.line, text: block.text), default: []] += shown }
            }
        }
        lock.withLock { cache[policy.id] = table }
        return table
    }
}
