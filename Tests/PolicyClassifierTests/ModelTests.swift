import Foundation
import Testing
@testable import PolicyClassifier

@Suite("Training, evaluation and the model file",
       .enabled(if: TestData.exists("majority-train.csv"), "vendored Resources/opp115 CSVs are missing"))
struct ModelTests {
    @Test("training twice on the same data gives identical bytes")
    func deterministic() throws {
        let segments = try TestData.trainingSubset(150)
        let first = try Trainer(config: TestData.smallConfig).train(on: segments)
        let second = try Trainer(config: TestData.smallConfig).train(on: segments)
        #expect(first.serialized() == second.serialized())

        var reseeded = TestData.smallConfig
        reseeded.seed = 7
        #expect(try Trainer(config: reseeded).train(on: segments).serialized() != first.serialized())
    }

    @Test("save and load round-trip bytes and predictions")
    func roundTrip() throws {
        let segments = try TestData.trainingSubset(100)
        let model = try Trainer(config: TestData.smallConfig).train(on: segments)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("clf-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.save(to: url)
        let loaded = try ClassifierModel.load(from: url)
        #expect(loaded.serialized() == model.serialized())
        #expect(loaded.config == model.config)
        let texts = segments.prefix(40).map(\.text)
        #expect(loaded.predict(texts) == model.predict(texts))
    }

    @Test("a small model fits its training data and scores stay in 0...1")
    func learns() throws {
        let segments = try TestData.trainingSubset(150)
        var config = TestData.smallConfig
        config.thresholdFolds = 0  // untuned thresholds: in-sample fit only measures the SVMs
        let model = try Trainer(config: config).train(on: segments)
        let evaluation = model.evaluate(on: segments)
        #expect(evaluation.microF1 > 0.9, "training-set micro-F1 \(evaluation.microF1)")
        for prediction in model.predict(segments.prefix(50).map(\.text)) {
            #expect(!prediction.labels.isEmpty)
            #expect(prediction.scores.allSatisfy { (0...1).contains($0) })
            #expect(prediction.labels.allSatisfy { prediction.score(for: $0) >= 0.5 } || prediction.labels.count == 1)
        }
        #expect(model.predict("").labels.isEmpty)
        #expect(model.predict("!!! ...").scores.allSatisfy { $0 == 0 })
    }

    @Test("damaged files are rejected with the matching error")
    func damagedFiles() throws {
        let model = try Trainer(config: TestData.smallConfig).train(on: try TestData.trainingSubset(60))
        let good = model.serialized()
        #expect(throws: ClassifierError.badMagic(path: "m")) {
            try ModelFileFormat.decode(Array("NOTAMODEL-AT-ALL".utf8), path: "m")
        }
        var newer = good
        newer[8] = 9
        #expect(throws: ClassifierError.unsupportedVersion(path: "m", found: 9, supported: ClassifierModel.formatVersion)) {
            try ModelFileFormat.decode(newer, path: "m")
        }
        var flipped = good
        flipped[good.count / 2] ^= 0x40
        #expect(throws: ClassifierError.corruptModel(path: "m", reason: "checksum mismatch")) {
            try ModelFileFormat.decode(flipped, path: "m")
        }
        #expect(throws: ClassifierError.self) { try ModelFileFormat.decode(Array(good.prefix(40)), path: "m") }
        #expect(throws: ClassifierError.fileNotReadable(path: "/nonexistent/m.bin", reason: "no such file")) {
            try ClassifierModel.load(from: URL(fileURLWithPath: "/nonexistent/m.bin"))
        }
    }

    @Test("a version 1 file (no head block) still loads and predicts as it did")
    func versionOneFiles() throws {
        var config = TestData.smallConfig
        config.features.headWords = 0
        let segments = try TestData.trainingSubset(80)
        let model = try Trainer(config: config).train(on: segments)
        // Version 1 is version 2 without the head fields (8 bytes after the block weights).
        var bytes = model.serialized()
        bytes[8] = 1
        let names = OPP115Category.allCases.reduce(0) { $0 + 2 + $1.rawValue.utf8.count }
        let headFields = 8 + 4 + 4 + names + 20 + 8 + 8
        bytes.removeSubrange(headFields..<(headFields + 8))
        bytes.removeLast(8)
        let sum = ModelFileFormat.checksum(bytes[...])
        bytes += (0..<8).map { UInt8(truncatingIfNeeded: sum >> (8 * UInt64($0))) }

        let loaded = try ModelFileFormat.decode(bytes, path: "v1")
        #expect(loaded.config.headWords == 0)
        let texts = segments.prefix(30).map(\.text)
        #expect(loaded.predict(texts) == model.predict(texts))
        #expect(loaded.serialized() == model.serialized())  // rewritten as version 2
    }

    @Test("training rejects empty data and bad settings")
    func badTraining() {
        #expect(throws: ClassifierError.invalidTrainingData(reason: "no training segments")) {
            try Trainer().train(on: [])
        }
        var config = TestData.smallConfig
        config.features.bucketBits = 40
        #expect(throws: ClassifierError.self) {
            try Trainer(config: config).train(on: [LabeledSegment(text: "a", labels: [.doNotTrack])])
        }
        config = TestData.smallConfig
        config.features.headWords = 1000
        #expect(throws: ClassifierError.invalidTrainingData(reason: "head words must be in 0...64, not 1000")) {
            try Trainer(config: config).train(on: [LabeledSegment(text: "a", labels: [.doNotTrack])])
        }
    }
}

