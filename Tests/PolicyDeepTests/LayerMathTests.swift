import Foundation
import Testing
@testable import PolicyDeep

/// The encoder's element-wise steps against their definitions.
@Suite struct LayerMathTests {
    @Test func fastErfStaysWithinAMillionthOfLibm() {
        var worst: Float = 0
        for step in -8000 ... 8000 {
            let x = Float(step) / 1000
            worst = max(worst, abs(LayerMath.erf(x) - erff(x)))
        }
        #expect(worst < 1e-6, "max |erf - erff| = \(worst)")
        #expect(LayerMath.erf(100) == 1 && LayerMath.erf(-100) == -1)
    }

    /// OpenBLAS is opened at run time (make deps installs it), so the comparison below is real.
    @Test func openBLASIsOpenedOnFirstUse() {
        #expect(OpenBLAS.loaded != nil, "libopenblas.so.0 could not be opened: the OpenBLAS backend would fall back to the plain loops")
    }

    @Test func plainSwiftGemmMatchesOpenBLAS() {
        var generator = SystemRandomNumberGenerator()
        let m = 7, n = 33, k = 19
        let a = (0 ..< m * k).map { _ in Float.random(in: -1 ... 1, using: &generator) }
        let b = (0 ..< n * k).map { _ in Float.random(in: -1 ... 1, using: &generator) }
        let start = (0 ..< m * n).map { _ in Float.random(in: -1 ... 1, using: &generator) }
        for transposeB in [true, false] {
            var results: [[Float]] = []
            for backend in GemmBackend.allCases {
                var c = start
                // Not transposed, b is read as k x n with leading dimension n.
                Gemm(backend: backend).multiply(m: m, n: n, k: k, alpha: 0.5, a: a, lda: k, b: b, ldb: transposeB ? k : n,
                                                transposeB: transposeB, beta: 1, c: &c, ldc: n)
                results.append(c)
            }
            let gap = zip(results[0], results[1]).map { abs($0 - $1) }.max() ?? 1
            #expect(gap < 1e-5)
            #expect(results[0] != start)
        }
    }
}
