import PolicyExtraction
import PolicyHistory
import PolicyModel

/// One document over time (`T`): its versions along a time axis (dates, words, sections
/// changed, technical ones marked) above an answer strip (a row per question, a column per
/// version, month or year, each cell coloured by its value, changes marked where they
/// happen), and below them what changed at the step under the cursor. The strip fills in the
/// background, nearest versions first (``TimelineFill``).
struct TimelineView: Sendable {
    var history: DocumentHistory
    /// Each version's loaded policy when the view opened, nil when it is not loaded (read
    /// through the reader, and added to the loaded policies when opened: ``loadedIndex(_:_:)``).
    var policyIndex: [Int?]
    /// Each version's words, nil until known.
    var words: [Int?]
    /// Each version's answers, nil until extracted.
    var answers: [[Question: Answer]?]
    /// `steps[i]`: what changed from version `i - 1` to `i` (nil for the first, or until known).
    var steps: [TimelineStep?]
    /// The version under the cursor.
    var cursor: Int
    var hideTechnical = false
    /// The first question row shown.
    var top = 0
    var columns = TimelineColumns(unit: .version, columns: [], cellWidth: 1)
    /// Tells this view's background results from others'.
    let tag = UInt64.random(in: 1...UInt64.max)
    /// Held while the view exists; the background fill stops when it is released.
    let life = TimelineLife()
    var work: ScreenWork?
    /// The fill ended; `extracting` false: no answers can be computed.
    var finished = false
    var extracting = true

    init(showing policies: [Int], _ context: ScreenContext) {
        let policy = context.policies[policies[0]]
        let found = context.history.catalog.version(ofPolicy: policy.id)
        history = found?.history ?? FileVersions.catalog([policy]).histories[0]
        let index = Dictionary(context.policies.indices.map { (context.policies[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        policyIndex = history.versions.map { $0.policyID.flatMap { index[$0] } }
        let count = history.versions.count
        words = Array(repeating: nil, count: count)
        answers = Array(repeating: nil, count: count)
        steps = Array(repeating: nil, count: count)
        let versions = history.versions
        cursor = found.flatMap { f in versions.firstIndex { $0.id == f.version.id } } ?? max(0, count - 1)
        let loaded = policyIndex.map { $0.map { context.policies[$0] } }
        work = TimelineFill.work(tag: tag, versions: history.versions, loaded: loaded, from: cursor, history: context.history, life: life)
        relayout(context)
    }

    /// The versions drawn: all, or those not technical (``hideTechnical``).
    var shown: [Int] {
        history.versions.indices.filter { !hideTechnical || !history.versions[$0].technical }
    }

    /// How many versions have their answers.
    var extractedCount: Int { answers.count { $0 != nil } }

    /// Cells left of the strip, for the row labels.
    static func labelWidth(_ width: Int) -> Int { width >= 100 ? 26 : 19 }

    mutating func relayout(_ context: ScreenContext) {
        columns = TimelineColumns.layout(history.versions, shown: shown,
                                         width: context.size.width - Self.labelWidth(context.size.width) - 1)
    }

    mutating func receive(_ result: any Sendable, _ context: ScreenContext) {
        switch result {
        case let w as TimelineFill.Words where w.tag == tag:
            words = w.words
            extracting = w.extracting
        case let v as TimelineFill.Version where v.tag == tag:
            if let w = v.words { words[v.index] = w }
            if let found = v.answers { answers[v.index] = found }
            for (i, step) in v.steps { steps[i] = step }
        case let d as TimelineFill.Done where d.tag == tag:
            finished = true
        default: break
        }
    }

    /// The value a column shows for `question`: the answer of its newest version, nil while
    /// that one is not extracted.
    func answer(_ question: Question, column: [Int]) -> Answer? {
        guard let last = column.last, let known = answers[last] else { return nil }
        return known[question] ?? .notStated(question)
    }

    /// Whether `question`'s answer changed at a version of the column.
    func changed(_ question: Question, column: [Int]) -> Bool {
        column.contains { steps[$0]?.changes(question) ?? false }
    }

    /// Moves the cursor `by` shown versions (negative: back); a note when it cannot.
    mutating func move(by offset: Int) -> String? {
        let shown = shown
        guard let at = shown.firstIndex(of: cursor) ?? shown.lastIndex(where: { $0 < cursor }) else { return nil }
        let to = at + offset
        guard shown.indices.contains(to) else { return offset < 0 ? "the first version" : "the newest version" }
        cursor = shown[to]
        return nil
    }

    /// Moves to the next (or previous) shown version where an answer changed.
    mutating func moveToChange(forward: Bool) -> String? {
        let candidates = shown.filter { forward ? $0 > cursor : $0 < cursor }
        let pick = forward ? candidates.first { !(steps[$0]?.answers.isEmpty ?? true) }
            : candidates.last { !(steps[$0]?.answers.isEmpty ?? true) }
        guard let pick else { return forward ? "no answer changes after this version (so far)" : "no answer changes before this version (so far)" }
        cursor = pick
        return nil
    }

    /// The browser's index of version `index`'s policy: loaded from the start, or opened
    /// from the timeline since (its id is the version's).
    func loadedIndex(_ index: Int, _ context: ScreenContext) -> Int? {
        policyIndex[index] ?? context.policies.firstIndex { $0.id == history.versions[index].id }
    }
}
