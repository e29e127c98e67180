import BrowserCore
import Dispatch
import Foundation
import PolicyClassifier
import PolicyExtraction
import PolicyIndex
import PolicyModel

/// The browser's search view over a ``PolicyIndex`` of the loaded policies, rebuilt when their
/// count changes. A query with `category:` or `answer:` filters first reads the practices of
/// every policy (stored ones from the store, the others extracted; once each, kept by id) and
/// searches an index built with them. With a store, an index saved for the same files (by
/// `search` or an earlier browser) is read instead of built, and one built is saved. A query
/// that needs an index not built yet runs on Enter, in the background (the browser's
/// ``ScreenWork``); the others run as you type. Policies listed without their text are
/// searched through a saved index, or have their texts read from the store for the build.
final class IndexPolicySearcher: PolicySearcher, @unchecked Sendable {
    private let modelURL: URL
    private let shelf: SearchIndexShelf?
    private let lock = NSLock()
    private var plain: (count: Int, index: PolicyIndex)?
    private var annotated: (count: Int, index: PolicyIndex)?
    private var annotations: [String: IndexAnnotations] = [:]
    private var extractor: PracticeExtractor?

    init(modelURL: URL, shelf: SearchIndexShelf? = nil) {
        self.modelURL = modelURL
        self.shelf = shelf
    }

    func runsAsYouType(_ query: String, in policies: [Policy]) -> Bool {
        // A syntax error shows at once.
        guard let parsed = try? Query.parse(query) else { return true }
        let needed = SearchAnnotations.needed(by: parsed.root)
        return lock.withLock { (needed ? annotated : plain)?.count == policies.count }
    }

    func searchesWithoutTexts(_ policies: [Policy]) -> Bool {
        if lock.withLock({ plain?.count == policies.count || annotated?.count == policies.count }) { return true }
        return shelf?.reads(policies) ?? false
    }

    func search(
        _ query: String, in policies: [Policy], limit: Int, progress: @Sendable (SearchProgress) -> Void
    ) -> Result<[PolicySearchResult], PolicySearchProblem> {
        do throws(QueryError) {
            let parsed = try Query.parse(query)
            let needed = SearchAnnotations.needed(by: parsed.root)
            if needed, loadedExtractor() == nil {
                return .failure(PolicySearchProblem(message: "category: and answer: need the classifier model, which did not load", column: nil))
            }
            // The build below waits for its tasks: `progress` is never called after `search` returns.
            let index = withoutActuallyEscaping(progress) { report in
                self.index(of: policies, annotated: needed) { note, partial in
                    // The best so far: the query over an index of the policies read already.
                    let early = partial.flatMap { index, members in
                        try? index.search(parsed, limit: limit).map { Self.result($0, policyIndex: members[$0.policyIndex]) }
                    }
                    report(SearchProgress(note: note, results: early))
                }
            }
            return .success(try index.search(parsed, limit: limit).map { Self.result($0) })
        } catch {
            return .failure(PolicySearchProblem(message: error.description, column: error.column))
        }
    }

    static func result(_ hit: Hit, policyIndex: Int? = nil) -> PolicySearchResult {
        PolicySearchResult(policyIndex: policyIndex ?? hit.policyIndex,
                           location: BlockLocation(sectionNumber: hit.sectionNumber, blockIndex: hit.blockIndex),
                           sectionPath: hit.titlePath, range: hit.range, snippet: hit.snippet.text,
                           marks: hit.snippet.marks, score: hit.score)
    }

    /// Below this many policies to read, a search shows no early results (it is quick anyway).
    static let earlyResultsFrom = 400
    /// Rounds of extraction, each followed by early results (the last by the real ones).
    static let rounds = 4

