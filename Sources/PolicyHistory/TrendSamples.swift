import PolicyExtraction
import PolicyModel

/// Reads the versions a ``TrendPlan`` needs: each extracted once, with ``HistoryExtraction``
/// (consecutive versions of a document share a memo; runs in parallel).
public enum TrendSamples {
    /// The samples of `plan`'s versions whose text is among `policies` (by policy id);
    /// `progress` gets the count of versions read so far and the count to read.
    public static func extract(_ plan: TrendPlan, policies: [String: Policy], with extractor: PracticeExtractor, width: Int,
                               progress: @escaping @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }) async -> [String: TrendSample] {
        let versions = plan.distinctVersions.filter { policies[$0.policyID ?? ""] != nil }
        let texts = versions.map { policies[$0.policyID!]! }
        let total = texts.count
        let result = await HistoryExtraction.extract(texts, with: extractor, width: width) { progress($0, total) }
        var samples: [String: TrendSample] = [:]
        for (i, version) in versions.enumerated() {
            samples[version.id] = TrendSample(version: version, words: texts[i].wordCount, answers: result.practices[i].answers)
        }
        return samples
    }
}
