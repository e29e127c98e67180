import Foundation
import PolicyDeep

/// The committed fixtures (tools/deep/dev-checkpoint.py, golden.py, tokenizer-fixtures.py).
enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    /// The base model's WordPiece tokenizer at the training length.
    static func baseTokenizer() throws -> WordPieceTokenizer {
        WordPieceTokenizer(vocabulary: try Vocabulary(text: text("vocab.txt"), file: "vocab.txt"), maxLength: 256)
    }

    /// A golden file: texts, their ids and PyTorch's logits.
    struct Golden: Decodable {
        var source: String
        var precision: String
        var texts: [String]
        var ids: [[Int32]]
        var logits: [[Double]]
        var checkpointLogits: [[Double]]?
    }

    static func golden(_ name: String) throws -> Golden {
        try JSONDecoder().decode(Golden.self, from: Data(contentsOf: url(name)))
    }

    /// The largest absolute difference between two tables of logits.
    static func maxDifference(_ a: [[Float]], _ b: [[Double]]) -> Double {
        zip(a, b).flatMap { zip($0, $1).map { abs(Double($0) - $1) } }.max() ?? .infinity
    }
}
