import PolicyExtraction
import PolicyModel

/// Extracts the practices of many versions of one document at once.
public enum HistoryExtraction {
    /// The practices of `policies`, in order, and how many texts the memos saved.
    public struct Result: Sendable {
        public var practices: [PolicyPractices]
        /// Texts (sentences and headings) found already classified, and texts classified.
        public var reused: Int
        public var classified: Int
    }

    /// Extracts `policies` (versions in order) with `width` tasks. The versions are cut into
    /// runs of consecutive ones; a task extracts a run with an ``ExtractionMemo`` and hands the
    /// memo on to the next run it takes, so a sentence kept from one version to the next is
    /// classified once per task instead of once per version. Answers equal plain `extract`'s.
    /// A version whose `contents` key (its blob id) equals an earlier one's takes that one's
    /// practices without extraction. With `reuse` false every version is extracted on its own
    /// (to measure what the memo saves). With `keepSentences` false the practices keep their
    /// answers but drop their analyzed sentences as soon as each is extracted (what comparing
    /// versions needs; a long history's sentences weigh hundreds of megabytes).
    public static func extract(_ policies: [Policy], contents: [String?] = [], with extractor: PracticeExtractor, width: Int,
                               reuse: Bool = true, keepSentences: Bool = true, progress: @Sendable (Int) -> Void = { _ in }) async -> Result {
        var first: [String: Int] = [:], source: [Int] = []
        for i in policies.indices {
            let key = i < contents.count ? contents[i] : nil
            if reuse, let key, let earlier = first[key] { source.append(earlier); continue }
            if let key { first[key] = i }
            source.append(i)
        }
        let distinct = policies.indices.filter { source[$0] == $0 }
        var result = await extractEach(distinct.map { policies[$0] }, with: extractor, width: width, reuse: reuse,
                                       keepSentences: keepSentences, progress: progress)
        let byIndex = Dictionary(uniqueKeysWithValues: zip(distinct, result.practices))
        result.practices = policies.indices.map { i in
            var p = byIndex[source[i]]!
            p.id = policies[i].id
            return p
        }
        return result
    }

    private static func extractEach(_ policies: [Policy], with extractor: PracticeExtractor, width: Int, reuse: Bool,
                                    keepSentences: Bool, progress: @Sendable (Int) -> Void) async -> Result {
        let width = max(1, width)
        let runCount = min(policies.count, width * 2)
        guard runCount > 0 else { return Result(practices: [], reused: 0, classified: 0) }
        let runs = (0..<runCount).map { r in (policies.count * r / runCount)..<(policies.count * (r + 1) / runCount) }
        return await withTaskGroup(of: (Range<Int>, [PolicyPractices], ExtractionMemo).self) { group in
            var results = [PolicyPractices?](repeating: nil, count: policies.count)
            var next = 0, done = 0, reused = 0, classified = 0
            func add(_ memo: ExtractionMemo) {
                guard next < runs.count else {
                    reused += memo.hits
                    classified += memo.misses
                    return
                }
                let run = runs[next], slice = Array(policies[run])
                next += 1
                group.addTask {
                    var memo = memo
                    let practices = slice.map { policy in
                        var p = reuse ? extractor.extract(policy, memo: &memo) : extractor.extract(policy)
                        if !keepSentences { p.sentences = [] }
                        return p
                    }
                    return (run, practices, memo)
                }
            }
            for _ in 0..<min(width, runs.count) { add(ExtractionMemo()) }
            while let (run, practices, memo) = await group.next() {
                for (i, p) in zip(run, practices) { results[i] = p }
                done += run.count
                progress(done)
                add(memo)
            }
            return Result(practices: results.map { $0! }, reused: reused, classified: classified)
        }
    }
}
