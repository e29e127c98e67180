/// One transformer layer's weights, float32, Linear weights as `out x in` (PyTorch's layout).
struct LayerWeights: Sendable {
    /// Query, key and value stacked: `3H x H`, and their biases.
    var qkv: [Float]
    var qkvBias: [Float]
    var attentionOutput: [Float]
    var attentionOutputBias: [Float]
    var attentionNormGamma: [Float]
    var attentionNormBeta: [Float]
    var intermediate: [Float]
    var intermediateBias: [Float]
    var output: [Float]
    var outputBias: [Float]
    var outputNormGamma: [Float]
    var outputNormBeta: [Float]
}

/// The whole classifier's weights, dequantized to float32 once at load.
struct EncoderWeights: Sendable {
    var config: DeepModelMetadata.Config
    var classes: Int
    var wordEmbeddings: [Float]
    var positionEmbeddings: [Float]
    /// Token type 0's embedding (every token is type 0).
    var tokenTypeEmbedding: [Float]
    var embeddingNormGamma: [Float]
    var embeddingNormBeta: [Float]
    var layers: [LayerWeights]
    var head: [Float]
    var headBias: [Float]

    init(_ file: WeightFile) throws(DeepModelError) {
        let c = file.metadata.config
        let h = c.hidden
        config = c
        classes = file.metadata.categories.count
        guard c.heads > 0, h % c.heads == 0 else {
            throw .badMetadata(file: file.file, reason: "hidden size \(h) is not a multiple of \(c.heads) heads")
        }
        guard file.metadata.maxLength >= 2, file.metadata.maxLength <= c.positions else {
            throw .badMetadata(file: file.file, reason: "maxLength \(file.metadata.maxLength) outside 2...\(c.positions) positions")
        }
        wordEmbeddings = try file.floats("embeddings.word_embeddings.weight", shape: [c.vocabSize, h])
        positionEmbeddings = try file.floats("embeddings.position_embeddings.weight", shape: [c.positions, h])
        tokenTypeEmbedding = Array(try file.floats("embeddings.token_type_embeddings.weight", shape: [2, h]).prefix(h))
        embeddingNormGamma = try file.floats("embeddings.LayerNorm.weight", shape: [h])
        embeddingNormBeta = try file.floats("embeddings.LayerNorm.bias", shape: [h])
        layers = []
        for index in 0 ..< c.layers {
            let p = "encoder.layer.\(index)."
            func matrix(_ name: String, _ rows: Int, _ columns: Int) throws(DeepModelError) -> [Float] {
                try file.floats(p + name + ".weight", shape: [rows, columns])
            }
            func vector(_ name: String, _ count: Int) throws(DeepModelError) -> [Float] {
                try file.floats(p + name, shape: [count])
            }
            let qkv = try matrix("attention.self.query", h, h) + matrix("attention.self.key", h, h) + matrix("attention.self.value", h, h)
            let qkvBias = try vector("attention.self.query.bias", h) + vector("attention.self.key.bias", h) + vector("attention.self.value.bias", h)
            layers.append(LayerWeights(
                qkv: qkv, qkvBias: qkvBias,
                attentionOutput: try matrix("attention.output.dense", h, h),
                attentionOutputBias: try vector("attention.output.dense.bias", h),
                attentionNormGamma: try vector("attention.output.LayerNorm.weight", h),
                attentionNormBeta: try vector("attention.output.LayerNorm.bias", h),
                intermediate: try matrix("intermediate.dense", c.intermediate, h),
                intermediateBias: try vector("intermediate.dense.bias", c.intermediate),
                output: try matrix("output.dense", h, c.intermediate),
                outputBias: try vector("output.dense.bias", h),
                outputNormGamma: try vector("output.LayerNorm.weight", h),
                outputNormBeta: try vector("output.LayerNorm.bias", h)
            ))
        }
        head = try file.floats("head.weight", shape: [classes, h])
        headBias = try file.floats("head.bias", shape: [classes])
    }
}
