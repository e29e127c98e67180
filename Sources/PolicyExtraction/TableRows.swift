import PolicyModel

/// A Markdown table's data row read with its header's names: "Category: Identifiers | Sold: No".
///
/// The evidence a reader is shown for a sentence in such a row, so that "Identifiers | No"
/// never stands without the question its column asks.
struct TableRow: Sendable {
    let block: Block
    /// Header names by column (columns whose header cell was empty have none).
    let header: [Int: String]

    /// Cells other than the one being quoted are cut to this many characters.
    static let otherCellLimit = 80

    /// The row as "Name: cell | Name: cell". The cell that holds `focus` (the quoted sentence)
    /// gives that sentence, the others are cut to ``otherCellLimit``.
    func text(focus: TextRange? = nil) -> String {
        block.cells.map { cell in
            var value: String
            if let focus, focus.start < cell.range.end, cell.range.start < focus.end {
                let start = max(focus.start, cell.range.start), end = min(focus.end, cell.range.end)
                value = (start > cell.range.start ? "… " : "") + block.text(of: TextRange(start: start, end: end))
            } else {
                value = block.text(of: cell.range).split(whereSeparator: \.isNewline).joined(separator: " ")
                if value.count > Self.otherCellLimit { value = String(value.prefix(Self.otherCellLimit - 1)) + "…" }
            }
            guard let name = header[cell.column] else { return value }
            return "\(name): \(value)"
        }
        .joined(separator: " | ")
    }

    /// The data rows of `blocks` (one section's) that sit under a header row, by block index.
    /// A table is a run of table rows; its header is the first row when the Markdown marked it so.
    static func rows(in blocks: [Block]) -> [Int: TableRow] {
        var out: [Int: TableRow] = [:]
        var header: [Int: String]?
        for (index, block) in blocks.enumerated() {
            guard case .tableRow(let isHeader) = block.kind, !block.cells.isEmpty else {
                header = nil
                continue
            }
            if isHeader {
                header = Dictionary(block.cells.map { ($0.column, Self.name(block.text(of: $0.range))) }) { a, _ in a }
            } else if let header, !header.isEmpty {
                out[index] = TableRow(block: block, header: header)
            }
        }
        return out
    }

    /// A header cell as a name: one line, without a trailing colon.
    private static func name(_ text: String) -> String {
        var name = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        while let last = name.last, last == ":" || last == " " { name.removeLast() }
        return name
    }
}
