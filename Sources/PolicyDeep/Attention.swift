/// Multi-head self-attention over packed sequences: each sequence attends only to itself, so
/// no position is padding.
enum Attention {
    /// `qkv` holds each token's query, key and value (`3H` a row, heads side by side within
    /// each); writes each token's context (`H` a row) into `context`. `scores` has room for the
    /// longest sequence's `L x L`.
    static func run(
        qkv: UnsafePointer<Float>, context: UnsafeMutablePointer<Float>, scores: UnsafeMutablePointer<Float>,
        sequences: [Range<Int>], hidden: Int, heads: Int, gemm: Gemm
    ) {
        let size = hidden / heads
        let stride = 3 * hidden
        let scale = 1 / Float(size).squareRoot()
        for rows in sequences {
            let length = rows.count
            let base = qkv + rows.lowerBound * stride
            for head in 0 ..< heads {
                let query = base + head * size
                let key = base + hidden + head * size
                let value = base + 2 * hidden + head * size
                gemm.multiply(m: length, n: length, k: size, alpha: scale, a: query, lda: stride,
                              b: key, ldb: stride, transposeB: true, beta: 0, c: scores, ldc: length)
                LayerMath.softmax(scores, rows: length, width: length)
                gemm.multiply(m: length, n: size, k: length, a: scores, lda: length,
                              b: value, ldb: stride, transposeB: false,
                              beta: 0, c: context + rows.lowerBound * hidden + head * size, ldc: hidden)
            }
        }
    }
}
