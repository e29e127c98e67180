import PolicyModel

/// Paths the browser asks the shell to load in the background (the start-up paths, `:open`).
public struct LoadRequest: Hashable, Sendable {
    public var id: Int
    public var paths: [String]
}

/// What a background load reports back to the browser.
public enum LoadEvent: Sendable {
    /// `done` of `total` files parsed.
    case progress(id: Int, done: Int, total: Int)
    /// The load ended: the policies that loaded, in path order, and one line per problem.
    case finished(id: Int, policies: [Policy], problems: [String])
    /// The load listed its policies, in path order, some without their text (one line per
    /// problem so far); the texts follow in ``bodies(id:read:failed:last:)``. The list is
    /// shown at once; a text the browser needs first is read then (``ListedPolicy/body``).
    /// `readAll`: the loader reads the texts only once this is called (too many to hold
    /// unasked); nil: it reads them at once.
    case listed(id: Int, policies: [ListedPolicy], problems: [String], readAll: (@Sendable () -> Void)? = nil)
    /// Texts of a listed load, each by its place in the listing; `failed`: one line per text
    /// that could not be read. `last`: the load is over.
    case bodies(id: Int, read: [(entry: Int, policy: Policy)], failed: [String], last: Bool)
    /// A policy's practice summary, computed in the background (see ``PracticeRequest``).
    case practices(policy: Int, summary: PracticeSummary)
    /// The result of a stacked screen's background job (see ``ScreenWork``).
    case screenWork(any Sendable)
    /// Progress a screen's background job reported; the job goes on.
    case screenProgress(any Sendable)
    /// A practice request dropped unrun because its epoch had passed (see ``PracticeRequest``).
    case practicesSkipped(policy: Int)
    /// The open policy's second pass (see ``PracticeSource/refinedSummary(for:)``): its new
    /// summary, nil when it failed or was dropped because the policy was closed.
    case refined(policy: Int, summary: PracticeSummary?)
}

/// One load under way.
struct LoadJob: Hashable, Sendable {
    var id: Int
    var label: String
    var done = 0
    /// Files in all, once the loader has found them.
    var total: Int?
    /// Listed: `done` and `total` count the texts read.
    var readingTexts = false
}

/// Background loads: those under way, in the order they were asked for, those waiting for
/// the shell, and the problems every finished one reported.
struct LoadQueue: Sendable {
    var jobs: [LoadJob] = []
    var pending: [LoadRequest] = []
    var nextID = 1
    /// Problems reported by every finished load, for the problems view and the shell's exit.
    var problems: [String] = []

    /// Queues a request; returns its id.
    mutating func request(_ paths: [String], label: String) -> Int {
        let id = nextID
        nextID += 1
        pending.append(LoadRequest(id: id, paths: paths))
        jobs.append(LoadJob(id: id, label: label))
        return id
    }

    /// Every load under way has listed its policies and is reading their texts.
    var readingTexts: Bool { !jobs.isEmpty && jobs.allSatisfy(\.readingTexts) }

    /// Files done and files in all over every load under way (`total` nil while still counting).
    var progress: (done: Int, total: Int?)? {
        guard !jobs.isEmpty else { return nil }
        let done = jobs.reduce(0) { $0 + $1.done }
        let known = jobs.allSatisfy { $0.total != nil }
        return (done, known ? jobs.reduce(0) { $0 + ($1.total ?? 0) } : nil)
    }

    /// Records a load's progress.
    mutating func advance(_ id: Int, done: Int, total: Int?) {
        guard let i = jobs.firstIndex(where: { $0.id == id }) else { return }
        jobs[i].done = max(jobs[i].done, done)
        jobs[i].total = total
    }

    /// Ends a load, keeping its problems; nil when it is not under way.
    mutating func finish(_ id: Int, problems more: [String]) -> LoadJob? {
        guard let i = jobs.firstIndex(where: { $0.id == id }) else { return nil }
        problems += more
        return jobs.remove(at: i)
    }

    /// A load listed its policies and now reads `texts` texts; nil when it is not under way.
    mutating func listed(_ id: Int, problems more: [String], texts: Int) -> LoadJob? {
        guard let i = jobs.firstIndex(where: { $0.id == id }) else { return nil }
        problems += more
        let job = jobs[i]
        if texts == 0 {
            jobs.remove(at: i)
        } else {
            jobs[i].readingTexts = true
            jobs[i].done = 0
            jobs[i].total = texts
        }
        return job
    }
}

extension BrowserState {
    /// Asks for `paths` to be loaded in the background; the shell picks the request up with
    /// ``takeLoadRequests()`` and feeds ``LoadEvent``s back through ``apply(_:)``.
    @discardableResult
    public mutating func requestLoad(_ paths: [String], label: String? = nil) -> Int {
        loading.request(paths, label: label ?? paths.joined(separator: " "))
    }

    /// The loads asked for since the last call.
    public mutating func takeLoadRequests() -> [LoadRequest] {
        defer { loading.pending = [] }
        return loading.pending
    }

    /// True while any load is under way.
    public var isLoading: Bool { !loading.jobs.isEmpty }

    /// Files done and files in all over every load under way (`total` nil while still counting).
    public var loadProgress: (done: Int, total: Int?)? { loading.progress }

