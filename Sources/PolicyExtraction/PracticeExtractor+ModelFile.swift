import Foundation
import PolicyClassifier

extension PracticeExtractor {
    /// An extractor over the classifier model stored at `url` (for tools that do not link the
    /// bundled resources, such as the benchmarks).
    public init(modelFile url: URL) throws {
        self.init(model: try ClassifierModel.load(from: url))
    }
}
