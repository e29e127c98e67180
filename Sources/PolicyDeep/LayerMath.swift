import Foundation

/// The element-wise steps of the encoder, over contiguous row-major buffers.
enum LayerMath {
    /// Each of `rows` rows of `width`: `(x - mean) / sqrt(var + eps) * gamma + beta`, in place.
    static func layerNorm(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int,
                          gamma: UnsafePointer<Float>, beta: UnsafePointer<Float>, eps: Float) {
        for r in 0 ..< rows {
            let row = x + r * width
            var mean: Float = 0
            for i in 0 ..< width { mean += row[i] }
            mean /= Float(width)
            var variance: Float = 0
            for i in 0 ..< width {
                let d = row[i] - mean
                variance += d * d
            }
            let inverse = 1 / (variance / Float(width) + eps).squareRoot()
            for i in 0 ..< width { row[i] = (row[i] - mean) * inverse * gamma[i] + beta[i] }
        }
    }

    /// GELU in its exact (erf) form, as Hugging Face's `gelu`, in place.
    static func gelu(_ x: UnsafeMutablePointer<Float>, count: Int) {
        let inverseRoot2: Float = 0.70710678118654752440
        for i in 0 ..< count {
            let v = x[i]
            x[i] = 0.5 * v * (1 + erf(v * inverseRoot2))
        }
    }

    /// erf as a rational function of x on [-4, 4] (odd degree-13 numerator, even degree-8
    /// denominator: Eigen's float `erf`), within 1e-6 of libm's `erff` (tested) and, unlike a
    /// libm call, vectorised by the compiler; beyond ±4, erf is ±1 in float32.
    @inline(__always)
    static func erf(_ value: Float) -> Float {
        let x = min(max(value, -4), 4)
        let x2 = x * x
        var p: Float = -2.72614225801306e-10
        p = p * x2 + 2.77068142495902e-08
        p = p * x2 - 2.10102402082508e-06
        p = p * x2 - 5.69250639462346e-05
        p = p * x2 - 7.34990630326855e-04
        p = p * x2 - 2.95459980854025e-03
        p = p * x2 - 1.60960333262415e-02
        var q: Float = -1.45660718464996e-05
        q = q * x2 - 2.13374055278905e-04
        q = q * x2 - 1.68282697438203e-03
        q = q * x2 - 7.37332916720468e-03
        q = q * x2 - 1.42647390514189e-02
        return x * p / q
    }

    /// Softmax of each of `rows` rows of `width`, in place.
    static func softmax(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int) {
        for r in 0 ..< rows {
            let row = x + r * width
            var peak = -Float.infinity
            for i in 0 ..< width { peak = max(peak, row[i]) }
            var total: Float = 0
            for i in 0 ..< width {
                let e = expf(row[i] - peak)
                row[i] = e
                total += e
            }
            let inverse = 1 / total
            for i in 0 ..< width { row[i] *= inverse }
        }
    }

    /// `rows x width` rows each set to `bias` (the start of a product accumulated with beta 1).
    static func fillRows(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, with bias: UnsafePointer<Float>) {
        for r in 0 ..< rows { (x + r * width).update(from: bias, count: width) }
    }

    /// `x += y`, element-wise.
    static func add(_ x: UnsafeMutablePointer<Float>, _ y: UnsafePointer<Float>, count: Int) {
        for i in 0 ..< count { x[i] += y[i] }
    }
}
