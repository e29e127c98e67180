import BrowserCore
import TerminalShell
import Testing

/// Background loads leave reports that the key loop drains.
@Suite struct LoadInboxTests {
    @Test func progressOfOneLoadKeepsOnlyTheLatestAndResultsKeepTheirOrder() {
        let inbox = LoadInbox()
        inbox.post(.progress(id: 1, done: 1, total: 9))
        inbox.post(.progress(id: 2, done: 1, total: 3))
        inbox.post(.progress(id: 1, done: 2, total: 9))
        inbox.post(.finished(id: 2, policies: [], problems: ["x"]))
        let events = inbox.drain()
        #expect(events.count == 3)
        guard case .progress(1, 2, 9) = events[0], case .progress(2, 1, 3) = events[1], case .finished(2, _, ["x"]) = events[2] else {
            Issue.record("unexpected \(events)")
            return
        }
        #expect(inbox.drain().isEmpty)
    }

    @Test func postsFromManyTasksAllArrive() async {
        let inbox = LoadInbox()
        await withTaskGroup(of: Void.self) { group in
            for id in 0..<50 {
                group.addTask { inbox.post(.finished(id: id, policies: [], problems: [])) }
            }
        }
        #expect(inbox.drain().count == 50)
    }
}
