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
        let first = PracticeCache(modelURL: ModelCommand.shippedModelURL, store: storage)
        #expect(policies.allSatisfy { first.cachedSummary(for: $0) == nil }, "nothing stored yet")
        let computed = policies.map { first.summary(for: $0) }
        #expect(policies.allSatisfy { first.hasDetails(for: $0) })

        let second = PracticeCache(modelURL: ModelCommand.shippedModelURL, store: storage)
        #expect(policies.map { second.cachedSummary(for: $0) } == computed, "read back from the store")
        #expect(policies.allSatisfy { !second.hasDetails(for: $0) }, "a stored summary has no highlights")
        #expect(second.summary(for: policies[0]) == computed[0])
        #expect(second.hasDetails(for: policies[0]))

        let none = try StoreOptions.parse(["--no-store"])
        let without = PracticeCache(modelURL: ModelCommand.shippedModelURL, store: none)
        #expect(without.cachedSummary(for: policies[0]) == nil)
    }
}