@Suite("Evaluation arithmetic")
struct EvaluationTests {
    @Test("per-class, micro and macro scores match hand counts")
    func counts() {
        let truth: [Set<OPP115Category>] = [[.dataRetention], [.dataRetention, .doNotTrack], [.policyChange]]
        let predicted: [Set<OPP115Category>] = [[.dataRetention], [.doNotTrack], [.dataRetention]]
        let evaluation = Evaluation(truth: truth, predicted: predicted)
        let retention = evaluation.scores(for: .dataRetention)
        #expect(retention.truePositives == 1 && retention.falsePositives == 1 && retention.falseNegatives == 1)
        #expect(retention.precision == 0.5 && retention.recall == 0.5 && retention.f1 == 0.5)
        #expect(evaluation.scores(for: .doNotTrack).f1 == 1)
        #expect(evaluation.scores(for: .policyChange).f1 == 0)
        // Pooled: tp 2, fp 1, fn 2 -> 4 / 7.
        #expect(abs(evaluation.microF1 - 4.0 / 7.0) < 1e-12)
        // Categories never seen nor predicted count as F1 0 (sklearn's zero_division=0).
        #expect(abs(evaluation.macroF1 - 1.5 / 12.0) < 1e-12)
    }
}

@Suite("Threshold tuning")
struct ThresholdTuningTests {
    /// Margins of three categories on a few rows, with truth masks.
    static let margins: [SIMD16<Float>] = [
        [0.9, -0.2, -0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [0.1, 0.3, -0.9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [-0.3, 0.2, 0.4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [-0.1, -0.4, -0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [0.4, 0.35, -0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [-0.6, -0.05, 0.15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]
    static let truth: [UInt16] = [0b001, 0b011, 0b100, 0b100, 0b001, 0b110]

    @Test("joint micro-F1 thresholds never score below their starting point, deterministically")
    func microF1NeverWorse() {
        let start: [Float] = [0, 0, 0]
        let slopes: [Float] = [2, 2, 2]
        let tuned = ThresholdTuner.microF1Thresholds(
            margins: Self.margins, truth: Self.truth, thresholds: start, slopes: slopes)
        let before = ThresholdTuner.microF1(margins: Self.margins, truth: Self.truth, thresholds: start, slopes: slopes)
        let after = ThresholdTuner.microF1(margins: Self.margins, truth: Self.truth, thresholds: tuned, slopes: slopes)
        #expect(after >= before)
        #expect(after > 0.8, "micro-F1 \(after) with thresholds \(tuned)")
        #expect(tuned == ThresholdTuner.microF1Thresholds(
            margins: Self.margins, truth: Self.truth, thresholds: start, slopes: slopes))
    }

    @Test("micro-F1 of the decision rule counts the argmax fallback")
    func microF1CountsFallback() {
        // Nothing reaches a threshold of 5, so each row gets its best category only.
        let high: [Float] = [5, 5, 5]
        let masks = ThresholdTuner.labelMasks(margins: Self.margins, thresholds: high, slopes: [1, 1, 1])
        #expect(masks == [0b001, 0b010, 0b100, 0b001, 0b001, 0b100])
        // 5 true positives, 1 false positive (row 3), 3 missed labels (rows 1, 3, 5): 2·5 / (2·5 + 1 + 3).
        let score = ThresholdTuner.microF1(margins: Self.margins, truth: Self.truth, thresholds: high, slopes: [1, 1, 1])
        #expect(abs(score - 10.0 / 14.0) < 1e-12)
    }
}

/// Found by the `model` fuzz target: a model file with a NaN parameter loaded, and its NaN
/// scores trapped in `classify`'s JSON.
@Suite("Damaged model parameters")
struct ModelNumberTests {
    static func file(bias: Float = 0, idf: Float = 1) -> [UInt8] {
        let config = FeatureConfig(bucketBits: 8)
        let classes = OPP115Category.allCases.count
        var weights = [SIMD16<Float>](repeating: .zero, count: config.bucketCount)
        weights[0][0] = 1
        var biases = [Float](repeating: 0, count: classes)
        biases[3] = bias
        let model = ClassifierModel(
            config: config, idf: [Float](repeating: idf, count: config.bucketCount), weights: weights, bias: biases,
            thresholds: [Float](repeating: 0, count: classes), slopes: [Float](repeating: 1, count: classes))
        return ModelFileFormat.encode(model)
    }

    @Test func nonFiniteNumbersAreACorruptModel() throws {
        #expect(throws: Never.self) { try ModelFileFormat.decode(Self.file(), path: "m.bin") }
        for (bad, reason) in [(Self.file(bias: .nan), "a class parameter"), (Self.file(idf: .infinity), "an IDF weight")] {
            let error = #expect(throws: ClassifierError.self) { try ModelFileFormat.decode(bad, path: "m.bin") }
            #expect(error?.description == "m.bin is a corrupt model file: \(reason) is not a finite number")
        }
    }

    @Test func anOverflowedMarginScoresZeroNotNaN() {
        let rule = DecisionRule(thresholds: [0], slopes: [0])
        #expect(rule.score(.infinity, category: 0) == 0)
        #expect(DecisionRule(thresholds: [0], slopes: [1]).score(0, category: 0) == 0.5)
    }
}
