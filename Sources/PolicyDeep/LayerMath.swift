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
            x[i] = 0.5 * v * (1 + erff(v * inverseRoot2))
        }
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