    /// Applies a report from a background load.
    public mutating func apply(_ event: LoadEvent) {
        switch event {
        case .progress(let id, let done, let total):
            loading.advance(id, done: done, total: total)
        case .finished(let id, let loaded, let problems):
            guard let job = loading.finish(id, problems: problems) else { return }
            let placed = append(loaded.map(ListedPolicy.init(whole:)))
            message = Self.loadNote(job, listed: loaded.count, placed: placed, problems: problems.count)
        case .listed(let id, let loaded, let problems, let readAll):
            let texts = loaded.count { $0.body != nil }
            guard let job = loading.listed(id, problems: problems, texts: readAll == nil ? texts : 0) else { return }
            let placed = append(loaded)
            if texts > 0 { bodies.placed[id] = placed }
            message = Self.loadNote(job, listed: loaded.count, placed: placed, problems: problems.count)
            if texts > 0, let readAll {
                bodies.unasked[id] = (job, readAll)
                // A screen that reads every text is open (a search over an earlier load).
                if screens.needsEveryText(screenContext) { readAllTexts() }
            }
        case .bodies(let id, let read, let failed, let last):
            received(bodies: read, ofLoad: id)
            loading.problems += failed
            if last {
                // A text the loader could not read stays empty (its problem is listed).
                for index in bodies.placed.removeValue(forKey: id) ?? [] { if let index { bodies.readers[index] = nil } }
                _ = loading.finish(id, problems: [])
            } else {
                loading.advance(id, done: (loading.jobs.first { $0.id == id }?.done ?? 0) + read.count + failed.count,
                                total: loading.jobs.first { $0.id == id }?.total)
            }
        case .practices(let index, let summary):
            received(summary, for: index)
            askRefinement(of: index)
        case .refined(let index, let summary):
            practices.refining.remove(index)
            if let summary { received(summary, for: index) }
        case .screenWork(let result):
            received(screenWork: result)
        case .screenProgress(let report):
            received(screenProgress: report)
        case .practicesSkipped(let index):
            practices.asked.remove(index)
            // The open policy still wants its highlights; list rows are asked for below.
            if index == reader.policy { askDetails(of: index) }
        }
        requestVisibleSummaries()
    }

    /// The status line after a load listed `listed` policies.
    private static func loadNote(_ job: LoadJob, listed: Int, placed: [Int?], problems: Int) -> String {
        let dropped = placed.filter { $0 == nil }.count
        var note = listed == 0 ? "\(job.label): no policies loaded" : "loaded \(count(listed - dropped, "policy", "policies"))"
        if dropped > 0 { note += ", \(dropped) already loaded" }
        if problems > 0 { note += " (\(count(problems, "problem", "problems")): P lists \(problems == 1 ? "it" : "them"))" }
        return note
    }

    /// Adds policies after the ones loaded so far; returns how many were dropped as already
    /// loaded (the same id and the same text: a file opened again by another path). A repeated
    /// id with other text is renamed as the loader does (`id#2`, `id#3`...). Cursors, the open
    /// policy and the filter stay as they were.
    @discardableResult
    mutating func append(_ more: [Policy]) -> Int {
        append(more.map(ListedPolicy.init(whole:))).filter { $0 == nil }.count
    }

    /// ``append(_:)`` of policies listed with or without their text: the index each one got,
    /// nil for one dropped as already loaded. Telling a repeated id's text from another reads
    /// both texts (rare: a file opened again).
    mutating func append(_ more: [ListedPolicy]) -> [Int?] {
        guard !more.isEmpty else { return [] }
        var byID = [String: Int](minimumCapacity: policies.count + more.count)
        for (index, policy) in policies.enumerated() where byID[policy.id] == nil { byID[policy.id] = index }
        let first = policies.count
        // Grown once, not by doubling through 100,000 appends.
        policies.reserveCapacity(first + more.count)
        list.reserveCapacity(first + more.count)
        let bodiless = more.count { $0.body != nil }
        bodies.readers.reserveCapacity(bodies.readers.count + bodiless)
        list.wordCounts.reserveCapacity(list.wordCounts.count + bodiless)
        var placed: [Int?] = []
        for var listed in more {
            if let known = byID[listed.policy.id] {
                readBody(known)
                if let read = listed.body {
                    switch read() {
                    case .success(let text): listed = ListedPolicy(whole: text)
                    case .failure(let error): loading.problems.append(error.line)
                    }
                    listed.body = nil
                }
                if policies[known].hasSameText(as: listed.policy) {
                    placed.append(nil)
                    continue
                }
                var k = 2
                while byID["\(listed.policy.id)#\(k)"] != nil { k += 1 }
                listed.policy.id = "\(listed.policy.id)#\(k)"
            }
            let p = listed.policy
            byID[p.id] = policies.count
            placed.append(policies.count)
            if let read = listed.body {
                bodies.readers[policies.count] = read
                if let words = listed.wordCount { list.wordCounts[policies.count] = words }
            }
            policies.append(p)
            list.index(p)
        }
        let q = Array(list.filter.lowercased().utf8)
        list.visible += (first..<policies.count).filter { q.isEmpty || Self.bytes(list.filterKeys[$0], contain: q) }
        refreshListRows(keeping: list.cursorRow)
        if reader.policy == nil, let index = list.rows.first?.policy { open(policyAt: index) }
        clampScroll()
        return placed
    }

    /// `N policies`, `1 policy`.
    static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }

    /// The status bar's progress: `loading ▕████░░░░▏ 120/3000`, the bar `barWidth` cells wide.
    func loadingText(barWidth: Int) -> String? {
        guard let (done, total) = loadProgress else { return nil }
        guard let total, total > 0 else { return "loading…" }
        let filled = min(barWidth, done * barWidth / total)
        let bar = barWidth > 0 ? "▕" + String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled) + "▏ " : ""
        return "\(loading.readingTexts ? "reading texts" : "loading") \(bar)\(done)/\(total)"
    }
}

extension Policy {
    /// Whether `other` is the same document: the same site, date, title and text, whatever its
    /// id and file.
    func hasSameText(as other: Policy) -> Bool {
        domain == other.domain && archivedOn == other.archivedOn && title == other.title
            && preamble == other.preamble && sections == other.sections
    }
}
