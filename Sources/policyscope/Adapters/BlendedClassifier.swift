import Foundation
import PolicyClassifier
import PolicyDeep
import PolicyExtraction
import PolicyResources

/// The deep path: the linear model's scores blended with the transformer's probabilities by
/// the blend parameters stored in the deep model file.
struct BlendedClassifier: SentenceClassifier {
    /// The file name of the shipped deep model inside `PolicyResources.modelDirectory`.
    static let shippedModelName = "opp115-deep.bin"

    static var shippedModelURL: URL {
        PolicyResources.modelDirectory.appendingPathComponent(shippedModelName)
    }

    let linear: ClassifierModel
    let deep: DeepModel
    let blend: DeepBlend
    /// Threads for ``predict(_:)`` (extraction: one policy's sentences).
    var threads = 1

    /// Loads the deep model (`deepPath`, default the shipped one) beside a loaded linear model.
    init(linear: ClassifierModel, deepPath: String?) throws(DeepModelError) {
        let url = deepPath.map { URL(fileURLWithPath: $0) } ?? Self.shippedModelURL
        let deep = try DeepModel(contentsOf: url)
        guard let blend = deep.metadata.blend else { throw .noBlend(file: url.path) }
        guard deep.categories == OPP115Category.allCases.map(\.rawValue) else {
            throw .badMetadata(file: url.path, reason: "its categories are not the OPP-115 categories in policyscope's order")
        }
        self.linear = linear
        self.deep = deep
        self.blend = blend
    }

    /// Blended predictions for `texts`, in order; a text the linear model finds no features in
    /// (empty, punctuation only) keeps its empty prediction.
    func predict(_ texts: [String]) -> [Prediction] {
        predict(texts, threads: threads)
    }

    /// ``predict(_:)`` on `threads` threads.
    func predict(_ texts: [String], threads: Int) -> [Prediction] {
        let fast = linear.predict(texts)
        let deepProbabilities = deep.probabilities(texts, options: InferenceOptions(threads: threads))
        return zip(fast, deepProbabilities).map { fast, probabilities in
            if fast.labels.isEmpty { return fast }
            let p = blend.probabilities(linear: fast.scores, deep: probabilities)
            // Scores on the linear model's scale (0.5: the boundary), as the extraction reads them.
            return Prediction(labels: blend.assigned(p).map(OPP115Category.init(index:)), scores: blend.scores(p))
        }
    }
}
