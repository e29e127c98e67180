import BrowserCore
import Dispatch
import Foundation
import PolicyClassifier
import PolicyExtraction
import PolicyIndex
import PolicyModel

/// The browser's search view over a ``PolicyIndex`` of the loaded policies, rebuilt when their
/// count changes. A query with `category:` or `answer:` filters first extracts the practices
/// of every policy (once each, kept by id) and searches an index built with them. A query that
/// needs an index not built yet runs on Enter, in the background (the browser's
/// ``ScreenWork``); the others run as you type.
final class IndexPolicySearcher: PolicySearcher, @unchecked Sendable {
    private let modelURL: URL
    private let lock = NSLock()
    private var plain: (count: Int, index: PolicyIndex)?
    private var annotated: (count: Int, index: PolicyIndex)?
    private var annotations: [String: IndexAnnotations] = [:]
    private var extractor: PracticeExtractor?

    init(modelURL: URL) {
        self.modelURL = modelURL
    }

    func runsAsYouType(_ query: String, in policies: [Policy]) -> Bool {
        // A syntax error shows at once.
        guard let parsed = try? Query.parse(query) else { return true }
        let needed = SearchAnnotations.needed(by: parsed.root)
        return lock.withLock { (needed ? annotated : plain)?.count == policies.count }
    }

    func search(
        _ query: String, in policies: [Policy], limit: Int, progress: @Sendable (String) -> Void
    ) -> Result<[PolicySearchResult], PolicySearchProblem> {
        do throws(QueryError) {
            let parsed = try Query.parse(query)
            let needed = SearchAnnotations.needed(by: parsed.root)
            if needed, loadedExtractor() == nil {
                return .failure(PolicySearchProblem(message: "category: and answer: need the classifier model, which did not load", column: nil))
            }
            // The build below waits for its tasks: `progress` is never called after `search` returns.
            let index = withoutActuallyEscaping(progress) { self.index(of: policies, annotated: needed, progress: $0) }
            return .success(try index.search(parsed, limit: limit).map(Self.result))
        } catch {
            return .failure(PolicySearchProblem(message: error.description, column: error.column))
        }
    }

    static func result(_ hit: Hit) -> PolicySearchResult {
        PolicySearchResult(policyIndex: hit.policyIndex,
                           location: BlockLocation(sectionNumber: hit.sectionNumber, blockIndex: hit.blockIndex),
                           sectionPath: hit.titlePath, range: hit.range, snippet: hit.snippet.text,
                           marks: hit.snippet.marks, score: hit.score)
    }

    /// The index of `policies` (with practice annotations when `annotated`), built if their
    /// count changed since the last one.
    private func index(of policies: [Policy], annotated: Bool, progress: @escaping @Sendable (String) -> Void) -> PolicyIndex {
        if let known = lock.withLock({ annotated ? self.annotated : plain }), known.count == policies.count { return known.index }
        var notes: [String: IndexAnnotations] = [:]
        if annotated, let extractor = loadedExtractor() {
            let known = lock.withLock { annotations }
            let missing = policies.filter { known[$0.id] == nil }
            let total = missing.count, step = max(1, total / 100)
            let found = Self.blocking {
                await ExtractionSupport.extractAll(missing, with: extractor) { done in
                    if done % step == 0 || done == total { progress("extracting practices: \(done) of \(total) policies") }
                }
            }
            notes = known
            for (policy, practices) in zip(missing, found) {
                notes[policy.id] = SearchAnnotations.annotations(for: policy, practices: practices)
            }
        }
        let chosen = notes
        progress("indexing \(policies.count) policies…")
        let built = Self.blocking { await PolicyIndex.build(policies: policies, annotations: chosen) }
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
