import Foundation
import PolicyDeep
import PolicyResources
import Testing

/// The shipped deep model (Resources/model/opp115-deep.bin) against PyTorch's logits for it
/// (`tools/deep/golden.py Resources/model/opp115-deep.bin --checkpoint CKPT --out
/// Tests/PolicyDeepTests/Fixtures/shipped.golden.json`), when both are there.
@Suite struct ShippedGoldenTests {
    static let model = PolicyResources.modelDirectory.appendingPathComponent("opp115-deep.bin")
    static let golden = Fixtures.url("shipped.golden.json")
    static var available: Bool {
        FileManager.default.fileExists(atPath: model.path) && FileManager.default.fileExists(atPath: golden.path)
    }

    @Test(.enabled(if: available, "no shipped deep model (Resources/model/opp115-deep.bin, `make deep-model`) or no Fixtures/shipped.golden.json"))
    func shippedLogitsMatchPyTorch() throws {
        let deep = try DeepModel(contentsOf: Self.model)
        let golden = try Fixtures.golden("shipped.golden.json")
        try #require(deep.metadata.source == golden.source, "the golden file is for another checkpoint: run tools/deep/golden.py again")
        for (text, ids) in zip(golden.texts, golden.ids) {
            #expect(deep.tokenizer.encode(text) == ids, "\(text.debugDescription)")
        }
        let logits = deep.logits(golden.texts, options: InferenceOptions(threads: 2))
        let difference = Fixtures.maxDifference(logits, golden.logits)
        #expect(difference < TinyGoldenTests.tolerance, "max |Swift - PyTorch| = \(difference)")
        if let checkpoint = golden.checkpointLogits {
            // What int8 costs against the float32 checkpoint (measured 0.036 on the base model with a random head).
            #expect(Fixtures.maxDifference(logits, checkpoint) < 0.25)
        }
    }
}
