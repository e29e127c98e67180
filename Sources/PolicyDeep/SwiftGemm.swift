/// Matrix products in plain Swift (SIMD8 dot products, vectorised row updates): the yardstick
/// for OpenBLAS, and a fallback that needs no library.
enum SwiftGemm {
    static func multiply(
        m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        for i in 0 ..< m {
            let row = c + i * ldc
            if beta == 0 {
                row.update(repeating: 0, count: n)
            } else if beta != 1 {
                for j in 0 ..< n { row[j] *= beta }
            }
            let left = a + i * lda
            if transposeB {
                for j in 0 ..< n { row[j] += alpha * dot(left, b + j * ldb, k) }
            } else {
                for p in 0 ..< k {
                    let factor = alpha * left[p]
                    let source = b + p * ldb
                    for j in 0 ..< n { row[j] += factor * source[j] }
                }
            }
        }
    }

    private static func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ count: Int) -> Float {
        let rawX = UnsafeRawPointer(x), rawY = UnsafeRawPointer(y)
        var sum = SIMD8<Float>()
        var index = 0
        while index + 8 <= count {
            sum += rawX.loadUnaligned(fromByteOffset: index * 4, as: SIMD8<Float>.self)
                * rawY.loadUnaligned(fromByteOffset: index * 4, as: SIMD8<Float>.self)
            index += 8
        }
        var total = sum.sum()
        while index < count {
            total += x[index] * y[index]
            index += 1
        }
        return total
    }
}
