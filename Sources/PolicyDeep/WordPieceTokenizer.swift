/// Text -> token ids as BERT's uncased WordPiece tokenizer: `[CLS]`, the pieces, `[SEP]`, at
/// most `maxLength` ids (the pieces truncated).
public struct WordPieceTokenizer: Sendable {
    public let vocabulary: Vocabulary
    public let maxLength: Int
    /// A word longer than this (in scalars) is one `[UNK]`.
    public let maxInputCharsPerWord: Int

    public init(vocabulary: Vocabulary, maxLength: Int, maxInputCharsPerWord: Int = 100) {
        self.vocabulary = vocabulary
        self.maxLength = maxLength
        self.maxInputCharsPerWord = maxInputCharsPerWord
    }

    public func encode(_ text: String) -> [Int32] {
        var ids: [Int32] = [vocabulary.classifier]
        let limit = max(maxLength - 1, 1)
        for word in BasicTokenizer.words(text) {
            appendPieces(of: word, to: &ids)
            if ids.count >= limit { break }
        }
        if ids.count > limit { ids.removeLast(ids.count - limit) }
        ids.append(vocabulary.separator)
        return ids
    }

    /// Greedy longest match from the left, continuations as `##piece`; a word with a part no
    /// piece matches is one `[UNK]`.
    func appendPieces(of word: [Unicode.Scalar], to ids: inout [Int32]) {
        guard word.count <= maxInputCharsPerWord else { ids.append(vocabulary.unknown); return }
        let mark = ids.count
        var start = 0
        var piece = String.UnicodeScalarView()
        while start < word.count {
            var end = min(word.count, start + vocabulary.longestPiece)
            var found: Int32?
            while start < end {
                piece.removeAll(keepingCapacity: true)
                if start > 0 { piece.append(contentsOf: "##".unicodeScalars) }
                piece.append(contentsOf: word[start ..< end])
                if let id = vocabulary.id(String(piece)) { found = id; break }
                end -= 1
            }
            guard let id = found else {
                ids.removeLast(ids.count - mark)
                ids.append(vocabulary.unknown)
                return
            }
            ids.append(id)
            start = end
        }
    }
}
