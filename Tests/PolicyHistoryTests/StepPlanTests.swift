import PolicyHistory
import Testing

@Suite("Which comparisons a history with repeated texts needs")
struct StepPlanTests {
    @Test("a page blinking between two texts prepares each once and compares each ordered pair once")
    func blinking() {
        // A B A B C: versions 2 and 3 repeat 0 and 1; step 2 (A->B) repeats step 0; step 1 (B->A) is new.
        let plan = StepPlan(contents: ["a", "b", "a", "b", "c"])
        #expect(plan.source == [0, 1, 0, 1, 4])
        #expect(plan.stepSource == [0, 1, 0, 3])
        #expect(plan.distinctVersions == [0, 1, 4])
        #expect(plan.distinctSteps == [0, 1, 3])
    }

    @Test("unknown contents (nil) equal nothing, and a step touching one is always compared")
    func unknownContents() {
        let plan = StepPlan(contents: ["a", nil, "a", nil, "a"])
        #expect(plan.source == [0, 1, 0, 3, 0])
        #expect(plan.stepSource == [0, 1, 2, 3])
    }

    @Test("a version equal to the one before is a step between one text and itself")
    func sameTwice() {
        let plan = StepPlan(contents: ["a", "a", "a"])
        #expect(plan.source == [0, 0, 0])
        #expect(plan.stepSource == [0, 0])
        #expect(plan.distinctSteps == [0])
    }

    @Test("no versions, one version")
    func small() {
        #expect(StepPlan(contents: []).stepSource.isEmpty)
        #expect(StepPlan(contents: ["a"]).stepSource.isEmpty && StepPlan(contents: ["a"]).distinctVersions == [0])
    }
}
