import Foundation

/// Picks, for one category, the margin threshold that maximizes F1 on held-out margins, and
/// fits the slope of the logistic map from margin to probability-like score.
enum ThresholdTuner {
    /// The F1-maximizing threshold: the midpoint between the lowest margin predicted positive
    /// and the next one. Ties in F1 go to the threshold closest to 0. 0 when there are no
    /// positives.
    static func bestThreshold(margins: [Float], truth: [Bool]) -> Float {
        let positives = truth.filter { $0 }.count
        guard positives > 0, margins.count > 1 else { return 0 }
        let order = margins.indices.sorted { margins[$0] > margins[$1] || (margins[$0] == margins[$1] && $0 < $1) }
        var truePositives = 0
        var bestF1 = -1.0
        var bestThreshold: Float = 0
        for (rank, row) in order.enumerated() {
            if truth[row] { truePositives += 1 }
            let next = rank + 1 < order.count ? margins[order[rank + 1]] : margins[row] - 1
            guard next < margins[row] else { continue }  // cut only between distinct margins
            let predicted = rank + 1
            let f1 = 2 * Double(truePositives) / Double(predicted + positives)
            let threshold = (margins[row] + next) / 2
            if f1 > bestF1 + 1e-12 || (abs(f1 - bestF1) <= 1e-12 && abs(threshold) < abs(bestThreshold)) {
                bestF1 = f1
                bestThreshold = threshold
            }
        }
        return bestThreshold
    }

    /// The slope `a` minimizing the log loss of `1 / (1 + exp(-a (margin - threshold)))`
    /// against `truth` (Newton's method on a convex 1-D problem), kept within 0.25...50.
    static func fitSlope(margins: [Float], truth: [Bool], threshold: Float) -> Float {
        let shifted = margins.map { Double($0 - threshold) }
        let signs = truth.map { $0 ? 1.0 : -1.0 }
        var slope = 2.0
        for _ in 0..<50 {
            var gradient = 0.0, curvature = 0.0
            for (z, y) in zip(shifted, signs) {
                let p = 1 / (1 + exp(y * slope * z))  // sigma(-y a z)
                gradient -= y * z * p
                curvature += z * z * p * (1 - p)
            }
            guard curvature > 1e-12 else { break }
            let next = min(50, max(0.25, slope - gradient / curvature))
            if abs(next - slope) < 1e-9 { break }
            slope = next
        }
        return Float(slope)
    }
}
