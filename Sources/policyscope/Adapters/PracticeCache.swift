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
///
/// With `--classifier deep`, the linear model answers first and the open policy then gets a
/// second pass with the blend (``BlendedClassifier``), which replaces its practices here and is
/// stored under the deep stamps; a deep model that fails to load leaves the fast practices.
final class PracticeCache: HighlightProvider, PracticeSource, @unchecked Sendable {
    private struct Entry {
        var highlights: [BlockLocation: [Highlight]]
        var sentences: [BlockLocation: [AnalyzedSentence]]
        var summary: PracticeSummary
    }

    private let modelURL: URL
    private var extractor: PracticeExtractor?
    private var modelFailed = false
    /// The deep pass's options; nil: no second pass.
    private let deep: ClassifierOptions?
    private var deepExtractor: PracticeExtractor?
    private var deepFailed = false
    /// Policy ids whose practices came from the deep pass.
    private var refined: Set<String> = []
    private let lock = NSLock()
    /// Per policy id.
    private var cache: [String: Entry] = [:]
    /// Summaries read from the store, per policy id.
    private var stored: [String: PracticeSummary] = [:]
    /// The store under the fast model's stamps, opened on first use; nil without one.
    private let records: StoredRecords?
    /// The same under the deep pass's stamps.
    private let deepRecords: StoredRecords?

    /// `classifier`: the models (`--model`, and with `--classifier deep` the second pass over
    /// `--deep-model`).
    init(classifier: ClassifierOptions = .defaults, store: StoreOptions? = nil) {
        var fast = classifier
        fast.classifier = .fast
        modelURL = fast.modelURL
        let deep = classifier.classifier == .deep ? classifier : nil
        self.deep = deep
        records = store.map { StoredRecords(storage: $0, classifier: fast) }
        deepRecords = store.flatMap { storage in deep.map { StoredRecords(storage: storage, classifier: $0) } }
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

    func wantsRefinement(of policy: Policy) -> Bool {
        lock.withLock { deep != nil && !deepFailed && !refined.contains(policy.id) }
    }

    /// The deep pass over `policy` (on every core: the open policy is waited for); nil when the
    /// deep model does not load.
    func refinedSummary(for policy: Policy) -> PracticeSummary? {
        guard let extractor = loadedDeepExtractor() else { return nil }
        let practices = extractor.extract(policy)
        deepRecords?.save(practices, of: policy)
        return keep(practices, for: policy, refining: true)
    }

    /// The blend's extractor, loading the deep model on first use; nil when it does not load.
    private func loadedDeepExtractor() -> PracticeExtractor? {
        guard let deep, let fast = loadedExtractor() else { return nil }
        let (known, failed) = lock.withLock { (deepExtractor, deepFailed) }
        if failed { return nil }
        if let known { return known }
        // Loaded outside the lock (23 MB: the key loop's highlight look-ups must not wait for it);
        // only this background pass loads it.
        guard var blended = try? BlendedClassifier(linear: fast.model, deepPath: deep.deepModel) else {
            lock.withLock { deepFailed = true }
            return nil
        }
        blended.threads = ProcessInfo.processInfo.activeProcessorCount
        let extractor = PracticeExtractor(model: fast.model, sentences: blended)
        lock.withLock { deepExtractor = extractor }
        return extractor
    }

    /// Keeps practices extracted elsewhere (the timeline's versions) as `policy`'s, so its
    /// highlights and answers are there when it is opened; returns its summary.
    /// A policy the deep pass refined keeps its refined practices.
    func keep(_ practices: PolicyPractices, for policy: Policy) -> PracticeSummary {
        keep(practices, for: policy, refining: false)
    }

    private func keep(_ practices: PolicyPractices, for policy: Policy, refining: Bool) -> PracticeSummary {
        let built = Entry(highlights: PracticeLegend.highlights(practices), sentences: PracticeLegend.sentencesByBlock(practices),
                          summary: PracticeSummary(practices, policy: policy))
        return lock.withLock {
            if refining {
                refined.insert(policy.id)
            } else if refined.contains(policy.id), let kept = cache[policy.id] {
                return kept.summary
            }
            cache[policy.id] = built
            return built.summary
        }
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
