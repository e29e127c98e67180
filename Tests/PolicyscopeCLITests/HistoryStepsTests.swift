import Foundation
import PolicyExtraction
import PolicyHistory
import PolicyModel
import PolicyParsing
import TestSupport
import Testing
@testable import policyscope

/// `history`'s comparison of neighbours: a step between two texts compared before is taken
/// from that comparison, and equals comparing the two versions afresh.
@Suite(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
struct HistoryStepsTests {
    @Test("a page going back and forth: every step equals a fresh VersionStep of its two versions")
    func repeatedStepsEqualFreshOnes() async throws {
        let folder = TestSupport.sharedDirectory.appendingPathComponent("history/pga-v1/Instagram/Privacy Policy").path
        let loaded = await PolicyLoader.load([folder]).policies.sorted { $0.id < $1.id }
        let a = loaded[0], b = loaded[4], c = loaded[8]
        func renamed(_ p: Policy, _ id: String) -> Policy { var q = p; q.id = id; return q }
        // A B A B C B: step 2 (A->B) repeats step 0; step 3 (B->C) and step 4 (C->B) are new.
        let policies = [a, b, renamed(a, "a2"), renamed(b, "b2"), c, renamed(b, "b3")]
        let contents: [String?] = ["a", "b", "a", "b", "c", "b"]
        let extractor = try #require(PracticeCache().loadedExtractor())
        let practices = policies.map { extractor.extract($0) }

        let steps = await HistorySteps.compute(policies, practices, contents: contents)
        #expect(steps.count == 5)
        for i in steps.indices {
            let fresh = VersionStep(old: policies[i], practices[i], new: policies[i + 1], practices[i + 1])
            #expect(steps[i].diff.oldID == policies[i].id && steps[i].diff.newID == policies[i + 1].id)
            #expect(steps[i].answers == fresh.answers, "step \(i)")
            #expect(steps[i].sectionsAdded == fresh.sectionsAdded && steps[i].sectionsRemoved == fresh.sectionsRemoved
                && steps[i].sectionsChanged == fresh.sectionsChanged, "step \(i)")
            #expect(steps[i].diff.unchangedCount == fresh.diff.unchangedCount, "step \(i)")
            #expect(steps[i].diff.sections.map { $0.sentences.map(\.new) } == fresh.diff.sections.map { $0.sentences.map(\.new) }, "step \(i)")
        }
        // The repeats are real: A->B twice, and the texts differ.
        #expect(steps[0].sectionsChanged + steps[0].sectionsAdded + steps[0].sectionsRemoved > 0)
        #expect(!steps[1].answers.isEmpty || steps[1].sectionsChanged > 0)
    }
}
