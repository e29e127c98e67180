import Foundation

/// Trains a `ClassifierModel` from labeled segments.
///
/// Steps: fit IDF over the training texts; featurize; estimate out-of-fold margins by k-fold
/// cross-validation on the training data and tune per-category thresholds and score slopes on
/// them; train the final SVMs on all the data; quantize. Deterministic: the same segments and
/// config give the same model bytes.
public struct Trainer: Sendable {
    public var config: TrainerConfig

    public init(config: TrainerConfig = TrainerConfig()) {
        self.config = config
    }

    /// Trains on `segments`; `progress` receives one human-readable line per step.
    public func train(
        on segments: [LabeledSegment], progress: (String) -> Void = { _ in }
    ) throws(ClassifierError) -> ClassifierModel {
        try config.features.validate()
        guard !segments.isEmpty else { throw .invalidTrainingData(reason: "no training segments") }
        guard config.cost > 0, config.maxEpochs > 0, config.tolerance > 0 else {
            throw .invalidTrainingData(reason: "cost, max epochs and tolerance must be positive")
        }
        let classCount = OPP115Category.allCases.count
        let extractor = FeatureExtractor(config: config.features)
        let texts = segments.map(\.text)
        let labels = LabelMatrix(segments.map(\.labels))
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> String {
            let duration = clock.now - start
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return String(format: "%.1fs", seconds)
        }

        let idf = InverseDocumentFrequency.fit(texts: texts, extractor: extractor)
        let matrix = SparseMatrix(texts: texts, extractor: extractor, idf: idf)
        progress("featurized \(segments.count) segments (\(matrix.values.count) nonzeros) in \(elapsed())")

        var thresholds = [Float](repeating: 0, count: classCount)
        var slopes = [Float](repeating: 2, count: classCount)
        if config.thresholdFolds >= 2 {
            let margins = outOfFoldMargins(matrix: matrix, labels: labels, progress: progress, elapsed: elapsed)
            for category in 0..<classCount {
                let column = margins.map { $0[category] }
                let truth = (0..<labels.rowCount).map { labels.has(row: $0, category: category) }
                let tuned = ThresholdTuner.bestThreshold(margins: column, truth: truth)
                thresholds[category] = tuned * Float(1 - config.thresholdShrinkage)
                slopes[category] = ThresholdTuner.fitSlope(margins: column, truth: truth, threshold: thresholds[category])
            }
            progress("tuned thresholds: " + thresholds.map { String(format: "%.3f", $0) }.joined(separator: " "))
        }

        let solution = solve(matrix: matrix, labels: labels, seedOffset: 0)
        progress("trained final model (\(solution.epochs) epochs) in \(elapsed())")
        return ClassifierModel(
            config: config.features, idf: idf, weights: solution.weights,
            bias: (0..<classCount).map { solution.bias[$0] }, thresholds: thresholds, slopes: slopes)
    }

    /// Trains the SVMs of all categories on `matrix` (with NB scales fitted on it when enabled).
    private func solve(matrix: SparseMatrix, labels: LabelMatrix, seedOffset: UInt64) -> LinearSVMSolver.Solution {
        let classCount = OPP115Category.allCases.count
        let buckets = config.features.bucketCount
        let solver = LinearSVMSolver(
            cost: config.cost, balancedClassWeights: config.balancedClassWeights, maxEpochs: config.maxEpochs,
            tolerance: config.tolerance, seed: config.seed &+ seedOffset)
        var scales: [SIMD16<Float>]?
        if config.naiveBayesSmoothing > 0 {
            scales = NaiveBayesScales.fit(
                matrix: matrix, labels: labels, classCount: classCount, bucketCount: buckets,
                smoothing: Float(config.naiveBayesSmoothing), exponent: Float(config.naiveBayesExponent))
        }
        return solver.solve(
            matrix: matrix, labels: labels, classCount: classCount, bucketCount: buckets, featureScales: scales)
    }

    /// Margins of every training row from a model that did not see it (k-fold).
    private func outOfFoldMargins(
        matrix: SparseMatrix, labels: LabelMatrix, progress: (String) -> Void, elapsed: () -> String
    ) -> [SIMD16<Float>] {
        let rows = matrix.rowCount
        let folds = min(config.thresholdFolds, rows)
        var order = Array(0..<rows)
        var random = SplitMix64(seed: config.seed ^ 0xF01D)
        random.shuffle(&order)
        var margins = [SIMD16<Float>](repeating: .zero, count: rows)
        for fold in 0..<folds {
            let heldOut = order.enumerated().filter { $0.offset % folds == fold }.map(\.element).sorted()
            let heldOutSet = Set(heldOut)
            let kept = (0..<rows).filter { !heldOutSet.contains($0) }
            let solution = solve(matrix: matrix.rows(kept), labels: labels.rows(kept), seedOffset: UInt64(fold + 1))
            for row in heldOut {
                var margin = solution.bias
                for entry in matrix.rowStarts[row]..<matrix.rowStarts[row + 1] {
                    margin += matrix.values[entry] * solution.weights[Int(matrix.columns[entry])]
                }
                margins[row] = margin
            }
            progress("fold \(fold + 1)/\(folds): \(solution.epochs) epochs, \(elapsed())")
        }
        return margins
    }
}
