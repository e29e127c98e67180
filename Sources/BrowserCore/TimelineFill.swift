import PolicyComparison
import PolicyExtraction
import PolicyHistory
import PolicyModel
import Synchronization

/// Filling a timeline's strip in the background: the loaded versions' words at once, then
/// each version read (a git version from its repository) and extracted, nearest versions
/// first, and each step's changes once both its versions are known.
enum TimelineFill {
    /// The words of the versions loaded already (nil: not read yet).
    struct Words: Sendable {
        var tag: UInt64
        var words: [Int?]
        /// False when nothing can extract answers (steps then hold sections only).
        var extracting: Bool
    }

    /// One version read: its words and answers, and the steps they completed (step `i`: from
    /// version `i - 1` to `i`).
    struct Version: Sendable {
        var tag: UInt64
        var index: Int
        /// Nil when the version could not be read.
        var words: Int?
        /// Nil when nothing can extract answers, or the version could not be read.
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
            let order = nearestFirst(versions.count, from: start)
            let extracting = history.canExtract
            report(Words(tag: tag, words: loaded.map { $0?.wordCount }, extracting: extracting))
            let known = KnownVersions(count: versions.count)
            history.extract(order.count, reading: { k in
                let i = order[k]
                return watch.life == nil ? nil : loaded[i] ?? history.reader?.policy(of: versions[i])
            }) { k, text, summary in
                let i = order[k]
                let ready = known.add(i, text: text.map { ($0, VersionDiffer.Prepared($0)) }, answers: summary?.answers ?? [:])
                let steps = ready.map { j, old, new in
                    (j, TimelineStep(old: old.text, old.answers, new: new.text, new.answers, diff: VersionDiffer.diff(old.prepared, new.prepared)))
                }
                known.finish(steps.map(\.0))
                known.serially {
                    report(Version(tag: tag, index: i, words: text?.wordCount, answers: text == nil ? nil : summary?.answers, steps: steps))
                }
                return watch.life != nil
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

/// The versions read so far, shared by the extraction's threads: says which steps a new
/// version completes (each step once), and lets a text go once both its steps are taken.
private final class KnownVersions: Sendable {
    /// A version read: its text, prepared for diffing once (it serves two steps), and its answers.
    typealias Known = (text: Policy, prepared: VersionDiffer.Prepared, answers: [Question: Answer])

    private struct State {
        var known: [Known?]
        /// The version was read, or could not be.
        var done: [Bool]
        var stepTaken: [Bool]
    }

    private let state: Mutex<State>
    private let reporting = Mutex(())

    init(count: Int) {
        let no = Array(repeating: false, count: count)
        state = Mutex(State(known: Array(repeating: nil, count: count), done: no, stepTaken: no))
    }

    /// Records version `i` (`text` nil: unreadable); returns the steps (index, old, new) it completes.
    func add(_ i: Int, text: (Policy, VersionDiffer.Prepared)?, answers: [Question: Answer]) -> [(Int, Known, Known)] {
        state.withLock { s in
            s.done[i] = true
            s.known[i] = text.map { ($0.0, $0.1, answers) }
            var ready: [(Int, Known, Known)] = []
            for j in [i, i + 1] where j > 0 && j < s.known.count && !s.stepTaken[j] {
                guard let old = s.known[j - 1], let new = s.known[j] else { continue }
                s.stepTaken[j] = true
                ready.append((j, old, new))
            }
            return ready
        }
    }

    /// The steps `taken` are computed: drops each text no step still needs.
    func finish(_ taken: [Int]) {
        state.withLock { s in
            for j in taken {
                for i in [j - 1, j] where needsNothing(i, s) { s.known[i] = nil }
            }
        }
    }

    /// Whether both steps of version `i` are taken or cannot be (a neighbour unreadable).
    private func needsNothing(_ i: Int, _ s: State) -> Bool {
        func settled(_ step: Int) -> Bool {
            step <= 0 || step >= s.known.count || s.stepTaken[step]
                || (s.done[step - 1] && s.done[step] && (s.known[step - 1] == nil || s.known[step] == nil))
        }
        return settled(i) && settled(i + 1)
    }

    /// Runs `body` while no other thread runs its own (reports go out one at a time).
    func serially(_ body: () -> Void) {
        reporting.withLock { _ in body() }
    }
}
