import COpenBLAS

/// Which code multiplies matrices: OpenBLAS's `cblas_sgemm`, or the plain Swift loops it is
/// measured against.
public enum GemmBackend: String, Sendable, CaseIterable {
    case openBLAS
    case swift
}

/// `C = alpha * A * op(B) + beta * C`, row-major with leading dimensions; `op(B)` is `B` or its
/// transpose (`B` stored as `n x k`, as a PyTorch Linear weight is).
struct Gemm: Sendable {
    var backend: GemmBackend

    func multiply(
        m: Int, n: Int, k: Int, alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        if backend == .openBLAS, let sgemm = OpenBLAS.loaded?.sgemm {
            sgemm(CblasRowMajor, CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                  Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
        } else {
            SwiftGemm.multiply(m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb,
                               transposeB: transposeB, beta: beta, c: c, ldc: ldc)
        }
    }

    /// Sets OpenBLAS's own thread count (policyscope runs it on one thread and parallelises
    /// over batches itself).
    static func setOpenBLASThreads(_ count: Int) {
        OpenBLAS.loaded?.setThreads(Int32(count))
    }
}

/// OpenBLAS's functions, from the library opened on first use (nil when it cannot be: then the
/// plain Swift loops multiply, with the same results, about three times slower).
struct OpenBLAS: @unchecked Sendable {
    let sgemm: ps_cblas_sgemm_fn
    let setThreads: ps_openblas_set_num_threads_fn

    static let loaded: OpenBLAS? = {
        guard let handle = ps_openblas_open(), let sgemm = ps_openblas_sgemm(handle),
              let setThreads = ps_openblas_set_threads(handle) else { return nil }
        return OpenBLAS(sgemm: sgemm, setThreads: setThreads)
    }()
}
