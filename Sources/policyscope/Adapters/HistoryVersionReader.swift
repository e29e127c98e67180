import BrowserCore
import Dispatch
import Foundation
import PolicyExtraction
import PolicyHistory
import PolicyModel

/// The browser's versions (BrowserCore's ``VersionReader``): the loaded files grouped into
/// documents as the CLI groups them (absolute paths, so folder names count), plus every version
/// of the git repositories loaded (``GitVersionShelf``, filled by the loader), whose blobs are
/// read on demand through the store; and the timeline's extraction: versions taken nearest
/// first by a few workers, each reading its version and extracting it with its own
/// ``ExtractionMemo`` (a sentence kept from one version to the next is classified once per
/// worker), the practices kept in the ``PracticeCache`` so an opened version has its highlights.
struct HistoryVersionReader: VersionReader {
    let practices: PracticeCache
    /// The git versions of every load so far.
    let git = GitVersionShelf()
    /// Workers extracting at once.
    var width = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))

    /// The loaded files' records (git versions that are loaded policies are not files), then
    /// every git version's, linked to its loaded policy where there is one.
    func records(for policies: [Policy]) -> [VersionRecord] {
        let gitRecords = git.records(loaded: Set(policies.map(\.id)))
        let gitPolicies = Set(gitRecords.compactMap(\.policyID))
        let files = policies.filter { !gitPolicies.contains($0.id) }
        return FileVersions.records(files.map(HistorySupport.absolute), contents: VersionContent.keys(files)) + gitRecords
    }

    /// A git version's text, read from its repository (a blob stored already is decoded).
    func policy(of version: Version) -> Policy? { git.policy(of: version) }

    func extract(_ count: Int, reading text: @Sendable (Int) -> Policy?, done: @Sendable (Int, Policy?, PracticeSummary?) -> Bool) {
        let extractor = practices.loadedExtractor()
        let next = NextIndex()
        let cache = practices
        withoutActuallyEscaping(text) { text in
            withoutActuallyEscaping(done) { done in
                DispatchQueue.concurrentPerform(iterations: min(width, count)) { _ in
                    var memo = ExtractionMemo()
                    while let i = next.take(below: count) {
                        let policy = text(i)
                        let summary = policy.flatMap { p in extractor.map { cache.keep($0.extract(p, memo: &memo), for: p) } }
                        if !done(i, policy, summary) { next.stop() }
                    }
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
