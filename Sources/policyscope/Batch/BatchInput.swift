import Foundation
import PolicyModel

/// One input line of `batch`: `{"id", "path"}`, `{"id", "text"}`, or a line of
/// `versions --format jsonl` (`repository`, `path`, `blob`: the blob is read from the
/// repository); optional `domain`, `date`, `source`, `document`, `commit`.
struct BatchInput: Decodable, Sendable {
    var id: String?
    var path: String?
    var text: String?
    var repository: String?
    var blob: String?
    var commit: String?
    var document: String?
    var domain: String?
    var date: String?
    var source: String?

    /// Where the policy's bytes are.
    enum Origin: Equatable, Sendable {
        case file(path: String)
        case text(String)
        /// A blob of a git repository, read as the file `path` (the path inside the repository).
        case blob(repository: String, path: String, blob: String)
    }

    /// Decodes one line; a line that is not a JSON object with string fields is an error.
    static func decode(_ line: String) throws(BatchError) -> BatchInput {
        guard !line.allSatisfy(\.isWhitespace) else { throw .emptyLine }
        do {
            return try JSONDecoder().decode(BatchInput.self, from: Data(line.utf8))
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            throw .badField(context.codingPath[0].stringValue)
        } catch {
            throw .notJSON
        }
    }

    /// The line's id, or the error that it has none.
    func requiredID() throws(BatchError) -> String {
        guard let id, !id.isEmpty else { throw .missingID }
        return id
    }

    /// Where the policy comes from: exactly one of `text`, `repository` + `blob` (+ `path`), `path`.
    func origin() throws(BatchError) -> Origin {
        if let text {
            guard path == nil, repository == nil else { throw .twoSources }
            return .text(text)
        }
        if let repository {
            guard let blob, let path else { throw .incompleteVersion }
            return .blob(repository: repository, path: path, blob: blob)
        }
        if let path { return .file(path: path) }
        throw .noSource
    }

    /// The `date` field as a day, nil when absent.
    func day() throws(BatchError) -> ArchiveDate? {
        guard let date else { return nil }
        guard let day = ArchiveDate(date) else { throw .badDate(date) }
        return day
    }
}
