import PolicyExtraction
import PolicyHistory
import PolicyModel

extension ViewKind {
    public static let trends = ViewKind("trends")
}

/// Answers across the loaded documents year by year (`:trends`, `:trends QUESTION`): one
/// question at a time, a row per year with a bar per value; Enter on a bar lists the
/// documents behind it, and Enter on one opens it. Counting runs in the background.
struct TrendsView: Sendable {
    var trends: Trends?
    var problem: String?
    /// Versions read and to read, while the job runs.
    var progress: (done: Int, total: Int)?
    var work: ScreenWork?
    /// Tags this screen's job, so another trends screen's result is not taken.
    let tag = UInt64.random(in: 1...UInt64.max)
    /// The question shown, in ``Question/allCases``.
    var question = 0
    /// The year row and the value under the cursor, and the first year row shown.
    var year = 0
    var bar = 0
    var top = 0
    /// The documents behind a bar, while listed.
    var listing: Listing?

    /// The documents behind one bar.
    struct Listing: Sendable {
        var question: Question
        var year: Int
        var value: String
        var versions: [String]
        var cursor = 0
        var top = 0
    }

    /// A job's progress and result.
    struct Progress: Sendable { var tag: UInt64; var done: Int; var total: Int }
    struct Outcome: Sendable { var tag: UInt64; var result: Result<Trends, TrendsUnavailable> }

    init(showing policies: [Int], _ context: ScreenContext) {
        guard let source = context.trends else { return }
        let all = context.policies, tag = tag
        work = ScreenWork { report in
            Outcome(tag: tag, result: source.trends(of: all) { report(Progress(tag: tag, done: $0, total: $1)) })
        }
    }

    var shownQuestion: Question { Question.allCases[question] }

    /// The values drawn for the shown question.
    var values: [String] { trends?.values[shownQuestion] ?? [] }

    /// The bar under the cursor.
    var selectedBar: (year: Int, bar: TrendBar)? {
        guard let trends, trends.years.indices.contains(year) else { return nil }
        let y = trends.years[year], tally = trends.tally(shownQuestion, y)
        guard values.indices.contains(bar) else { return nil }
        return (y, tally.bar(values[bar]) ?? TrendBar(value: values[bar], versions: []))
    }

    /// Shows `question` (wrapping), keeping the year; the bar cursor stays in range.
    mutating func show(question q: Int) {
        let n = Question.allCases.count
        question = ((q % n) + n) % n
        bar = min(bar, max(0, values.count - 1))
    }

    /// Lists the documents behind the bar under the cursor.
    mutating func list() -> ScreenEffect {
        guard let (y, chosen) = selectedBar else { return .message(trends == nil ? "still counting" : nil) }
        guard chosen.count > 0 else { return .message("no document says \(chosen.value) in \(y)") }
        listing = Listing(question: shownQuestion, year: y, value: chosen.value, versions: chosen.versions)
        return .none
    }

    /// Opens the listed document under the cursor at its evidence (else at its start).
    func open(_ listing: Listing, _ context: ScreenContext) -> ScreenEffect {
        guard listing.versions.indices.contains(listing.cursor), let sample = trends?.samples[listing.versions[listing.cursor]],
              let index = context.policies.firstIndex(where: { $0.id == sample.version.policyID })
        else { return .message("that version is not loaded") }
        let evidence = sample[listing.question].evidence
        let note = "\(sample.version.id): \(listing.question.rawValue) \(sample[listing.question].value.display); q/Esc back"
        return evidence.isEmpty ? .jump(section: 0, policy: index) : .read(evidence: evidence, policy: index, note: note)
    }
}