    /// The index of `policies` (with practice annotations when `annotated`), built if their
    /// count changed since the last one. While practices are extracted, `progress` hears what
    /// is done and, after each round but the last, gets an index of the policies read so far
    /// with their indices in `policies`.
    private func index(
        of policies: [Policy], annotated: Bool,
        progress: @escaping @Sendable (String, (PolicyIndex, [Int])?) -> Void
    ) -> PolicyIndex {
        if let known = lock.withLock({ annotated ? self.annotated : plain }), known.count == policies.count { return known.index }
        if let saved = shelf?.saved(for: policies, annotated: annotated) {
            lock.withLock {
                if annotated { self.annotated = (policies.count, saved) } else { plain = (policies.count, saved) }
            }
            return saved
        }
        // Texts not in yet are read for the build and let go after it: the index kept reads a
        // hit's text again. One that cannot be read is left out, and the index is not saved.
        let listings = policies
        let (policies, unread) = shelf?.texts(of: listings) { progress("reading texts: \($0) of \($1) policies", nil) } ?? (listings, 0)
        let readTexts = listings.contains(where: \.isBodiless)
        var notes: [String: IndexAnnotations] = [:]
        if annotated, let extractor = loadedExtractor() {
            notes = lock.withLock { annotations }
            if let shelf {
                // Stored practices first: reading a record is far quicker than extracting.
                let unread = policies.filter { notes[$0.id] == nil }
                for (n, policy) in unread.enumerated() {
                    if let record = shelf.record(of: policy) { notes[policy.id] = SearchAnnotations.annotations(for: policy, record: record) }
                    if n % 500 == 499 { progress("reading stored practices: \(n + 1) of \(unread.count) policies", nil) }
                }
            }
            let missing = policies.indices.filter { notes[policies[$0].id] == nil }
            let total = missing.count, step = max(1, total / 100)
            let roundSize = total >= Self.earlyResultsFrom ? (total + Self.rounds - 1) / Self.rounds : max(1, total)
            var done = 0
            for round in stride(from: 0, to: total, by: roundSize) {
                let batch = missing[round..<min(total, round + roundSize)].map { policies[$0] }
                let before = done
                let found = Self.blocking {
                    await ExtractionSupport.extractAll(batch, with: extractor) { n in
                        let all = before + n
                        if all % step == 0 || all == total { progress("extracting practices: \(all) of \(total) policies", nil) }
                    }
                }
                for (policy, practices) in zip(batch, found) {
                    notes[policy.id] = SearchAnnotations.annotations(for: policy, practices: practices)
                }
                done += batch.count
                guard done < total else { break }
                let members = policies.indices.filter { notes[policies[$0].id] != nil }
                let read = members.map { policies[$0] }, readNotes = notes
                let early = Self.blocking { await PolicyIndex.build(policies: read, annotations: readNotes) }
                progress("extracting practices: \(done) of \(total) policies", (early, members))
            }
        }
        let chosen = notes
        progress("indexing \(policies.count) policies…", nil)
        var built = Self.blocking { await PolicyIndex.build(policies: policies, annotations: chosen) }
        if unread == 0 { shelf?.save(built, for: policies, annotated: annotated) }
        if readTexts, let text = shelf?.textReader(for: listings) { built = built.overListings(listings, text: text) }
        lock.withLock {
            if annotated {
                annotations = notes
                self.annotated = (policies.count, built)
            } else {
                plain = (policies.count, built)
            }
        }
        return built
    }

    private func loadedExtractor() -> PracticeExtractor? {
        lock.withLock {
            if extractor == nil, let model = try? ClassifierModel.load(from: modelURL) {
                extractor = PracticeExtractor(model: model)
            }
            return extractor
        }
    }

    /// Waits for async work on the calling thread (the browser's key loop has a thread of its
    /// own, outside the concurrency pool).
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    private final class Box<T: Sendable>: @unchecked Sendable {
        var value: T?
    }
}

extension QueryError {
    /// The column the error points at (from 1), if any.
    var column: Int? {
        switch self {
        case .unclosedQuote(let c), .unclosedParenthesis(let c), .unexpectedCloseParenthesis(let c), .danglingOr(let c),
             .nothingToExclude(let c), .emptyPhrase(let c), .emptyPrefix(let c), .unknownField(_, let c),
             .emptyFilterValue(_, let c), .badYear(_, let c), .badAnswer(_, let c): c
        case .emptyQuery, .unknownCategory: nil
        }
    }
}
