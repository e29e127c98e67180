/// The JSON header of a deep model file (docs/DEEP-MODEL.md).
public struct DeepModelMetadata: Codable, Equatable, Sendable {
    /// The BERT encoder's dimensions.
    public struct Config: Codable, Equatable, Sendable {
        public var vocabSize: Int
        public var hidden: Int
        public var layers: Int
        public var heads: Int
        public var intermediate: Int
        /// Position embeddings stored: the maximum length the model runs at.
        public var positions: Int
        public var layerNormEps: Float
    }

    /// One tensor in the data section: offset from the section's start, byte count.
    public struct Tensor: Codable, Equatable, Sendable {
        public var name: String
        public var dtype: String
        public var shape: [Int]
        public var offset: Int
        public var bytes: Int
    }

    /// SHA-256 of the checkpoint the file was exported from (golden files name it).
    public var source: String
    /// `int8` or `f32`.
    public var precision: String
    /// Tokens per text, [CLS] and [SEP] included.
    public var maxLength: Int
    /// The head's outputs, in order.
    public var categories: [String]
    public var config: Config
    /// How the deep probabilities are blended with the linear model's, when chosen already.
    public var blend: DeepBlend?
    public var tensors: [Tensor]
}
