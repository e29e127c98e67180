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
        let samples = withoutActuallyEscaping(progress) { report in
            IndexPolicySearcher.blocking { await TrendSamples.extract(plan, policies: byID, with: extractor, width: width, progress: report) }
        }
        return .success(Trends(plan, samples: samples))
    }

    private func loadedExtractor() -> PracticeExtractor? {
        lock.withLock {
            if extractor == nil, let model = try? ClassifierModel.load(from: modelURL) { extractor = PracticeExtractor(model: model) }
            return extractor
        }
    }
}
