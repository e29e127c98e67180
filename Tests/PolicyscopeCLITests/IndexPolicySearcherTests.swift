import BrowserCore
import Foundation
import PolicyModel
import TestSupport
import Testing
@testable import policyscope

/// The browser's search adapter over the index, on the seeds.
@Suite struct IndexPolicySearcherTests {
    /// Runs the adapter on a thread of its own, as the browser's key loop does (it waits for
    /// async work by blocking).
    static func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { c in Thread { c.resume(returning: body()) }.start() }
    }

    @Test func findsSentencesReportsColumnsAndRebuildsForMorePolicies() async throws {
        let seeds = await TestSupport.seeds()
        let searcher = IndexPolicySearcher(modelURL: ModelCommand.shippedModelURL)
        let some = Array(seeds.prefix(2))
        let first = await Self.onThread { searcher.search("cookie", in: some, limit: 50) }
        let results = try first.get()
        #expect(!results.isEmpty && results.allSatisfy { $0.policyIndex < 2 })
        for r in results {
            let block = seeds[r.policyIndex].numberedSections[r.location.sectionNumber].blocks[r.location.blockIndex]
            #expect(r.snippet.contains(block.text(of: r.range).prefix(20)))
            #expect(!r.marks.isEmpty && r.sectionPath == seeds[r.policyIndex].numberedSections[r.location.sectionNumber].location.titlePath)
        }
        let all = await Self.onThread { searcher.search("cookie", in: seeds, limit: 50) }
        #expect(try all.get().contains { $0.policyIndex >= 2 })
        let bad = await Self.onThread { searcher.search("cookie (files", in: seeds, limit: 50) }
        #expect(throws: PolicySearchProblem(message: "unclosed parenthesis at column 8", column: 8)) { try bad.get() }
        #expect(searcher.runsAsYouType("cookie -google", in: seeds))
        #expect(searcher.runsAsYouType("cookie (", in: seeds))
    }

    @Test func practiceFiltersRunOnEnterThenAsYouType() async throws {
        let seeds = await TestSupport.seeds()
        let searcher = IndexPolicySearcher(modelURL: ModelCommand.shippedModelURL)
        // Nothing is indexed yet: even a plain query waits for Enter (and runs in the background).
        #expect(!searcher.runsAsYouType("cookie", in: seeds))
        #expect(!searcher.runsAsYouType("category:retention data", in: seeds))
        let found = await Self.onThread { searcher.search("category:retention data", in: seeds, limit: 20) }
        #expect(try !found.get().isEmpty)
        #expect(searcher.runsAsYouType("answer:cookies=yes", in: seeds))
    }
}
