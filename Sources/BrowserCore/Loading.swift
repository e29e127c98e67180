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
    /// A policy's practice summary, computed in the background (see ``PracticeRequest``).
    case practices(policy: Int, summary: PracticeSummary)
    /// A practice request dropped unrun because its epoch had passed (see ``PracticeRequest``).
    case practicesSkipped(policy: Int)
}

/// One load under way.
struct LoadJob: Hashable, Sendable {
    var id: Int
    var label: String
    var done = 0
    /// Files in all, once the loader has found them.
    var total: Int?
}

extension BrowserState {
    /// Asks for `paths` to be loaded in the background; the shell picks the request up with
    /// ``takeLoadRequests()`` and feeds ``LoadEvent``s back through ``apply(_:)``.
    @discardableResult
    public mutating func requestLoad(_ paths: [String], label: String? = nil) -> Int {
        let id = nextLoadID
        nextLoadID += 1
        pendingLoads.append(LoadRequest(id: id, paths: paths))
        loads.append(LoadJob(id: id, label: label ?? paths.joined(separator: " ")))
        return id
    }

    /// The loads asked for since the last call.
    public mutating func takeLoadRequests() -> [LoadRequest] {
        defer { pendingLoads = [] }
        return pendingLoads
    }

    /// True while any load is under way.
    public var isLoading: Bool { !loads.isEmpty }

    /// Files done and files in all over every load under way (`total` nil while still counting).
    public var loadProgress: (done: Int, total: Int?)? {
        guard !loads.isEmpty else { return nil }
        let done = loads.reduce(0) { $0 + $1.done }
        let known = loads.allSatisfy { $0.total != nil }
        return (done, known ? loads.reduce(0) { $0 + ($1.total ?? 0) } : nil)
    }

    /// Applies a report from a background load.
    public mutating func apply(_ event: LoadEvent) {
        switch event {
        case .progress(let id, let done, let total):
            guard let i = loads.firstIndex(where: { $0.id == id }) else { return }
            loads[i].done = max(loads[i].done, done)
            loads[i].total = total
        case .finished(let id, let loaded, let problems):
            guard let i = loads.firstIndex(where: { $0.id == id }) else { return }
            let job = loads.remove(at: i)
            loadProblems += problems
            append(loaded)
            var note = loaded.isEmpty ? "\(job.label): no policies loaded" : "loaded \(Self.count(loaded.count, "policy", "policies"))"
            if !problems.isEmpty { note += " (\(Self.count(problems.count, "problem", "problems")), listed on exit)" }
            message = note
        case .practices(let index, let summary):
            received(summary, for: index)
        case .practicesSkipped(let index):
            practicesAsked.remove(index)
            // The open policy still wants its highlights; list rows are asked for below.
            if index == openPolicy, highlighter != nil { _ = summary(of: index) }
        }
        requestVisibleSummaries()
    }

    /// Adds policies after the ones loaded so far, renaming a repeated id as the loader does
    /// (`id#2`, `id#3`...). Cursors, the open policy and the filter stay as they were.
    mutating func append(_ more: [Policy]) {
        guard !more.isEmpty else { return }
        var taken = Set(policies.map(\.id))
        let first = policies.count
        for var p in more {
            if taken.contains(p.id) {
                var k = 2
                while taken.contains("\(p.id)#\(k)") { k += 1 }
                p.id = "\(p.id)#\(k)"
            }
            taken.insert(p.id)
            policies.append(p)
            filterKeys.append(Self.filterKey(p))
        }
        let q = Array(filter.lowercased().utf8)
        visiblePolicies += (first..<policies.count).filter { q.isEmpty || Self.bytes(filterKeys[$0], contain: q) }
        refreshListRows(keeping: listRows.indices.contains(listCursor) ? listRows[listCursor] : nil)
        if openPolicy == nil, let index = listRows.first?.policy { open(policyAt: index) }
        clampScroll()
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
        return "loading \(bar)\(done)/\(total)"
    }
}
