import Foundation
import PolicyModel

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
            let (margins, folds) = outOfFoldMargins(matrix: matrix, labels: labels, progress: progress, elapsed: elapsed)
            for objective in ThresholdObjective.allCases {
                let evaluation = crossFittedEvaluation(margins: margins, labels: labels, folds: folds, objective: objective)
                progress(String(
                    format: "train CV, %@ thresholds: micro-F1 %.4f, macro-F1 %.4f", objective.rawValue,
                    evaluation.microF1, evaluation.macroF1))
            }
            (thresholds, slopes) = tuneDecision(margins: margins, labels: labels, objective: config.thresholdObjective)
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

    /// Per-category thresholds and slopes tuned on held-out `margins`: F1-optimal thresholds
    /// per category (shrunk toward 0 by `thresholdShrinkage`), logistic slopes fitted at them,
    /// then, for `.microF1`, the thresholds re-tuned jointly for micro-F1.
    func tuneDecision(
        margins: [SIMD16<Float>], labels: LabelMatrix, objective: ThresholdObjective
    ) -> (thresholds: [Float], slopes: [Float]) {
        let classCount = OPP115Category.allCases.count
        var thresholds = [Float](repeating: 0, count: classCount)
        var slopes = [Float](repeating: 2, count: classCount)
        for category in 0..<classCount {
            let column = margins.map { $0[category] }
            let truth = (0..<labels.rowCount).map { labels.has(row: $0, category: category) }
            let tuned = ThresholdTuner.bestThreshold(margins: column, truth: truth)
            thresholds[category] = tuned * Float(1 - config.thresholdShrinkage)
            slopes[category] = ThresholdTuner.fitSlope(margins: column, truth: truth, threshold: thresholds[category])
        }
        if objective == .microF1 {
            thresholds = ThresholdTuner.microF1Thresholds(
                margins: margins, truth: labels.masks, thresholds: thresholds, slopes: slopes)
        }
        return (thresholds, slopes)
    }

    /// An honest estimate of the tuned decision rule: for each fold, thresholds are tuned on the
    /// out-of-fold margins of the other folds and applied to this fold's margins.
    func crossFittedEvaluation(
        margins: [SIMD16<Float>], labels: LabelMatrix, folds: [Int], objective: ThresholdObjective
    ) -> Evaluation {
        var predicted = [UInt16](repeating: 0, count: margins.count)
        for fold in Set(folds).sorted() {
            let tuneRows = folds.indices.filter { folds[$0] != fold }
            let testRows = folds.indices.filter { folds[$0] == fold }
            let (thresholds, slopes) = tuneDecision(
                margins: tuneRows.map { margins[$0] }, labels: labels.rows(tuneRows), objective: objective)
            let masks = ThresholdTuner.labelMasks(
                margins: testRows.map { margins[$0] }, thresholds: thresholds, slopes: slopes)
            for (row, mask) in zip(testRows, masks) { predicted[row] = mask }
        }
        return Evaluation(truthMasks: labels.masks, predictedMasks: predicted)
    }

    /// Margins of every training row from a model that did not see it (k-fold), and each row's fold.
    private func outOfFoldMargins(
        matrix: SparseMatrix, labels: LabelMatrix, progress: (String) -> Void, elapsed: () -> String
    ) -> (margins: [SIMD16<Float>], folds: [Int]) {
        let rows = matrix.rowCount
        let folds = min(config.thresholdFolds, rows)
        var order = Array(0..<rows)
        var random = SplitMix64(seed: config.seed ^ 0xF01D)
        random.shuffle(&order)
        var margins = [SIMD16<Float>](repeating: .zero, count: rows)
        var foldOfRow = [Int](repeating: 0, count: rows)
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
                foldOfRow[row] = fold
            }
            progress("fold \(fold + 1)/\(folds): \(solution.epochs) epochs, \(elapsed())")
        }
        return (margins, foldOfRow)
    }
}
