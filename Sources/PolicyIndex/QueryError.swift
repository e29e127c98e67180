/// Why a query could not be parsed or run. Columns count characters from 1.
public enum QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    case emptyQuery
    case unclosedQuote(column: Int)
    case unclosedParenthesis(column: Int)
    case unexpectedCloseParenthesis(column: Int)
    case danglingOr(column: Int)
    case nothingToExclude(column: Int)
    case emptyPhrase(column: Int)
    case emptyPrefix(column: Int)
    case unknownField(String, column: Int)
    case emptyFilterValue(field: String, column: Int)
    case badYear(String, column: Int)
    case badAnswer(String, column: Int)
    case unknownCategory(String, known: [String])

    public var description: String {
        switch self {
        case .emptyQuery: "nothing to search for"
        case .unclosedQuote(let c): "unclosed quote at column \(c)"
        case .unclosedParenthesis(let c): "unclosed parenthesis at column \(c)"
        case .unexpectedCloseParenthesis(let c): "unexpected ')' at column \(c)"
        case .danglingOr(let c): "OR needs a term on both sides, at column \(c)"
        case .nothingToExclude(let c): "nothing to exclude after '-' at column \(c)"
        case .emptyPhrase(let c): "empty phrase at column \(c)"
        case .emptyPrefix(let c): "'*' needs a word before it, at column \(c)"
        case .unknownField(let f, let c):
            "unknown field '\(f):' at column \(c) (fields: category, domain, year, answer)"
        case .emptyFilterValue(let f, let c): "'\(f):' needs a value, at column \(c)"
        case .badYear(let v, let c): "bad year '\(v)' at column \(c) (use 2014, 2012..2015, 2012.. or ..2015)"
        case .badAnswer(let v, let c): "bad answer filter '\(v)' at column \(c) (use answer:question=value)"
        case .unknownCategory(let name, let known):
            known.isEmpty
                ? "unknown category '\(name)': no category labels are loaded"
                : "unknown category '\(name)' (known: \(known.joined(separator: ", ")))"
        }
    }
}
