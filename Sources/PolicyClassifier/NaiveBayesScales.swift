import Foundation

/// NB-SVM feature scales (Wang and Manning, ACL 2012): for each category, the log-count ratio
/// `r = log((p / |p|₁) / (q / |q|₁))` with `p` (`q`) the smoothed feature sums over the rows
/// that carry (do not carry) the category. The SVM then sees `|r|`-scaled features, which
/// favours features that tell the category apart.
enum NaiveBayesScales {
    static func fit(
        matrix: SparseMatrix, labels: LabelMatrix, classCount: Int, bucketCount: Int, smoothing: Float,
        exponent: Float
    ) -> [SIMD16<Float>] {
        var positive = [SIMD16<Float>](repeating: SIMD16(repeating: smoothing), count: bucketCount)
        var negative = positive
        for row in 0..<matrix.rowCount {
            var mask = SIMD16<Float>.zero
            for category in 0..<classCount where labels.has(row: row, category: category) { mask[category] = 1 }
            let inverse = 1 - mask
            for entry in matrix.rowStarts[row]..<matrix.rowStarts[row + 1] {
                let column = Int(matrix.columns[entry])
                let value = matrix.values[entry]
                positive[column] += value * mask
                negative[column] += value * inverse
            }
        }
        let positiveTotal = positive.reduce(SIMD16<Float>.zero, +)
        let negativeTotal = negative.reduce(SIMD16<Float>.zero, +)
        return (0..<bucketCount).map { bucket in
            var scale = SIMD16<Float>(repeating: 1)
            for category in 0..<classCount {
                let ratio = (positive[bucket][category] / positiveTotal[category])
                    / (negative[bucket][category] / negativeTotal[category])
                scale[category] = pow(abs(log(ratio)), exponent)
            }
            return scale
        }
    }
}
