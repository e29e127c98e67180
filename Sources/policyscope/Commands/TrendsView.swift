import BrowserCore
import Foundation
import PolicyComparison
import PolicyExtraction
import PolicyHistory

/// `trends --format json`: `{years, documents: {YEAR: n}, questions: {ID: {YEAR: {VALUE: n}}},
/// words: {YEAR: median}}`.
struct TrendsJSON: Encodable {
    var years: [Int]
    var documents: [String: Int]
    var questions: [String: [String: [String: Int]]]
    var words: [String: Double]

    init(_ trends: Trends) {
        years = trends.years
        documents = Dictionary(uniqueKeysWithValues: trends.years.map { (String($0), trends.documents[$0]?.count ?? 0) })
        var questions: [String: [String: [String: Int]]] = [:]
        for question in trends.questions {
            questions[question.rawValue] = Dictionary(uniqueKeysWithValues: trends.years.map { year in
                (String(year), Dictionary(trends.tally(question, year).bars.map { ($0.value, $0.count) }, uniquingKeysWith: +))
            })
        }
        self.questions = questions
        words = Dictionary(uniqueKeysWithValues: trends.words.map { (String($0.key), $0.value) })
    }
}

/// `trends`' table (bars) and CSV.
enum TrendsTable {
    /// Cells of a value's bar, and of the columns before the bars.
    static let barWidth = 8
    /// Values shown per list question (the most named), before `not-stated`.
    static let listValues = 3

    /// `question,year,value,count`, one row per question, year and value.
    static func csv(_ trends: Trends) -> String {
        var lines = ["question,year,value,count"]
        for question in trends.questions {
            for year in trends.years {
                for bar in trends.tally(question, year).bars {
                    lines.append([question.rawValue, String(year), bar.value, String(bar.count)].map(MatrixFormatter.csvField).joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A block per question (a row per year, a bar and count per value), then median words.
    static func lines(_ trends: Trends) -> [String] {
        var out: [String] = []
        for question in trends.questions {
            out.append("\(question.rawValue) — \(question.text)")
            out += block(question, trends)
            out.append("")
        }
        out.append("words — median words of the documents in force")
        let most = trends.words.values.max() ?? 0
        out.append("  year  docs  median")
        for year in trends.years {
            let median = trends.words[year]
            out.append("  \(year)  " + pad(trends.documents[year]?.count ?? 0, 4) + "  "
                + Output.fit(BlockBar.text(most > 0 ? (median ?? 0) / most : 0, width: 3 * barWidth), 3 * barWidth)
                + " " + (median.map(Trends.display) ?? "-"))
        }
        return out
    }

    private static func block(_ question: Question, _ trends: Trends) -> [String] {
        let columns = values(question, trends)
        let header = question.kind == .number ? ["stated", "median"] : columns
        var out = [trimmed("  year  docs  " + header.map { Output.fit($0, barWidth + 5) }.joined(separator: "  "))]
        for year in trends.years {
            let tally = trends.tally(question, year)
            let cell = { (count: Int) in
                Output.fit(BlockBar.text(tally.total > 0 ? Double(count) / Double(tally.total) : 0, width: barWidth), barWidth) + " " + pad(count, 4)
            }
            let cells = question.kind == .number
                ? [cell(tally.stated), tally.median.map(Trends.display) ?? "-"]
                : columns.map { cell(tally.count($0)) }
            out.append("  \(year)  " + pad(tally.total, 4) + "  " + cells.joined(separator: "  "))
        }
        let hidden = allValues(question, trends).count - columns.count
        if hidden > 0 { out.append("  (\(hidden) more value(s): --format json or csv lists them)") }
        return out
    }

    /// The values drawn: yes/no all three; lists the most named few and `not-stated`.
    private static func values(_ question: Question, _ trends: Trends) -> [String] {
        let all = allValues(question, trends)
        guard question.kind == .list else { return all }
        return Array(all.filter { $0 != Trends.notStated }.prefix(listValues)) + [Trends.notStated]
    }

    private static func allValues(_ question: Question, _ trends: Trends) -> [String] {
        trends.values[question] ?? []
    }

    private static func trimmed(_ s: String) -> String {
        String(s.reversed().drop { $0 == " " }.reversed())
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
