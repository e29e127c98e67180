import BrowserCore
import Foundation
import PolicyResources
import PolicyStore
import Testing
@testable import policyscope

/// The browser's practices with a store: summaries for the list's badges are read from the
/// stored records (equal to computed ones) and the text's highlights are still computed.
@Suite struct PracticeCacheStoreTests {
    @Test func badgesReadStoredRecordsAndHighlightsAreStillComputed() async throws {
        let folder = NSTemporaryDirectory() + "policyscope-practice-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let storage = try StoreOptions.parse(["--store", folder + "/store.sqlite"])
        let policies = await StoredLoader.load(PolicyResources.seedFiles.map(\.path), using: storage.use()).policies
        let first = PracticeCache(store: storage)
        #expect(policies.allSatisfy { first.cachedSummary(for: $0) == nil }, "nothing stored yet")
        let computed = policies.map { first.summary(for: $0) }
        #expect(policies.allSatisfy { first.hasDetails(for: $0) })

        let second = PracticeCache(store: storage)
        #expect(policies.map { second.cachedSummary(for: $0) } == computed, "read back from the store")
        #expect(policies.allSatisfy { !second.hasDetails(for: $0) }, "a stored summary has no highlights")
        #expect(second.summary(for: policies[0]) == computed[0])
        #expect(second.hasDetails(for: policies[0]))

        let none = try StoreOptions.parse(["--no-store"])
        let without = PracticeCache(store: none)
        #expect(without.cachedSummary(for: policies[0]) == nil)
    }

    /// With `--classifier deep`: the fast pass first, then the open policy's second pass with the
    /// blend replaces its practices and is stored under the deep stamps, beside the fast record.
    @Test func theDeepPassReplacesThePracticesAndIsStoredApart() async throws {
        let folder = NSTemporaryDirectory() + "policyscope-practice-cache-deep-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let storage = try StoreOptions.parse(["--store", folder + "/store.sqlite"])
        let policy = try #require(await StoredLoader.load([PolicyResources.seedFiles[0].path], using: storage.use()).policies.first)
        let deep = try ClassifierOptions.parse(["--classifier", "deep", "--deep-model", DeepClassifyCLITests.blended])
        let cache = PracticeCache(classifier: deep, store: storage)
        let fast = cache.summary(for: policy)
        #expect(cache.wantsRefinement(of: policy))
        let refined = try #require(cache.refinedSummary(for: policy))
        #expect(!cache.wantsRefinement(of: policy), "one deep pass per policy")
        #expect(cache.summary(for: policy) == refined)
        #expect(refined != fast, "the tiny random blend changes the answers")
        let storedDeep = try #require(StoredRecords(storage: storage, classifier: deep).record(of: policy))
        #expect(PracticeSummary(storedDeep, policy: policy) == refined)
        let storedFast = try #require(StoredRecords(storage: storage, classifier: .defaults).record(of: policy))
        #expect(PracticeSummary(storedFast, policy: policy) == fast)

        let broken = try ClassifierOptions.parse(["--classifier", "deep", "--deep-model", folder + "/missing.bin"])
        let without = PracticeCache(classifier: broken)
        _ = without.summary(for: policy)
        #expect(without.refinedSummary(for: policy) == nil)
        #expect(!without.wantsRefinement(of: policy), "a deep model that does not load is not tried again")
        #expect(!PracticeCache().wantsRefinement(of: policy), "the fast classifier has no second pass")
    }
}
