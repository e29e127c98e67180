/// Why `batch` could not answer one input line (written as that line's `"error"`), or could
/// not start; each prints as one line.
enum BatchError: Error, Equatable, CustomStringConvertible {
    case emptyLine
    case notJSON
    case badField(String)
    case missingID
    case noSource
    case twoSources
    case incompleteVersion
    case badDate(String)
    /// A file or blob that could not be read or parsed: the file and the loader's reason.
    case unreadable(file: String, reason: String)
    /// A repository named in a line that cannot be opened.
    case repository(path: String, reason: String)

    var description: String {
        switch self {
        case .emptyLine: "empty line"
        case .notJSON: "not a JSON object"
        case .badField(let field): "\"\(field)\" must be a string"
        case .missingID: "no \"id\""
        case .noSource: "no \"path\", \"text\" or \"repository\" and \"blob\""
        case .twoSources: "\"text\" excludes \"path\" and \"repository\""
        case .incompleteVersion: "a \"repository\" line needs \"path\" and \"blob\""
        case .badDate(let date): "date \"\(date)\" is not YYYY-MM-DD"
        case .unreadable(let file, let reason): "\(file): \(reason)"
        case .repository(let path, let reason): "\(path): not a readable git repository: \(reason)"
        }
    }
}
