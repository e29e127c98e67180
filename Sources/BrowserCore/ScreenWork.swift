/// Slow work a stacked screen (or the list's words sort) asks for (a search that must extract practices first, an index
/// to build): the shell runs it off the key loop and the result comes back, through
/// ``LoadEvent/screenWork(_:)``, to every screen; the one that asked knows its result.
public struct ScreenWork: Sendable {
    /// The job; it may report progress (any value its screen understands) while it runs.
    let job: @Sendable (_ report: @Sendable (any Sendable) -> Void) -> any Sendable

    init(_ job: @escaping @Sendable (_ report: @Sendable (any Sendable) -> Void) -> any Sendable) {
        self.job = job
    }

    /// Runs the job: slow, call it off the key loop. `post` receives its progress as
    /// ``LoadEvent/screenProgress(_:)`` events.
    public func run(posting post: @escaping @Sendable (LoadEvent) -> Void = { _ in }) -> LoadEvent {
        .screenWork(job { post(.screenProgress($0)) })
    }
}

extension BrowserState {
    /// Moves the jobs the screens asked for into the queue the shell takes from.
    mutating func collectScreenWork() {
        var asked: [ScreenWork] = []
        screens.modifyAll(screenContext) { screen in
            if let work = screen.takeWork() { asked.append(work) }
        }
        work.pending += asked
        work.running += asked.count
    }

    /// The screen jobs asked for since the last call, for the shell to run in the background.
    public mutating func takeScreenWork() -> [ScreenWork] {
        defer { work.pending = [] }
        return work.pending
    }

    /// True while a screen waits for background work.
    public var isWorking: Bool { work.running > 0 }

    /// A job's result arrived: every screen may take it.
    mutating func received(screenWork result: any Sendable) {
        work.running = max(0, work.running - 1)
        if let counts = result as? WordCounts {
            received(counts)
            return
        }
        let context = screenContext
        screens.modifyAll(context) { $0.receive(result, context) }
    }

    /// A job's progress: every screen may take it; the job is still running.
    mutating func received(screenProgress report: any Sendable) {
        let context = screenContext
        screens.modifyAll(context) { $0.receive(report, context) }
    }

    /// Runs every screen job now, on this thread (tests, and shells without a background);
    /// progress reports are kept and applied before each result.
    public mutating func runScreenWork() {
        while !work.pending.isEmpty {
            for job in takeScreenWork() {
                let reports = Reports()
                let result = job.run { event in reports.add(event) }
                for event in reports.events { apply(event) }
                apply(result)
            }
        }
    }
}

/// The screen jobs waiting for the shell, and how many have not come back.
struct ScreenWorkQueue: Sendable {
    var pending: [ScreenWork] = []
    var running = 0
}

/// Progress events a job posted while run on the key loop's thread (``BrowserState/runScreenWork()``).
private final class Reports: @unchecked Sendable {
    private(set) var events: [LoadEvent] = []
    func add(_ event: LoadEvent) { events.append(event) }
}
