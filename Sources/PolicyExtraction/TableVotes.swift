import PolicyModel

/// A yes or a no that a table states in a cell: "Sold: No" in a column whose header asks about
/// selling. US state-law disclosures answer `sells-data` and `targeted-advertising` in such
/// tables ("Category | Sold | Shared for cross-context behavioral advertising").
struct TableVote: Sendable {
    let question: Question
    let negated: Bool
    let strength: Double
    let location: BlockLocation
    let sectionPath: [String]
    /// The cell's range in the row's text.
    let range: TextRange
    /// The row read with its header's names.
    let text: String
}

/// Which questions a table column answers, read from its header's attributes, and how a cell
/// answers them.
enum TableVotes {
    /// What one column asks: a question and the strength of a yes and of a no in its cells.
    struct ColumnRule: Sendable, Equatable {
        let question: Question
        let yes: Double
        let no: Double
        /// Cells that name recipients ("advertising networks") rather than yes/no say yes.
        let recipientsSayYes: Bool
    }

    /// The rules of one header cell, from its attributes. A header that asks "sold or shared"
    /// asks two things at once: its yes is a weak yes for selling (the sale may be a "share"),
    /// its no a plain no for both.
    static func rules(header attributes: [AttributeMatch]) -> [ColumnRule] {
        func has(_ attribute: Attribute) -> Bool { attributes.contains { $0.attribute == attribute && !$0.negated } }
        let sell = has(.action(.sell))
        let share = has(.action(.share))
        let targeted = has(.purpose(.targetedAdvertising))
        let names = attributes.contains { $0.attribute.family == .party && !$0.negated }
        var out: [ColumnRule] = []
        if sell {
            let mixed = share || targeted
            out.append(ColumnRule(question: .sellsData, yes: mixed ? 0.45 : 0.9, no: 0.9, recipientsSayYes: names && !mixed))
        }
        if targeted || (sell && share) {
            out.append(ColumnRule(question: .targetedAdvertising, yes: targeted ? 0.9 : 0.6, no: 0.9, recipientsSayYes: false))
        }
        return out
    }

    /// The votes of one data row under `rules` (by column).
    static func votes(_ row: TableRow, rules: [Int: [ColumnRule]], location: BlockLocation, sectionPath: [String]) -> [TableVote] {
        var out: [TableVote] = []
        for cell in row.block.cells {
            guard let columnRules = rules[cell.column] else { continue }
            let value = cellValue(row.block.text(of: cell.range))
            for rule in columnRules {
                let negated: Bool
                switch value {
                case .yes: negated = false
                case .no: negated = true
                case .other where rule.recipientsSayYes: negated = false
                case .other, .unknown: continue
                }
                out.append(TableVote(
                    question: rule.question, negated: negated, strength: negated ? rule.no : rule.yes,
                    location: location, sectionPath: sectionPath, range: cell.range, text: row.text(focus: cell.range)))
            }
        }
        return out
    }

    enum CellValue: Equatable { case yes, no, other, unknown }

    private static let yesWords: Set<String> = ["yes", "y", "✓", "✔", "✔️", "☑", "☑️", "sold", "shared"]
    private static let noWords: Set<String> = ["no", "n", "none", "✗", "✘", "❌", "not"]
    private static let unknownWords: Set<String> = ["n/a", "na", "-", "–", "—", "not applicable"]

    /// A cell read as yes ("Yes", "✓", "Yes, to advertising partners"), no ("No", "None",
    /// "Not sold"), words of another kind, or nothing decidable ("N/A", "-").
    static func cellValue(_ text: String) -> CellValue {
        let trimmed = text.lowercased().trimmingCharacters(" \n.")
        if trimmed.isEmpty || unknownWords.contains(trimmed) { return .unknown }
        let first = String(trimmed.prefix { !($0 == " " || $0 == "," || $0 == ";" || $0 == "\n" || $0 == "(") })
        if yesWords.contains(first) { return .yes }
        if noWords.contains(first) { return .no }
        if trimmed.hasPrefix("we do not") || trimmed.hasPrefix("we don't") { return .no }
        return .other
    }
}

private extension String {
    func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
