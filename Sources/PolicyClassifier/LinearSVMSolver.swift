import PolicyModel

/// One-vs-rest linear SVMs (L2-regularized, squared hinge loss) for all categories at once,
/// trained by dual coordinate descent (Hsieh et al., ICML 2008, as in LIBLINEAR's solver 1).
///
/// The weights of all categories for one bucket sit together in one `SIMD16<Float>`, so a
/// pass over one training row updates every category with a few vector operations. Rows are
/// visited in a seeded random order; a category stops updating once its projected-gradient
/// spread is below `tolerance`. With the same inputs the result is bit-for-bit the same.
struct LinearSVMSolver: Sendable {
    /// Penalty of a training error (LIBLINEAR's `C`).
    var cost: Double
    /// Scale positives and negatives of each category by `n / (2 * count)`.
    var balancedClassWeights: Bool
    var maxEpochs: Int
    var tolerance: Double
    var seed: UInt64
    /// The constant feature that carries the intercept (LIBLINEAR's `-B`).
    var biasFeature: Float = 1

    static let maxClasses = 16

    /// The trained weights: `weights[bucket][category]` and `bias[category]`.
    struct Solution: Sendable {
        var weights: [SIMD16<Float>]
        var bias: SIMD16<Float>
        var epochs: Int
    }

    /// Per-bucket, per-category feature scales (for NB-weighted features), or nil for none.
    /// The returned weights already include the scales.
    func solve(
        matrix: SparseMatrix, labels: LabelMatrix, classCount: Int, bucketCount: Int,
        featureScales: [SIMD16<Float>]? = nil
    ) -> Solution {
        let scales = featureScales ?? [SIMD16<Float>](repeating: SIMD16(repeating: 1), count: bucketCount)
        precondition(classCount <= Self.maxClasses && labels.rowCount == matrix.rowCount)
        let rows = matrix.rowCount
        var weights = [SIMD16<Float>](repeating: .zero, count: bucketCount)
        var bias = SIMD16<Float>.zero
        guard rows > 0 else { return Solution(weights: weights, bias: bias, epochs: 0) }

        // Per-category cost of a positive and of a negative row.
        let positives = labels.positiveCounts()
        var positiveCost = SIMD16<Float>(repeating: 1), negativeCost = SIMD16<Float>(repeating: 1)
        for category in 0..<classCount {
            var positiveWeight = 1.0, negativeWeight = 1.0
            if balancedClassWeights {
                let count = Double(positives[category])
                positiveWeight = count > 0 ? Double(rows) / (2 * count) : 1
                negativeWeight = count < Double(rows) ? Double(rows) / (2 * (Double(rows) - count)) : 1
            }
            positiveCost[category] = Float(cost * positiveWeight)
            negativeCost[category] = Float(cost * negativeWeight)
        }

        // Per row: label signs, the diagonal term 1 / (2 C_i) and Q_ii = |x_i|^2 + B^2 + D_ii.
        var signs = [SIMD16<Float>](repeating: .zero, count: rows)
        var diagonal = [SIMD16<Float>](repeating: .zero, count: rows)
        var curvature = [SIMD16<Float>](repeating: .zero, count: rows)
        for row in 0..<rows {
            var squaredNorm = SIMD16<Float>(repeating: biasFeature * biasFeature)
            for entry in matrix.rowStarts[row]..<matrix.rowStarts[row + 1] {
                let scaled = matrix.values[entry] * scales[Int(matrix.columns[entry])]
                squaredNorm += scaled * scaled
            }
            var sign = SIMD16<Float>(repeating: -1)
            for category in 0..<classCount where labels.has(row: row, category: category) { sign[category] = 1 }
            let rowCost = sign .> 0
            var costs = negativeCost
            costs.replace(with: positiveCost, where: rowCost)
            signs[row] = sign
            diagonal[row] = 0.5 / costs
            curvature[row] = diagonal[row] + squaredNorm
        }

        var active = SIMDMask<SIMD16<Int32>>(repeating: false)
        for category in 0..<classCount { active[category] = true }
        var alpha = [SIMD16<Float>](repeating: .zero, count: rows)
        var order = Array(0..<rows)
        var random = SplitMix64(seed: seed)
        let tolerance = Float(self.tolerance)
        var epoch = 0

        matrix.columns.withUnsafeBufferPointer { columns in
            matrix.values.withUnsafeBufferPointer { values in
                scales.withUnsafeBufferPointer { scales in
                weights.withUnsafeMutableBufferPointer { weights in
                    while epoch < maxEpochs, any(active) {
                        epoch += 1
                        random.shuffle(&order)
                        var maxGradient = SIMD16<Float>(repeating: -.infinity)
                        var minGradient = SIMD16<Float>(repeating: .infinity)
                        for row in order {
                            let start = matrix.rowStarts[row], end = matrix.rowStarts[row + 1]
                            var margin = bias * biasFeature
                            for entry in start..<end {
                                let column = Int(columns[entry])
                                margin += values[entry] * (scales[column] * weights[column])
                            }
                            let sign = signs[row]
                            let oldAlpha = alpha[row]
                            let gradient = sign * margin - 1 + diagonal[row] * oldAlpha
                            var projected = gradient
                            projected.replace(
                                with: pointwiseMin(gradient, .zero), where: oldAlpha .== .zero)
                            maxGradient = pointwiseMax(maxGradient, projected)
                            minGradient = pointwiseMin(minGradient, projected)
                            var newAlpha = pointwiseMax(oldAlpha - gradient / curvature[row], .zero)
                            newAlpha.replace(with: oldAlpha, where: .!active)
                            let step = (newAlpha - oldAlpha) * sign
                            guard any(step .!= .zero) else { continue }
                            alpha[row] = newAlpha
                            bias += step * biasFeature
                            for entry in start..<end {
                                let column = Int(columns[entry])
                                weights[column] += values[entry] * (scales[column] * step)
                            }
                        }
                        let converged = (maxGradient - minGradient) .<= tolerance
                        active = active .& .!converged
                    }
                }
                }
            }
        }
        if featureScales != nil {
            for bucket in 0..<bucketCount { weights[bucket] *= scales[bucket] }
        }
        return Solution(weights: weights, bias: bias, epochs: epoch)
    }
}
