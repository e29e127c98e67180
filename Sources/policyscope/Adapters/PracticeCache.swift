import BrowserCore
import Foundation
import PolicyClassifier
import PolicyExtraction
import PolicyModel
import PolicyStore

/// The browser's practices: each policy is extracted once (the first time one of its blocks is
/// drawn, or when a comparison view asks), and what the browser needs is kept: the highlights
/// of each block (``PracticeLegend/highlights(_:)``), its analysed sentences (for `i`) and the
/// ``PracticeSummary``. With a store, a summary is first read from the policy's stored record
/// (for the list's badges: no extraction, no model); what it computes is stored. The
/// classifier model is loaded on first use, so it costs the first frame nothing; a model that
/// fails to load means no highlights and no answers (the CLI's `practices` reports such errors).
final class PracticeCache: HighlightProvider, PracticeSource, @unchecked Sendable {
    private struct Entry {
        var highlights: [BlockLocation: [Highlight]]
        var sentences: [BlockLocation: [AnalyzedSentence]]
        var summary: PracticeSummary
    }

    private let modelURL: URL
    private var extractor: PracticeExtractor?
    private var modelFailed = false
    private let lock = NSLock()
    /// Per policy id.
    private var cache: [String: Entry] = [:]
    /// Summaries read from the store, per policy id.
    private var stored: [String: PracticeSummary] = [:]
    /// The store under the model's stamp, opened on first use; nil without one.
    private let records: StoredRecords?

    init(modelURL: URL, store: StoreOptions? = nil) {
        self.modelURL = modelURL
        records = store.map { StoredRecords(storage: $0, modelURL: modelURL) }
    }

    /// The extractor, loading the model on first use; nil when it does not load.
    func loadedExtractor() -> PracticeExtractor? {
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
    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight] {
        lock.withLock { cache[policy.id]?.highlights[location] } ?? []
    }

    func sentences(at location: BlockLocation, in policy: Policy) -> [AnalyzedSentence] {
        lock.withLock { cache[policy.id]?.sentences[location] } ?? []
    }

    func styleSlot(forCategory category: String) -> Int? {
        PracticeLegend.slot(forName: category)
    }

    func cachedSummary(for policy: Policy) -> PracticeSummary? {
        if let known = lock.withLock({ cache[policy.id]?.summary ?? stored[policy.id] }) { return known }
        guard let record = records?.record(of: policy) else { return nil }
        let summary = PracticeSummary(record, policy: policy)
        lock.withLock { stored[policy.id] = summary }
        return summary
    }

    func hasDetails(for policy: Policy) -> Bool {
        lock.withLock { cache[policy.id] != nil }
    }

    func summary(for policy: Policy) -> PracticeSummary {
        entry(policy).summary
    }

    /// Keeps practices extracted elsewhere (the timeline's versions) as `policy`'s, so its
    /// highlights and answers are there when it is opened; returns its summary.
    func keep(_ practices: PolicyPractices, for policy: Policy) -> PracticeSummary {
        let built = Entry(highlights: PracticeLegend.highlights(practices), sentences: PracticeLegend.sentencesByBlock(practices),
                          summary: PracticeSummary(practices, policy: policy))
        lock.withLock { cache[policy.id] = built }
        return built.summary
    }

    private func entry(_ policy: Policy) -> Entry {
        if let known = lock.withLock({ cache[policy.id] }) { return known }
        guard let practices = loadedExtractor()?.extract(policy) else {
            let built = Entry(highlights: [:], sentences: [:], summary: PracticeSummary(answers: [:], note: "the classifier model did not load"))
            lock.withLock { cache[policy.id] = built }
            return built
        }
        records?.save(practices, of: policy)
        _ = keep(practices, for: policy)
        return lock.withLock { cache[policy.id]! }
    }
}
