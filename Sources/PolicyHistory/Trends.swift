import PolicyExtraction
import PolicyModel

/// What trends need of one version: its words and answers.
public struct TrendSample: Sendable, Hashable {
    public var version: Version
    public var words: Int
    public var answers: [Question: Answer]

    public init(version: Version, words: Int, answers: [Question: Answer]) {
        self.version = version
        self.words = words
        self.answers = answers
    }

    /// The answer to `question` (not stated when absent).
    public subscript(question: Question) -> Answer { answers[question] ?? .notStated(question) }
}

/// One value's bar in one year: the versions (in force that year) whose answer gives it.
public struct TrendBar: Sendable, Hashable {
    /// `yes`, `no`, `not-stated`, an age (`13`) or a named item (`email`, `GDPR`).
    public var value: String
    /// Version ids.
    public var versions: [String]
    public var count: Int { versions.count }

    public init(value: String, versions: [String]) {
        self.value = value
        self.versions = versions
    }
}

/// One question in one year: a bar per value, out of `total` documents.
public struct TrendTally: Sendable, Hashable {
    /// Yes/no questions: `yes`, `no`, `not-stated` always. Ages: each age stated, ascending,
    /// then `not-stated`. Lists: each item named (most often overall first), then `not-stated`
    /// (the documents naming none); a document naming several items counts in each.
    public var bars: [TrendBar]
    /// Documents in force that year.
    public var total: Int
    /// The median of the stated numbers (`children-min-age`), nil when none or not a number.
    public var median: Double?

    /// The bar of `value` (nil when no document gave it).
    public func bar(_ value: String) -> TrendBar? { bars.first { $0.value == value } }
    /// How many documents gave `value`.
    public func count(_ value: String) -> Int { bar(value)?.count ?? 0 }
    /// `count(value) / total` (0 without documents).
    public func share(_ value: String) -> Double { total == 0 ? 0 : Double(count(value)) / Double(total) }
    /// Documents that state something (all but `not-stated`).
    public var stated: Int { total - count(Trends.notStated) }
}

/// Answers across the loaded documents, year by year: for each year of a ``TrendPlan``, the
/// count of each answer among the versions in force on 31 December, and their median words.
public struct Trends: Sendable, Hashable {
    public static let notStated = AnswerValue.notStated.display

    public var years: [Int]
    /// Version ids in force at each year's end.
    public var documents: [Int: [String]]
    public var questions: [Question]
    public var tallies: [Question: [Int: TrendTally]]
    /// Every value of each question some year gives, in the bars' order.
    public var values: [Question: [String]]
    /// Median words of the versions in force (nil for a year without any).
    public var words: [Int: Double]
    /// The versions read, by id.
    public var samples: [String: TrendSample]

    /// Counts `plan` over `samples` (by version id; a version without a sample is left out of
    /// its year) for `questions` (in the order given).
    public init(_ plan: TrendPlan, samples: [String: TrendSample], questions: [Question] = Question.allCases) {
        self.questions = questions
        self.samples = samples
        years = plan.years.map(\.year)
        var documents: [Int: [String]] = [:], words: [Int: Double] = [:]
        for year in plan.years {
            let read = year.versions.compactMap { samples[$0.id] }
            documents[year.year] = read.map(\.version.id)
            if let median = Self.median(read.map(\.words)) { words[year.year] = median }
        }
        self.documents = documents
        self.words = words
        var tallies: [Question: [Int: TrendTally]] = [:], values: [Question: [String]] = [:]
        for question in questions {
            let order = Self.valueOrder(question, plan.years.flatMap { $0.versions.compactMap { samples[$0.id] } })
            values[question] = order
            var byYear: [Int: TrendTally] = [:]
            for year in plan.years {
                let read = year.versions.compactMap { samples[$0.id] }
                byYear[year.year] = Self.tally(question, read, order: order)
            }
            tallies[question] = byYear
        }
        self.tallies = tallies
        self.values = values
    }

    /// The tally of `question` in `year` (empty when either is unknown).
    public func tally(_ question: Question, _ year: Int) -> TrendTally {
        tallies[question]?[year] ?? TrendTally(bars: [], total: 0, median: nil)
    }

    /// The values an answer counts under.
    static func values(_ value: AnswerValue) -> [String] {
        switch value {
        case .yes, .no, .notStated: [value.display]
        case .integer(let n): [String(n)]
        case .list(let items): Array(Set(items)).sorted()
        }
    }

    /// Every value of `question` in the order bars are drawn.
    static func valueOrder(_ question: Question, _ read: [TrendSample]) -> [String] {
        switch question.kind {
        case .yesNo:
            return [AnswerValue.yes.display, AnswerValue.no.display, notStated]
        case .number:
            let ages = Set(read.compactMap { if case .integer(let n) = $0[question].value { n } else { nil } })
            return ages.sorted().map(String.init) + [notStated]
        case .list:
            var seen: [String: Int] = [:]
            for sample in read { for v in values(sample[question].value) where v != notStated { seen[v, default: 0] += 1 } }
            return seen.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key) + [notStated]
        }
    }

    static func tally(_ question: Question, _ read: [TrendSample], order: [String]) -> TrendTally {
        var members: [String: [String]] = [:]
        var ages: [Int] = []
        for sample in read {
            let value = sample[question].value
            if case .integer(let n) = value { ages.append(n) }
            for v in values(value) { members[v, default: []].append(sample.version.id) }
        }
        let always: Set<String> = question.kind == .yesNo ? Set(order) : [notStated]
        let bars = order.compactMap { v in
            members[v].map { TrendBar(value: v, versions: $0) } ?? (always.contains(v) ? TrendBar(value: v, versions: []) : nil)
        }
        return TrendTally(bars: bars, total: read.count, median: median(ages))
    }

    /// A median as shown: `13`, `783.5` (one decimal at most).
    public static func display(_ median: Double) -> String {
        let tenths = Int((median * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// The middle value, or the mean of the two middle values (nil when empty).
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted(), mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }
}
