import Foundation
import PolicyExtraction

/// `--questions ids`: comma-separated question ids, as `compare` and `trends` take them.
enum QuestionIDs {
    /// An id no question has.
    struct Unknown: Error, CustomStringConvertible {
        var id: String
        var description: String {
            "unknown question '\(id)'; known: \(Question.allCases.map(\.rawValue).joined(separator: ", "))"
        }
    }

    /// The questions `text` names, in its order (every question when nil).
    static func parse(_ text: String?) -> Result<[Question], Unknown> {
        guard let text else { return .success(Question.allCases) }
        var out: [Question] = []
        for raw in text.split(separator: ",") {
            let id = raw.trimmingCharacters(in: .whitespaces)
            guard let q = Question(rawValue: id) else { return .failure(Unknown(id: id)) }
            if !out.contains(q) { out.append(q) }
        }
        return .success(out)
    }
}
