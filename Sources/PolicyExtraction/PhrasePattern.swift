/// A phrase over lowercased tokens, written as space-separated elements:
///
/// - `word` matches that token exactly; `e-mail` or `don't` are tokenized as text is;
/// - `collect*` matches any token starting with `collect` (at least three letters before `*`);
/// - `_` matches any one word;
/// - `...` skips zero to four words or brackets (never other punctuation).
///
/// Example: `"do not track"`, `"sell* ... personal"`, `"opt* out"`.
struct PhrasePattern: Sendable, Hashable {
    enum Element: Sendable, Hashable {
        case word(String)
        case prefix(String)
        case any
        case gap(Int)
    }

    let elements: [Element]

    /// The widest `...` gap, in words.
    static let gapWidth = 4

    init(_ source: String) throws(PatternError) {
        var elements: [Element] = []
        for chunk in source.lowercased().split(separator: " ") {
            switch chunk {
            case "...": elements.append(.gap(Self.gapWidth))
            case "_": elements.append(.any)
            default:
                let isPrefix = chunk.hasSuffix("*")
                let body = isPrefix ? String(chunk.dropLast()) : String(chunk)
                let words = Tokenizer.tokenize(body).filter { !$0.isPunctuation }.map(\.text)
                guard !words.isEmpty else { throw .emptyElement(pattern: source, element: String(chunk)) }
                elements += words.dropLast().map(Element.word)
                if isPrefix {
                    guard words.last!.count >= 3 else { throw .shortPrefix(pattern: source, element: String(chunk)) }
                    elements.append(.prefix(words.last!))
                } else {
                    elements.append(.word(words.last!))
                }
            }
        }
        guard let first = elements.first, let last = elements.last else { throw .empty(pattern: source) }
        switch (first, last) {
        case (.word, .word), (.word, .prefix), (.prefix, .word), (.prefix, .prefix): break
        default: throw .wildcardAtEdge(pattern: source)
        }
        self.elements = elements
    }
}

/// Why a pattern-table entry cannot be compiled.
enum PatternError: Error, Equatable, CustomStringConvertible {
    case empty(pattern: String)
    case emptyElement(pattern: String, element: String)
    case shortPrefix(pattern: String, element: String)
    case wildcardAtEdge(pattern: String)

    var description: String {
        switch self {
        case .empty(let p): "empty pattern \"\(p)\""
        case .emptyElement(let p, let e): "pattern \"\(p)\": element \"\(e)\" has no word"
        case .shortPrefix(let p, let e): "pattern \"\(p)\": prefix \"\(e)\" needs three letters before *"
        case .wildcardAtEdge(let p): "pattern \"\(p)\" must start and end with a word"
        }
    }
}
