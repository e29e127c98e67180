import BrowserCore
import Dispatch
import Foundation
import PolicyExtraction
import PolicyHistory
import PolicyModel

/// The browser's versions (BrowserCore's ``VersionReader``): the loaded files grouped into
/// documents as the CLI groups them (absolute paths, so folder names count), and the
/// timeline's extraction: versions taken nearest first by a few workers, each with its own
/// ``ExtractionMemo`` (a sentence kept from one version to the next is classified once per
/// worker), the practices kept in the ``PracticeCache`` so an opened version has its
/// highlights. Versions that are no loaded file (a git history's older commits) are not read
/// here yet: `policy(of:)` answers nil for them.
struct HistoryVersionReader: VersionReader {
    let practices: PracticeCache
    /// Workers extracting at once.
    var width = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))

    func records(for policies: [Policy]) -> [VersionRecord] {
        FileVersions.records(policies.map(HistorySupport.absolute), contents: VersionContent.keys(policies))
    }

    func policy(of version: Version) -> Policy? { nil }

    func extract(_ policies: [Policy], done: @Sendable (Int, PracticeSummary) -> Bool) {
        guard let extractor = practices.loadedExtractor() else { return }
        let next = NextIndex()
        let cache = practices
        withoutActuallyEscaping(done) { done in
            DispatchQueue.concurrentPerform(iterations: min(width, policies.count)) { _ in
                var memo = ExtractionMemo()
                while let i = next.take(below: policies.count) {
                    let found = extractor.extract(policies[i], memo: &memo)
                    if !done(i, cache.keep(found, for: policies[i])) { next.stop() }
                }
            }
        }
    }
}

/// Hands out 0, 1, 2... to the workers, in order.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// No more indices after this.
    func stop() { lock.withLock { value = Int.max } }

    func take(below end: Int) -> Int? {
        lock.withLock {
            guard value < end else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
