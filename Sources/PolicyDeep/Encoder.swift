/// The BERT encoder's forward pass over a packed batch (sequences laid end to end, no
/// padding), mean pooling over each sequence and the classification head: one row of logits
/// per sequence.
struct Encoder: Sendable {
    let weights: EncoderWeights

    func logits(_ sequences: [[Int32]], gemm: Gemm) -> [[Float]] {
        let c = weights.config
        let h = c.hidden, wide = c.intermediate
        var ranges: [Range<Int>] = []
        var total = 0
        for sequence in sequences {
            ranges.append(total ..< total + sequence.count)
            total += sequence.count
        }
        let longest = sequences.map(\.count).max() ?? 0
        guard total > 0 else { return sequences.map { _ in [Float](repeating: 0, count: weights.classes) } }

        var x = [Float](repeating: 0, count: total * h)
        var qkv = [Float](repeating: 0, count: total * 3 * h)
        var context = [Float](repeating: 0, count: total * h)
        var sum = [Float](repeating: 0, count: total * h)
        var inner = [Float](repeating: 0, count: total * wide)
        var scores = [Float](repeating: 0, count: longest * longest)

        x.withUnsafeMutableBufferPointer { x in
            embed(sequences, into: x.baseAddress!)
            for layer in weights.layers {
                qkv.withUnsafeMutableBufferPointer { qkv in
                    context.withUnsafeMutableBufferPointer { context in
                        sum.withUnsafeMutableBufferPointer { sum in
                            inner.withUnsafeMutableBufferPointer { inner in
                                scores.withUnsafeMutableBufferPointer { scores in
                                    run(layer, tokens: total, sequences: ranges, x: x.baseAddress!, qkv: qkv.baseAddress!,
                                        context: context.baseAddress!, sum: sum.baseAddress!, inner: inner.baseAddress!,
                                        scores: scores.baseAddress!, gemm: gemm)
                                }
                            }
                        }
                    }
                }
            }
        }
        return ranges.map { pooledLogits(x, rows: $0) }
    }

    /// Word + position + token type 0 embeddings, then LayerNorm.
    private func embed(_ sequences: [[Int32]], into x: UnsafeMutablePointer<Float>) {
        let h = weights.config.hidden
        var row = 0
        weights.wordEmbeddings.withUnsafeBufferPointer { words in
            weights.positionEmbeddings.withUnsafeBufferPointer { positions in
                for sequence in sequences {
                    for (position, id) in sequence.enumerated() {
                        let target = x + row * h
                        let word = words.baseAddress! + Int(id) * h
                        let place = positions.baseAddress! + position * h
                        for i in 0 ..< h { target[i] = word[i] + place[i] + weights.tokenTypeEmbedding[i] }
                        row += 1
                    }
                }
            }
        }
        LayerMath.layerNorm(x, rows: row, width: h, gamma: weights.embeddingNormGamma, beta: weights.embeddingNormBeta,
                            eps: weights.config.layerNormEps)
    }

    /// One layer: attention, projection, residual + LayerNorm, feed-forward with GELU, residual + LayerNorm.
    private func run(
        _ layer: LayerWeights, tokens: Int, sequences: [Range<Int>], x: UnsafeMutablePointer<Float>,
        qkv: UnsafeMutablePointer<Float>, context: UnsafeMutablePointer<Float>, sum: UnsafeMutablePointer<Float>,
        inner: UnsafeMutablePointer<Float>, scores: UnsafeMutablePointer<Float>, gemm: Gemm
    ) {
        let c = weights.config
        let h = c.hidden, wide = c.intermediate
        LayerMath.fillRows(qkv, rows: tokens, width: 3 * h, with: layer.qkvBias)
        gemm.multiply(m: tokens, n: 3 * h, k: h, a: x, lda: h, b: layer.qkv, ldb: h, transposeB: true, beta: 1, c: qkv, ldc: 3 * h)
        Attention.run(qkv: qkv, context: context, scores: scores, sequences: sequences, hidden: h, heads: c.heads, gemm: gemm)

        sum.update(from: x, count: tokens * h)
        LayerMath.fillRows(x, rows: tokens, width: h, with: layer.attentionOutputBias)
        gemm.multiply(m: tokens, n: h, k: h, a: context, lda: h, b: layer.attentionOutput, ldb: h, transposeB: true, beta: 1, c: x, ldc: h)
        LayerMath.add(x, sum, count: tokens * h)
        LayerMath.layerNorm(x, rows: tokens, width: h, gamma: layer.attentionNormGamma, beta: layer.attentionNormBeta, eps: c.layerNormEps)

        LayerMath.fillRows(inner, rows: tokens, width: wide, with: layer.intermediateBias)
        gemm.multiply(m: tokens, n: wide, k: h, a: x, lda: h, b: layer.intermediate, ldb: h, transposeB: true, beta: 1, c: inner, ldc: wide)
        LayerMath.gelu(inner, count: tokens * wide)

        sum.update(from: x, count: tokens * h)
        LayerMath.fillRows(x, rows: tokens, width: h, with: layer.outputBias)
        gemm.multiply(m: tokens, n: h, k: wide, a: inner, lda: wide, b: layer.output, ldb: wide, transposeB: true, beta: 1, c: x, ldc: h)
        LayerMath.add(x, sum, count: tokens * h)
        LayerMath.layerNorm(x, rows: tokens, width: h, gamma: layer.outputNormGamma, beta: layer.outputNormBeta, eps: c.layerNormEps)
    }

    /// The mean of a sequence's final states, times the head, plus its bias.
    private func pooledLogits(_ x: [Float], rows: Range<Int>) -> [Float] {
        let h = weights.config.hidden
        var pooled = [Float](repeating: 0, count: h)
        for row in rows {
            for i in 0 ..< h { pooled[i] += x[row * h + i] }
        }
        let inverse = 1 / Float(rows.count)
        var logits = weights.headBias
        for k in 0 ..< weights.classes {
            var total: Float = 0
            for i in 0 ..< h { total += weights.head[k * h + i] * pooled[i] * inverse }
            logits[k] += total
        }
        return logits
    }
}
