import BrowserCore
import Foundation

/// Where background loads leave their reports for the key loop, which drains it between reads.
///
/// Progress reports of one load replace each other: the loop only ever needs the latest.
public final class LoadInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [LoadEvent] = []
    private var currentPracticeEpoch = 0
    private var currentOpenPolicy: Int?

    public init() {}

    /// The browser's ``BrowserState/practiceEpoch`` as the key loop last published it; background
    /// practice work drops requests of older epochs. Safe from any thread.
    public var practiceEpoch: Int {
        get { lock.withLock { currentPracticeEpoch } }
        set { lock.withLock { currentPracticeEpoch = newValue } }
    }

    /// The browser's open policy as the key loop last published it; a second pass over a policy
    /// no longer open is dropped unrun. Safe from any thread.
    public var openPolicy: Int? {
        get { lock.withLock { currentOpenPolicy } }
        set { lock.withLock { currentOpenPolicy = newValue } }
    }

    /// Leaves a report; safe from any thread.
    public func post(_ event: LoadEvent) {
        lock.lock()
        defer { lock.unlock() }
        if case .progress(let id, _, _) = event,
           let i = events.lastIndex(where: { if case .progress(id, _, _) = $0 { true } else { false } }) {
            events[i] = event
        } else {
            events.append(event)
        }
    }

    /// Runs practice `requests` one after another and posts each summary; a request whose epoch
    /// has passed (the view that wanted it has closed), or a second pass over a policy no longer
    /// open, is posted as skipped instead, unrun. Slow: call it off the key loop.
    public func runPractices(_ requests: [PracticeRequest]) {
        for request in requests {
            let wanted = request.epoch == practiceEpoch && (!request.refines || request.policyIndex == openPolicy)
            post(wanted ? request.run() : request.skipped)
        }
    }

    /// Takes every report left since the last call, oldest first.
    public func drain() -> [LoadEvent] {
        lock.lock()
        defer { lock.unlock() }
        let out = events
        events = []
        return out
    }
}

/// Starts loading a request in the background, posting its progress and result to the inbox.
public typealias BackgroundLoader = @Sendable (LoadRequest, LoadInbox) -> Void
