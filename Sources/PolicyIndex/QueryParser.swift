import Foundation

/// A recursive-descent parser over the query's characters.
///
/// query := clause* ; clause := unary ("OR" unary)* ; unary := "-" primary | primary ;
/// primary := '"' words '"' | "(" query ")" | field ":" value | word ["*"]
struct QueryParser {
    private let chars: [Character]
    private var i = 0

    init(_ text: String) { chars = Array(text) }

    private static let fields: Set<String> = ["category", "domain", "year", "answer"]

    mutating func parse() throws(QueryError) -> QueryNode {
        let nodes = try sequence(insideGroup: false)
        guard !nodes.isEmpty else { throw .emptyQuery }
        return nodes.count == 1 ? nodes[0] : .all(nodes)
    }

    private var column: Int { i + 1 }
    private var atEnd: Bool { i >= chars.count }

    private mutating func skipSpace() {
        while i < chars.count, chars[i].isWhitespace { i += 1 }
    }

    private func isBoundary(_ k: Int) -> Bool {
        k >= chars.count || chars[k].isWhitespace || chars[k] == "(" || chars[k] == ")"
    }

    private func atOr() -> Bool {
        i + 1 < chars.count && chars[i] == "O" && chars[i + 1] == "R" && isBoundary(i + 2)
    }

    private mutating func sequence(insideGroup: Bool) throws(QueryError) -> [QueryNode] {
        var nodes: [QueryNode] = []
        while true {
            skipSpace()
            if atEnd { return nodes }
            if chars[i] == ")" {
                if insideGroup { return nodes }
                throw .unexpectedCloseParenthesis(column: column)
            }
            if atOr() { throw .danglingOr(column: column) }
            if let node = try disjunction() { nodes.append(node) }
        }
    }

    private mutating func disjunction() throws(QueryError) -> QueryNode? {
        var options: [QueryNode] = []
        if let first = try unary() { options.append(first) }
        while true {
            let save = i
            skipSpace()
            guard atOr() else { i = save; break }
            let orColumn = column
            i += 2
            skipSpace()
            if atEnd || chars[i] == ")" || atOr() { throw .danglingOr(column: orColumn) }
            if let next = try unary() { options.append(next) }
        }
        switch options.count {
        case 0: return nil
        case 1: return options[0]
        default: return .any(options)
        }
    }

    private mutating func unary() throws(QueryError) -> QueryNode? {
        if chars[i] == "-" {
            let minusColumn = column
            i += 1
            if isBoundary(i) && (atEnd || chars[i] != "(") { throw .nothingToExclude(column: minusColumn) }
            return try primary().map { .not($0) }
        }
        return try primary()
    }

    private mutating func primary() throws(QueryError) -> QueryNode? {
        let start = column
        switch chars[i] {
        case "\"":
            let text = try quoted()
            let words = Self.phraseWords(text)
            guard !words.isEmpty else { throw .emptyPhrase(column: start) }
            return words.count == 1 ? Self.single(words[0]) : .phrase(words)
        case "(":
            i += 1
            let nodes = try sequence(insideGroup: true)
            guard !atEnd, chars[i] == ")" else { throw .unclosedParenthesis(column: start) }
            i += 1
            switch nodes.count {
            case 0: return nil
            case 1: return nodes[0]
            default: return .all(nodes)
            }
        default:
            var word = ""
            while !isBoundary(i), chars[i] != "\"" {
                if chars[i] == ":", !word.isEmpty, word.allSatisfy(\.isLetter) {
                    i += 1
                    return try filter(field: word, column: start)
                }
                word.append(chars[i])
                i += 1
            }
            if word.hasSuffix("*") {
                let stem = String(word.drop { $0 == "*" }.dropLast())
                var words = Self.phraseWords(stem)
                guard !words.isEmpty, case .exact(let last) = words.removeLast() else { throw .emptyPrefix(column: start) }
                words.append(.prefix(last))
                return words.count == 1 ? .prefix(last) : .phrase(words)
            }
            let words = Tokenizer.words(of: word)
            switch words.count {
            case 0: return nil
            case 1: return .term(words[0])
            default: return .phrase(words.map(PhraseWord.exact))
            }
        }
    }

    /// A quoted run starting at `chars[i] == "\""`; moves past the closing quote.
    private mutating func quoted() throws(QueryError) -> String {
        let open = column
        i += 1
        var text = ""
        while !atEnd, chars[i] != "\"" {
            text.append(chars[i])
            i += 1
        }
        guard !atEnd else { throw .unclosedQuote(column: open) }
        i += 1
        return text
    }

    /// Words of a phrase; a word ending in `*` becomes a prefix.
    private static func phraseWords(_ text: String) -> [PhraseWord] {
        var out: [PhraseWord] = []
        for piece in text.split(whereSeparator: \.isWhitespace) {
            let isPrefix = piece.hasSuffix("*")
            let words = Tokenizer.words(of: String(piece))
            for (k, w) in words.enumerated() {
                out.append(isPrefix && k == words.count - 1 ? .prefix(w) : .exact(w))
            }
        }
        return out
    }

    private static func single(_ word: PhraseWord) -> QueryNode {
        switch word {
        case .exact(let w): .phrase([.exact(w)])
        case .prefix(let w): .prefix(w)
        }
    }

    private mutating func filter(field: String, column start: Int) throws(QueryError) -> QueryNode {
        let name = field.lowercased()
        guard Self.fields.contains(name) else { throw .unknownField(field, column: start) }
        var value = ""
        if !atEnd, chars[i] == "\"" {
            value = try quoted()
        } else {
            while !isBoundary(i) {
                value.append(chars[i])
                i += 1
            }
        }
        value = value.trimmingSpaces()
        guard !value.isEmpty else { throw .emptyFilterValue(field: name, column: start) }
        switch name {
        case "category":
            return .filter(.category(value))
        case "domain":
            return .filter(.domain(Self.normalizedDomain(value)))
        case "year":
            guard let (from, through) = Self.years(value) else { throw .badYear(value, column: start) }
            return .filter(.year(from: from, through: through))
        default:
            let parts = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw .badAnswer(value, column: start) }
            let q = parts[0].lowercased().trimmingSpaces(), v = parts[1].lowercased().trimmingSpaces()
            guard !q.isEmpty, !v.isEmpty else { throw .badAnswer(value, column: start) }
            return .filter(.answer(question: q, value: v))
        }
    }

    static func normalizedDomain(_ value: String) -> String {
        var d = value.lowercased()
        if d.hasPrefix("www.") { d.removeFirst(4) }
        return d
    }

    private static func years(_ value: String) -> (Int, Int)? {
        func year(_ s: Substring) -> Int? {
            guard s.count == 4, let y = Int(s), y > 0 else { return nil }
            return y
        }
        guard let dots = value.range(of: "..") else {
            return year(value[...]).map { ($0, $0) }
        }
        let lower = value[..<dots.lowerBound], upper = value[dots.upperBound...]
        if lower.isEmpty && upper.isEmpty { return nil }
        let from = lower.isEmpty ? 0 : year(lower)
        let through = upper.isEmpty ? 9999 : year(upper)
        guard let from, let through, from <= through else { return nil }
        return (from, through)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = self[...]
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
