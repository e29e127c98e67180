import Foundation

/// The WordPiece vocabulary: one token a line, its id the line number.
public struct Vocabulary: Sendable {
    public let tokens: [String]
    private let ids: [String: Int32]
    /// The longest token in Unicode scalars (`##` included): WordPiece never tries longer pieces.
    let longestPiece: Int
    public let unknown: Int32
    public let classifier: Int32
    public let separator: Int32

    /// `text` is the vocabulary file: tokens separated by newlines (a final newline is allowed).
    public init(text: String, file: String) throws(DeepModelError) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(lines.count)
        for (index, token) in lines.enumerated() {
            ids[token] = Int32(index)  // a repeated token keeps its last id, as Hugging Face's loader does
        }
        func special(_ token: String) throws(DeepModelError) -> Int32 {
            guard let id = ids[token] else { throw .badVocabulary(file: file, reason: "no \(token) token") }
            return id
        }
        tokens = lines
        self.ids = ids
        longestPiece = lines.map(\.unicodeScalars.count).max() ?? 0
        unknown = try special("[UNK]")
        classifier = try special("[CLS]")
        separator = try special("[SEP]")
    }

    public var count: Int { tokens.count }

    public func id(_ token: String) -> Int32? { ids[token] }
}
