import Dispatch
import Foundation

/// How the forward pass runs: worker threads over batches, the matrix code, and how many
/// tokens one packed batch holds.
public struct InferenceOptions: Sendable {
    public var threads: Int
    public var backend: GemmBackend
    public var tokensPerBatch: Int

    public init(threads: Int = 1, backend: GemmBackend = .openBLAS, tokensPerBatch: Int = 2048) {
        self.threads = max(1, threads)
        self.backend = backend
        self.tokensPerBatch = max(1, tokensPerBatch)
    }
}

/// The deep classifier: a deep model file's tokenizer, encoder and head. Texts go in; one
/// row of logits (or sigmoid probabilities) per text comes out, in `categories` order.
public struct DeepModel: Sendable {
    public let metadata: DeepModelMetadata
    public let tokenizer: WordPieceTokenizer
    let encoder: Encoder

    public init(contentsOf url: URL) throws(DeepModelError) {
        try self.init(WeightFile(contentsOf: url))
    }

    public init(_ file: WeightFile) throws(DeepModelError) {
        metadata = file.metadata
        guard let text = String(data: try file.byteTensor("vocab"), encoding: .utf8) else {
            throw .badVocabulary(file: file.file, reason: "not UTF-8")
        }
        let vocabulary = try Vocabulary(text: text, file: file.file)
        guard vocabulary.count == file.metadata.config.vocabSize else {
            throw .badVocabulary(file: file.file, reason: "\(vocabulary.count) tokens, the config says \(file.metadata.config.vocabSize)")
        }
        tokenizer = WordPieceTokenizer(vocabulary: vocabulary, maxLength: file.metadata.maxLength)
        encoder = Encoder(weights: try EncoderWeights(file))
        _ = Self.openBLASOnOneThread
    }

    public var categories: [String] { metadata.categories }

    /// Logits for token id sequences (each `[CLS] … [SEP]`, at most `maxLength` long, ids
    /// within the vocabulary), in input order.
    public func logits(tokenIDs: [[Int32]], options: InferenceOptions = InferenceOptions()) -> [[Float]] {
        let vocabulary = Int32(tokenizer.vocabulary.count), positions = metadata.config.positions
        for ids in tokenIDs {
            precondition(ids.count <= positions && ids.allSatisfy { $0 >= 0 && $0 < vocabulary },
                         "token ids outside the vocabulary or longer than \(positions)")
        }
        let batches = Self.batchPlan(lengths: tokenIDs.map(\.count), tokensPerBatch: options.tokensPerBatch)
        let gemm = Gemm(backend: options.backend)
        let results = ResultSlots(count: tokenIDs.count)
        let work: @Sendable ([Int]) -> Void = { batch in
            let rows = encoder.logits(batch.map { tokenIDs[$0] }, gemm: gemm)
            for (index, row) in zip(batch, rows) { results.set(index, row) }
        }
        if options.threads == 1 || batches.count < 2 {
            batches.forEach(work)
        } else {
            let next = BatchCounter()
            DispatchQueue.concurrentPerform(iterations: min(options.threads, batches.count)) { _ in
                while let index = next.take(below: batches.count) { work(batches[index]) }
            }
        }
        return results.values
    }

    /// Logits for texts (tokenized here), in input order.
    public func logits(_ texts: [String], options: InferenceOptions = InferenceOptions()) -> [[Float]] {
        logits(tokenIDs: texts.map(tokenizer.encode), options: options)
    }

    /// Sigmoid probabilities per category for texts, in input order.
    public func probabilities(_ texts: [String], options: InferenceOptions = InferenceOptions()) -> [[Float]] {
        logits(texts, options: options).map { $0.map { 1 / (1 + expf(-$0)) } }
    }

    /// Sequences sorted by length and cut into runs of at most `tokensPerBatch` tokens (a longer
    /// sequence is a batch alone), longest first so parallel workers finish together.
    public static func batchPlan(lengths: [Int], tokensPerBatch: Int) -> [[Int]] {
        let order = lengths.indices.sorted { (lengths[$0], $0) > (lengths[$1], $1) }
        var batches: [[Int]] = []
        var current: [Int] = []
        var tokens = 0
        for index in order {
            if !current.isEmpty, tokens + lengths[index] > tokensPerBatch {
                batches.append(current)
                current = []
                tokens = 0
            }
            current.append(index)
            tokens += lengths[index]
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// OpenBLAS on one thread, set once: parallelism comes from batches.
    private static let openBLASOnOneThread: Void = Gemm.setOpenBLASThreads(1)
}
