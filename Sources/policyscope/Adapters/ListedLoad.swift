import BrowserCore
import PolicyModel
import PolicyParsing
import PolicyStore
import TerminalShell

/// The browser's load of files through the store: the listings first (read from the store's
/// columns, so a warm list of thousands shows at once), then every stored text decoded in the
/// background, a batch at a time. A text the browser needs before its batch comes (the policy
/// opened, a badge that must extract) is read by the key loop through the listing's reader.
/// Past ``unaskedWords`` the texts are read only when the browser asks for them all (a search
/// no saved index serves, the trends): one by one they are read as they are opened.
enum ListedLoad {
    /// Texts decoded between two reports to the key loop.
    static let batch = 256
    /// The most words of stored text read without being asked: held in memory, a text takes
    /// about twice its bytes, so 50 million words (some 300 MB of text; 10,000 typical
    /// policies) hold about 600 MB.
    static let unaskedWords = 50_000_000

    /// Loads `paths` for load `id`, posting its progress, its listing and then its texts.
    /// `warnings` holds the store's faults (posted with the listing, and with the last texts).
    /// `shelf` learns each stored file's blob (for the search index saved for them).
    static func run(_ paths: [String], id: Int, use: StoreUse, warnings: CollectedWarnings, inbox: LoadInbox,
                    shelf: SearchIndexShelf? = nil, listed: @Sendable () -> Void = {}) async {
        let catalog = await StoredCatalog.load(paths, using: use) { done, total, _ in
            inbox.post(.progress(id: id, done: done, total: total))
        }
        let entries = catalog.entries
        let policies = entries.map { entry in
            switch entry.body {
            case .loaded(let policy): ListedPolicy(whole: policy)
            case .stored: ListedPolicy(entry.listing) { text(of: entry, use) }
            }
        }
        let warned = warnings.problems
        let stored = entries.indices.filter { policies[$0].body != nil }
        let words = stored.reduce(0) { $0 + entries[$1].listing.wordCount }
        let (asked, ask) = AsyncStream<Void>.makeStream()
        let waits = words > unaskedWords
        // Only the event holds the way to ask: when the browser lets go of it, the wait ends.
        inbox.post(.listed(id: id, policies: policies, problems: warned + catalog.problems.map(\.line),
                           readAll: waits ? Asking.closure(ask) : nil))
        listed()
        // After the list is on its way: a search waits for the texts below anyway.
        shelf?.remember(entries)
        guard !stored.isEmpty else { return }
        if waits {
            var waiting = asked.makeAsyncIterator()
            // Nil: the browser let go of the load without asking.
            guard await waiting.next() != nil else { return }
        }
        var start = 0
        repeat {
            let part = Array(stored[start..<min(start + batch, stored.count)])
            start += part.count
            let results = await Parallel.map(part.count) { text(of: entries[part[$0]], use) }
            var read: [(entry: Int, policy: Policy)] = [], failed: [String] = []
            for (entry, result) in zip(part, results) {
                switch result {
                case .success(let policy): read.append((entry, policy))
                case .failure(let error): failed.append(error.line)
                }
            }
            let last = start == stored.count
            if last { failed += warnings.problems.dropFirst(warned.count) }
            inbox.post(.bodies(id: id, read: read, failed: failed, last: last))
        } while start < stored.count
    }

    /// The browser's way to ask for the texts: once, or never when it lets go of the last
    /// reference (the stream then ends, and so does the waiting load).
    private final class Asking: Sendable {
        let stream: AsyncStream<Void>.Continuation

        init(_ stream: AsyncStream<Void>.Continuation) {
            self.stream = stream
        }

        static func closure(_ stream: AsyncStream<Void>.Continuation) -> @Sendable () -> Void {
            let asking = Asking(stream)
            return { @Sendable in asking.ask() }
        }

        func ask() {
            stream.yield()
            stream.finish()
        }

        deinit { stream.finish() }
    }

    /// The whole policy of a stored entry (decoded, or read and parsed again when its row is
    /// gone), or its problem line.
    private static func text(of entry: PolicyCatalog.Entry, _ use: StoreUse) -> Result<Policy, BodyReadError> {
        StoredCatalog.policy(entry, using: use).mapError { BodyReadError("\(entry.listing.file): \($0.description)") }
    }
}

extension LoadProblem {
    /// The browser's line for a problem: `PATH: reason`, or `PATH: warning: MESSAGE` for a file
    /// that still loaded.
    var line: String { isError ? description : "\(path): warning: \(message)" }
}
