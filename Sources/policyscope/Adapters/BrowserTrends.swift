import BrowserCore
import Foundation
import PolicyClassifier
import PolicyExtraction
import PolicyHistory
import PolicyModel

/// The browser's `:trends`: the loaded policies grouped into documents as the CLI groups them
/// (``HistorySupport``), each year's versions extracted with ``TrendSamples`` and counted as
/// `trends` counts them. The model loads on first use.
final class BrowserTrends: TrendsSource, @unchecked Sendable {
    private let modelURL: URL
    private let lock = NSLock()
    private var extractor: PracticeExtractor?

    init(modelURL: URL) {
        self.modelURL = modelURL
    }

    func trends(of policies: [Policy], progress: @Sendable (Int, Int) -> Void) -> Result<Trends, TrendsUnavailable> {
        let plan = TrendPlan(HistorySupport.catalog(policies).histories)
        guard !plan.years.isEmpty else {
            return .failure(TrendsUnavailable("no loaded policy has a date (a corpus header, or a date in its file name)"))
        }
        guard let extractor = loadedExtractor() else { return .failure(TrendsUnavailable("the classifier model did not load")) }
        let byID = Dictionary(policies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let width = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        // The extraction runs in the pool; this thread waits, passing its progress on.
        let state = Shared()
        Task.detached {
            let samples = await TrendSamples.extract(plan, policies: byID, with: extractor, width: width) { done, total in
                state.lock.withLock { state.progress = (done, total) }
            }
            state.lock.withLock { state.samples = samples }
            state.finished.signal()
        }
        var reported = -1
        while state.finished.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
            if let (done, total) = state.lock.withLock({ state.progress }), done != reported {
                progress(done, total)
                reported = done
            }
        }
        return .success(Trends(plan, samples: state.lock.withLock { state.samples }))
    }

    /// What the extraction task hands the waiting thread.
    private final class Shared: @unchecked Sendable {
        let lock = NSLock()
        let finished = DispatchSemaphore(value: 0)
        var progress: (done: Int, total: Int)?
        var samples: [String: TrendSample] = [:]
    }

    private func loadedExtractor() -> PracticeExtractor? {
        lock.withLock {
            if extractor == nil, let model = try? ClassifierModel.load(from: modelURL) { extractor = PracticeExtractor(model: model) }
            return extractor
        }
    }
}
