import PolicyExtraction
import PolicyModel

/// How the policy list is ordered: `s` cycles name, date, words, an answer and back to the
/// load order; `:sort KEY` (or `:sort QUESTION-ID`) picks one. Later loads (`:open`) join the
/// list in its order.
enum ListSort: Hashable, Sendable {
    /// As the files were loaded (paths in order, folders walked by name).
    case loaded
    /// By site (or id), then newest first.
    case name
    /// Newest archive date first; undated last.
    case date
    /// Longest first.
    case words
    /// By the answer to a question: yes, a value, no, not stated, then not computed yet.
    case answer(Question)

    /// The next sort for `s`; `question` is the one the answer step uses.
    func next(question: Question) -> ListSort {
        switch self {
        case .loaded: .name
        case .name: .date
        case .date: .words
        case .words: .answer(question)
        case .answer: .loaded
        }
    }

    /// What the status line and the list's title say.
    var label: String {
        switch self {
        case .loaded: "load order"
        case .name: "name"
        case .date: "date, newest first"
        case .words: "words, longest first"
        case .answer(let q): "answer to \(q.rawValue): yes first"
        }
    }

    /// The list's title says it after `by`.
    var shortLabel: String {
        switch self {
        case .loaded: ""
        case .name, .date, .words: String(label.prefix { $0 != "," })
        case .answer(let q): q.rawValue
        }
    }

    /// The sort `:sort WORD` names: `name`, `date`, `words`, `loaded`, or a question id.
    init?(word: String) {
        switch word.lowercased() {
        case "loaded", "load", "none": self = .loaded
        case "name": self = .name
        case "date": self = .date
        case "words": self = .words
        default:
            guard let q = Question(rawValue: word.lowercased()) else { return nil }
            self = .answer(q)
        }
    }

    /// `:sort`'s words, for its error line.
    static let commandWords = "name, date, words, loaded or a question id"

    /// Where an answer value goes: yes, a stated value, no, not stated.
    static func rank(_ value: AnswerValue) -> Int {
        switch value {
        case .yes: 0
        case .integer, .list: 1
        case .no: 2
        case .notStated: 3
        }
    }
}

extension BrowserState {
    /// `s`: the next sort; the status line says which.
    mutating func cycleListSort() {
        var next = list.sort.next(question: list.sortQuestion)
        if case .answer = next, practiceSource == nil { next = next.next(question: list.sortQuestion) }
        setListSort(next)
    }

    /// Orders the list by `sort`, keeping the cursor's row; asks for the answers it needs.
    mutating func setListSort(_ sort: ListSort) {
        list.sort = sort
        if case .answer(let q) = sort {
            list.sortQuestion = q
            for p in list.visible where practices.summaries[p] == nil { _ = summary(of: p) }
        }
        refreshListRows(keeping: list.cursorRow)
        clampScroll()
        message = "sorted by \(sort.label)" + (sort == .loaded ? "" : " (s: next sort)") + sortPendingNote
    }

    /// Up to this many policies' words are counted on the key loop (a few ms); more are
    /// counted in the background (``WordCounts``).
    static let wordsCountedInPlace = 200

    /// Word counts computed off the key loop arrived: the list sorts again.
    mutating func received(_ counts: WordCounts) {
        list.countingWords = false
        for (i, n) in counts.counts where policies.indices.contains(i) { list.wordCounts[i] = n }
        if list.sort == .words { refreshListRows(keeping: list.cursorRow) }
    }

    /// `(N answers to come)` while an answer sort waits for summaries.
    var sortPendingNote: String {
        if list.sort == .words, list.countingWords { return "; counting words…" }
        guard case .answer = list.sort else { return "" }
        let waiting = list.visible.filter { practices.summaries[$0] == nil }.count
        return waiting == 0 ? "" : "; \(Self.count(waiting, "answer", "answers")) to come"
    }

    /// `policies` (indices) in the list's order.
    mutating func sortedForList(_ indices: [Int]) -> [Int] {
        switch list.sort {
        case .loaded:
            return indices.sorted()
        case .name:
            // Keys by policy index in arrays (a dictionary's look-ups were most of a sort of 100,000).
            var names = [String](repeating: "", count: policies.count)
            for i in indices { names[i] = policies[i].shortName.lowercased() }
            return indices.sorted { a, b in
                names[a] != names[b] ? names[a] < names[b] : newer(a, b)
            }
        case .date:
            return indices.sorted { a, b in
                policies[a].archivedOn != policies[b].archivedOn ? newer(a, b) : a < b
            }
        case .words:
            let missing = indices.filter { list.wordCounts[$0] == nil }
            if missing.count <= Self.wordsCountedInPlace {
                for i in missing { list.wordCounts[i] = policies[i].wordCount }
            } else if !list.countingWords {
                // Counting thousands of policies' words takes a second: off the key loop.
                list.countingWords = true
                let texts = missing.map { (index: $0, policy: policies[$0]) }
                work.pending.append(ScreenWork { _ in WordCounts(counts: texts.map { ($0.index, $0.policy.wordCount) }) })
                work.running += 1
            }
            var words = [Int](repeating: -1, count: policies.count)
            for (i, n) in list.wordCounts where i < words.count { words[i] = n }
            return indices.sorted { a, b in words[a] != words[b] ? words[a] > words[b] : a < b }
        case .answer(let q):
            var ranks = [Int](repeating: 4, count: policies.count)
            for i in indices { if let summary = practices.summaries[i] { ranks[i] = ListSort.rank(summary[q].value) } }
            return indices.sorted { a, b in ranks[a] != ranks[b] ? ranks[a] < ranks[b] : a < b }
        }
    }

    /// Whether policy `a` was archived after `b` (undated last; ties by load order).
    private func newer(_ a: Int, _ b: Int) -> Bool {
        switch (policies[a].archivedOn, policies[b].archivedOn) {
        case let (da?, db?) where da != db: da > db
        case (.some, nil): true
        case (nil, .some): false
        default: a < b
        }
    }
}

/// Word counts of policies (by index), counted off the key loop for the words sort.
struct WordCounts: Sendable {
    var counts: [(Int, Int)]
}
