import Foundation
import PolicyClassifier
import PolicyResources

/// `classify` input lines: each line becomes a segment, a prediction with finite scores in
/// 0...1 whose labels are in category order, and one JSON line that parses back.
enum ClassifyFuzz {
    static let model: ClassifierModel = {
        let url = PolicyResources.modelDirectory.appendingPathComponent("opp115-linear.bin")
        do { return try ClassifierModel.load(from: url) } catch { fatalError("the shipped model does not load: \(error)") }
    }()
    /// One scratch: libFuzzer calls the target from one thread.
    nonisolated(unsafe) static let scratch = FeatureScratch()

    static func run(_ bytes: [UInt8]) {
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).prefix(8) {
            check(model.predict(SegmentLine.text(of: String(line)), using: scratch))
        }
    }

    /// Checks one prediction and the JSON line `classify` writes for it.
    static func check(_ prediction: Prediction) {
        require(prediction.scores.allSatisfy { $0.isFinite && (0...1).contains($0) }, "scores \(prediction.scores)")
        let order = prediction.labels.map(\.index)
        require(order == order.sorted() && Set(order).count == order.count, "labels \(prediction.labels)")
        var json: [UInt8] = []
        PredictionJSON.append(prediction, to: &json)
        require((try? JSONSerialization.jsonObject(with: Data(json))) is [String: Any], "not JSON: \(String(decoding: json, as: UTF8.self))")
    }
}
