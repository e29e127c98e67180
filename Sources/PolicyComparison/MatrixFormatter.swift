import PolicyExtraction

/// Text forms of an ``AnswerMatrix``: CSV for spreadsheets, Markdown to paste, a plain table.
public enum MatrixFormatter {
    /// The compact text of an answer in a cell: `yes`, `no`, `-` for not stated, the number, or the list; a `?`
    /// marks a weak answer.
    public static func compact(_ answer: Answer) -> String {
        let text = answer.value == .notStated ? "-" : answer.value.display
        return answer.isWeak ? text + "?" : text
    }

    /// `question,ID1,ID2,...`, one row per question, values as `display` gives them. A cell
    /// that starts with `=`, `+`, `-` or `@` gets a leading `'` so no spreadsheet runs it.
    public static func csv(_ matrix: AnswerMatrix) -> String {
        var lines = [(["question"] + matrix.columns.map(\.id)).map(csvField).joined(separator: ",")]
        for row in matrix.rows {
            lines.append(([row.question.rawValue] + row.cells.map(\.value.display)).map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One CSV field: quoted when it holds a comma, quote or line break; a field that a
    /// spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return, OWASP's list) gets a leading `'`, which spreadsheets show as text.
    public static func csvField(_ raw: String) -> String {
        var field = raw
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { field = "'" + field }
        if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            field = "\"" + field.replacingQuotes() + "\""
        }
        return field
    }

    /// A GitHub-flavoured Markdown table, questions down, policies across.
    public static func markdown(_ matrix: AnswerMatrix) -> String {
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingNewlinesWithSpaces()
        }
        var lines = ["| question | " + matrix.columns.map { cell($0.domain ?? $0.id) }.joined(separator: " | ") + " |"]
        lines.append("|---|" + String(repeating: "---|", count: matrix.columns.count))
        for row in matrix.rows {
            lines.append("| " + row.question.rawValue + " | " + row.cells.map { cell(compact($0)) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func replacingQuotes() -> String {
        var out = ""
        for ch in self { out += ch == "\"" ? "\"\"" : String(ch) }
        return out
    }

    func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { out += ch == target ? replacement : String(ch) }
        return out
    }

    func replacingNewlinesWithSpaces() -> String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
