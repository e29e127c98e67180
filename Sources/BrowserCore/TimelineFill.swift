import PolicyExtraction
import PolicyHistory
import PolicyModel
import Synchronization

/// Filling a timeline's strip in the background: every version's words, then its answers,
/// nearest versions first, and each step's changes once both its versions are known.
enum TimelineFill {
    /// The words of every version that could be read (nil: not readable).
    struct Words: Sendable {
        var tag: UInt64
        var words: [Int?]
        /// False when nothing can extract answers (steps then hold sections only).
        var extracting: Bool
    }

    /// One version's answers, and the steps they completed (step `i`: from version `i - 1` to `i`).
    struct Version: Sendable {
        var tag: UInt64
        var index: Int
        /// Nil when nothing can extract answers.
        var answers: [Question: Answer]?
        var steps: [(index: Int, step: TimelineStep)]
    }

    /// The job ended.
    struct Done: Sendable {
        var tag: UInt64
    }

    /// The versions' indices, nearest to `start` first (the later one first at equal distance).
    static func nearestFirst(_ count: Int, from start: Int) -> [Int] {
        guard count > 0 else { return [] }
        let start = min(max(0, start), count - 1)
        var order = [start]
        for d in 1..<max(1, count) {
            if start + d < count { order.append(start + d) }
            if start - d >= 0 { order.append(start - d) }
        }
        return order
    }

    /// The job: `loaded` holds the texts the browser has (nil: read through the history's
    /// reader). It stops early once `life` is gone (every copy of the view dropped: closed).
    static func work(tag: UInt64, versions: [PolicyHistory.Version], loaded: [Policy?], from start: Int,
                     history: BrowserHistory, life: TimelineLife) -> ScreenWork {
        let watch = LifeWatch(life)
        return ScreenWork { report in
            let open = { @Sendable in watch.life != nil }
            let order = nearestFirst(versions.count, from: start)
            var read = loaded
            for i in order where read[i] == nil && open() { read[i] = history.reader?.policy(of: versions[i]) }
            let texts = read
            let extracting = history.canExtract
            report(Words(tag: tag, words: texts.map { $0?.wordCount }, extracting: extracting))
            let readable = order.filter { texts[$0] != nil }
            let known = KnownAnswers(count: versions.count)
            @Sendable func found(_ k: Int, _ summary: PracticeSummary?) -> Bool {
                let i = readable[k]
                let ready = known.add(i, summary?.answers ?? [:])
                let steps = ready.map { j, old, new in (j, TimelineStep(old: texts[j - 1]!, old, new: texts[j]!, new)) }
                known.serially { report(Version(tag: tag, index: i, answers: summary?.answers, steps: steps)) }
                return open()
            }
            let policies = readable.map { texts[$0]! }
            if extracting {
                history.extract(policies) { found($0, $1) }
            } else {
                for k in policies.indices where !found(k, nil) { break }
            }
            return Done(tag: tag)
        }
    }
}

/// Lives as long as a timeline view: its fill stops once it is gone.
final class TimelineLife: Sendable {}

/// A weak reference to a ``TimelineLife``, for the fill's threads.
private final class LifeWatch: Sendable {
    weak let life: TimelineLife?

    init(_ life: TimelineLife) { self.life = life }
}

/// The answers extracted so far, shared by the extraction's threads: says which steps a
/// new version completes (each step once).
private final class KnownAnswers: Sendable {
    private struct State {
        var answers: [[Question: Answer]?]
        var stepTaken: [Bool]
    }

    private let state: Mutex<State>
    private let reporting = Mutex(())

    init(count: Int) {
        state = Mutex(State(answers: Array(repeating: nil, count: count), stepTaken: Array(repeating: false, count: count)))
    }

    /// Records version `i`; returns the steps (index, old answers, new answers) it completes.
    func add(_ i: Int, _ found: [Question: Answer]) -> [(Int, [Question: Answer], [Question: Answer])] {
        state.withLock { s in
            s.answers[i] = found
            var ready: [(Int, [Question: Answer], [Question: Answer])] = []
            for j in [i, i + 1] where j > 0 && j < s.answers.count && !s.stepTaken[j] {
                guard let old = s.answers[j - 1], let new = s.answers[j] else { continue }
                s.stepTaken[j] = true
                ready.append((j, old, new))
            }
            return ready
        }
    }

    /// Runs `body` while no other thread runs its own (reports go out one at a time).
    func serially(_ body: () -> Void) {
        reporting.withLock { _ in body() }
    }
}
