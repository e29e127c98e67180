import Foundation
import PolicyDeep
import Testing

/// The Swift forward pass against PyTorch on the tiny random model (2 layers, hidden 32), in
/// float32 and int8 files, with both matrix backends.
@Suite struct TinyGoldenTests {
    /// float32 rounding over two small layers: Swift and PyTorch agree far closer than this.
    static let tolerance = 1e-4

    @Test(arguments: ["tiny-f32", "tiny-int8"], GemmBackend.allCases)
    func logitsMatchPyTorch(_ name: String, _ backend: GemmBackend) throws {
        let model = try DeepModel(contentsOf: Fixtures.url(name + ".bin"))
        let golden = try Fixtures.golden(name + ".golden.json")
        #expect(model.metadata.source == golden.source)
        for (text, ids) in zip(golden.texts, golden.ids) {
            #expect(model.tokenizer.encode(text) == ids, "\(text.debugDescription)")
        }
        let logits = model.logits(golden.texts, options: InferenceOptions(backend: backend))
        #expect(logits.count == golden.logits.count)
        let difference = Fixtures.maxDifference(logits, golden.logits)
        #expect(difference < Self.tolerance, "max |Swift - PyTorch| = \(difference)")
    }

    /// Batches of a few tokens, several threads, and one text at a time all give the same rows.
    @Test func batchingAndThreadsDoNotChangeResults() throws {
        let model = try DeepModel(contentsOf: Fixtures.url("tiny-f32.bin"))
        let texts = try Fixtures.golden("tiny-f32.golden.json").texts
        let whole = model.logits(texts)
        let split = model.logits(texts, options: InferenceOptions(threads: 3, tokensPerBatch: 20))
        let single = texts.map { model.logits([$0])[0] }
        #expect(Fixtures.maxDifference(split, whole.map { $0.map(Double.init) }) < 1e-5)
        #expect(Fixtures.maxDifference(single, whole.map { $0.map(Double.init) }) < 1e-5)
    }

    /// int8 costs something against the unquantized checkpoint, but little.
    @Test func int8StaysNearTheCheckpoint() throws {
        let golden = try Fixtures.golden("tiny-int8.golden.json")
        let model = try DeepModel(contentsOf: Fixtures.url("tiny-int8.bin"))
        let checkpoint = try #require(golden.checkpointLogits)
        let difference = Fixtures.maxDifference(model.logits(golden.texts), checkpoint)
        #expect(difference > 0 && difference < 0.01, "int8 vs float32 checkpoint: \(difference)")
    }

    @Test func batchesAreSortedAndBounded() {
        let lengths = [5, 30, 7, 12, 300, 9]
        let batches = DeepModel.batchPlan(lengths: lengths, tokensPerBatch: 40)
        #expect(batches.flatMap { $0 }.sorted() == Array(lengths.indices))
        #expect(batches.first == [4])
        for batch in batches where batch.count > 1 {
            #expect(batch.map { lengths[$0] }.reduce(0, +) <= 40)
            #expect(batch.map { lengths[$0] } == batch.map { lengths[$0] }.sorted(by: >))
        }
    }
}

/// The blend of linear and deep probabilities and its decision rule.
@Suite struct DeepBlendTests {
    @Test func weightsThresholdAndArgmax() {
        let blend = DeepBlend(linearWeight: 0.25, threshold: 0.4375)
        let p = blend.probabilities(linear: [1, 0, 0.25], deep: [0, 0.75, 0.5])
        #expect(p == [0.25, 0.5625, 0.4375])
        #expect(blend.assigned(p) == [1, 2])
        #expect(blend.assigned([0.1, 0.3, 0.2]) == [1])
    }

    @Test func perCategoryWeightsAndThresholdsTakeThePlaceOfTheSingleOnes() {
        let blend = DeepBlend(linearWeight: 0.5, threshold: 0.5,
                              perCategory: .init(linearWeights: [1, 0, 0.5], thresholds: [0.4, 0.6, 0.5]))
        let p = blend.probabilities(linear: [0.45, 0.9, 0.2], deep: [0.1, 0.55, 0.6])
        #expect(p == [0.45, 0.55, 0.4])
        #expect(blend.assigned(p) == [0])
        #expect(blend.scores(p)[0] > 0.5 && blend.scores(p)[1] < 0.5)
        // None assigned: the best on the 0.5 scale (0.38 of 0.4 beats 0.55 of 0.6), not the highest p.
        #expect(blend.assigned([0.38, 0.55, 0.1]) == [0])
        #expect(blend.problem(categories: 3) == nil)
        #expect(blend.problem(categories: 12) != nil)
        #expect(DeepBlend(linearWeight: 1.5, threshold: 0.5).problem(categories: 3) != nil)
        #expect(DeepBlend(linearWeight: 0.5, threshold: 0).problem(categories: 3) != nil)
    }

    @Test func scoresPutTheThresholdAtOneHalf() {
        let blend = DeepBlend(linearWeight: 0.5, threshold: 0.4)
        let p: [Float] = [0, 0.2, 0.399, 0.4, 0.7, 1]
        let scores = blend.scores(p)
        #expect(scores.map { ($0 * 1000).rounded() / 1000 } == [0, 0.25, 0.499, 0.5, 0.75, 1])
        #expect(zip(p, scores).allSatisfy { ($0 >= blend.threshold) == ($1 >= 0.5) })
        #expect(scores == scores.sorted(), "the order of the categories stays")
    }
}
