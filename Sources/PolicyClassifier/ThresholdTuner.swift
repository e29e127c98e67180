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

extension ThresholdTuner {
    /// Thresholds that maximize micro-F1 (pooled true positives, false positives and false
    /// negatives of all categories) of the full decision rule, argmax fallback included, on
    /// held-out margins. Coordinate ascent from `thresholds`: each sweep tries, per category,
    /// up to `candidateCount` cut points between its distinct margins (evenly spaced in rank)
    /// and keeps a new one only when it strictly raises micro-F1. `slopes` stay fixed (they
    /// only rank categories for the fallback). Deterministic.
    static func microF1Thresholds(
        margins: [SIMD16<Float>], truth: [UInt16], thresholds initial: [Float], slopes: [Float],
        sweeps: Int = 4, candidateCount: Int = 200
    ) -> [Float] {
        let classCount = initial.count
        var thresholds = initial
        guard !margins.isEmpty else { return thresholds }
        let candidates: [[Float]] = (0..<classCount).map { category in
            let distinct = Array(Set(margins.map { $0[category] })).sorted()
            guard distinct.count > 1 else { return [] }
            let cuts = (1..<distinct.count).map { (distinct[$0 - 1] + distinct[$0]) / 2 }
            guard cuts.count > candidateCount else { return cuts }
            return (0..<candidateCount).map { cuts[$0 * (cuts.count - 1) / (candidateCount - 1)] }
        }
        var best = microF1(margins: margins, truth: truth, thresholds: thresholds, slopes: slopes)
        for _ in 0..<sweeps {
            var improved = false
            for category in 0..<classCount {
                for candidate in candidates[category] {
                    var trial = thresholds
                    trial[category] = candidate
                    let score = microF1(margins: margins, truth: truth, thresholds: trial, slopes: slopes)
                    if score > best + 1e-12 {
                        best = score
                        thresholds = trial
                        improved = true
                    }
                }
            }
            if !improved { break }
        }
        return thresholds
    }

    /// Micro-F1 of `DecisionRule` with these thresholds and slopes on `margins` against `truth`.
    static func microF1(margins: [SIMD16<Float>], truth: [UInt16], thresholds: [Float], slopes: [Float]) -> Double {
        let masks = labelMasks(margins: margins, thresholds: thresholds, slopes: slopes)
        var truePositives = 0, errors = 0
        for (predicted, actual) in zip(masks, truth) {
            truePositives += (predicted & actual).nonzeroBitCount
            errors += (predicted ^ actual).nonzeroBitCount
        }
        return truePositives == 0 ? 0 : 2 * Double(truePositives) / Double(2 * truePositives + errors)
    }

    /// The label masks `DecisionRule` assigns to `margins`.
    static func labelMasks(margins: [SIMD16<Float>], thresholds: [Float], slopes: [Float]) -> [UInt16] {
        let rule = DecisionRule(thresholds: thresholds, slopes: slopes)
        let classCount = thresholds.count
        return margins.map { margin in
            withUnsafeBytes(of: margin) { raw in rule.labelMask(margins: raw.bindMemory(to: Float.self), classCount: classCount) }
        }
    }
}
