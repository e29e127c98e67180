import Foundation
import TestSupport
@testable import PolicyClassifier

/// Paths and small data sets shared by the classifier tests.
enum TestData {
    /// The repository's `Resources/opp115` folder (the vendored OPP-115 CSVs).
    static let opp115Directory = TestSupport.packageRoot.appendingPathComponent("Resources/opp115", isDirectory: true)

    static func csv(_ name: String) -> URL { opp115Directory.appendingPathComponent(name) }

    static func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: csv(name).path) }

    /// A small, fast training configuration for unit tests.
    static let smallConfig = TrainerConfig(
        features: FeatureConfig(bucketBits: 14, wordNGrams: 1...2, charNGrams: 3...4), maxEpochs: 8, thresholdFolds: 2)

    /// The first `count` Majority training segments (loaded once).
    static func trainingSubset(_ count: Int) throws -> [LabeledSegment] {
        Array(try OPP115Dataset.load(from: csv("majority-train.csv")).prefix(count))
    }
}
