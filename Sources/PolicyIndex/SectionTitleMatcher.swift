/// The section-jump scoring of ``PolicyIndex/sections(matching:limit:)`` for callers that
/// hold their own titles (the browser's `:` line): same words, prefix, substring, typos
/// within one or two edits, then initialisms.
public struct SectionTitleMatcher: Sendable {
    private let query: String
    private let queryWords: [String]

    public init(_ text: String) {
        queryWords = Tokenizer.words(of: text)
        query = queryWords.joined(separator: " ")
    }

    /// Higher is better (100 for the same words), nil when the title does not match.
    public func score(title: String) -> Double? {
        let words = Tokenizer.words(of: title)
        return FuzzyMatcher.score(query: query, queryWords: queryWords, key: words.joined(separator: " "), words: words)
    }
}
