import PolicyClassifier
import PolicyComparison
import PolicyExtraction
import PolicyModel

/// What the comparison views need from one policy's extracted practices: its answers (with
/// evidence located in the text), and each section's dominant practice category.
public struct PracticeSummary: Hashable, Sendable {
    public var answers: [Question: Answer]
    /// Short category name per section number (0 is the preamble); absent: no category.
    public var sectionCategories: [Int: String]
    /// Why nothing was classified (not English, not a policy), nil for a policy.
    public var note: String?

    public init(answers: [Question: Answer], sectionCategories: [Int: String] = [:], note: String? = nil) {
        self.answers = answers
        self.sectionCategories = sectionCategories
        self.note = note
    }

    /// The answers of `practices`, and each section's dominant category by its short name
    /// (``PracticeLegend/sectionLabel(_:)``).
    public init(_ practices: PolicyPractices, policy: Policy) {
        self.init(answers: practices.answers, status: practices.status,
                  dominant: SectionPairing.dominantCategories(practices, sectionCount: policy.flattenedSections.count))
    }

    /// The same from a stored record (``PracticeRecord``: the answers and each sentence's best
    /// category, without the analysed sentences).
    public init(_ record: PracticeRecord, policy: Policy) {
        // A listed policy has no sections yet: its record's section numbers stand for them
        // (sections without sentences have no category either way).
        let sections = max(policy.flattenedSections.count, record.bestCategories.map(\.sectionNumber).max() ?? 0)
        self.init(answers: record.answers, status: record.status,
                  dominant: SectionPairing.dominantCategories(record, sectionCount: sections))
    }

    private init(answers: [Question: Answer], status: PolicyStatus, dominant: [OPP115Category?]) {
        var categories: [Int: String] = [:]
        for (number, category) in dominant.enumerated() {
            guard let category else { continue }
            categories[number] = PracticeLegend.sectionLabel(category)
        }
        self.init(answers: answers, sectionCategories: categories, note: status.isClassified ? nil : status.explanation)
    }

    /// The answer to `question`, not stated when absent.
    public subscript(question: Question) -> Answer {
        answers[question] ?? .notStated(question)
    }
}

/// Where practice summaries come from (the extraction module plugs in here). Computing one
/// costs about 11 ms per policy in a release build, so the shell runs it in the background.
public protocol PracticeSource: Sendable {
    /// The summary when it was computed before; never computes.
    func cachedSummary(for policy: Policy) -> PracticeSummary?
    /// Computes (and keeps) the summary.
    func summary(for policy: Policy) -> PracticeSummary
    /// Whether what the text pane draws (highlights, sentences) is known for `policy`: a
    /// summary read from a store comes without it. Default: a cached summary.
    func hasDetails(for policy: Policy) -> Bool
    /// Whether a second, slower and better pass (the deep classifier) would still replace
    /// `policy`'s practices: false once it ran, or when there is none. Default: none.
    func wantsRefinement(of policy: Policy) -> Bool
    /// Runs that pass: computes (and keeps) `policy`'s practices with it, so that its highlights
    /// and sentences become the refined ones; the new summary, nil when the pass failed.
    func refinedSummary(for policy: Policy) -> PracticeSummary?
}

extension PracticeSource {
    public func hasDetails(for policy: Policy) -> Bool { cachedSummary(for: policy) != nil }
    public func wantsRefinement(of policy: Policy) -> Bool { false }
    public func refinedSummary(for policy: Policy) -> PracticeSummary? { nil }
}

/// One policy whose practices the browser waits for: the shell runs ``run()`` in the
/// background and posts the event it returns, or, once the browser's
/// ``BrowserState/practiceEpoch`` has moved past ``epoch``, posts ``skipped`` instead.
public struct PracticeRequest: Sendable {
    public var policyIndex: Int
    public var policy: Policy
    /// The ``BrowserState/practiceEpoch`` the request was made in.
    public var epoch: Int
    /// The second pass (``PracticeSource/refinedSummary(for:)``) for the open policy: the shell
    /// runs it only while that policy is still open.
    public var refines = false
    let source: any PracticeSource

    /// Computes the summary: slow, call it off the key loop.
    public func run() -> LoadEvent {
        refines ? .refined(policy: policyIndex, summary: source.refinedSummary(for: policy))
            : .practices(policy: policyIndex, summary: source.summary(for: policy))
    }

    /// The report for a request dropped unrun.
    public var skipped: LoadEvent {
        refines ? .refined(policy: policyIndex, summary: nil) : .practicesSkipped(policy: policyIndex)
    }
}

/// Practice work: the summaries that arrived, those asked for and not arrived, the requests
/// waiting for the shell, and the epoch that tells the shell which requests are still wanted.
struct PracticeWork: Sendable {
    /// Practice summaries by policy index, as they arrive.
    var summaries: [Int: PracticeSummary] = [:]
    /// Policies whose summary was asked for and has not arrived.
    var asked: Set<Int> = []
    /// Moves on when the last screen closes: the requests made before are no longer wanted, so
    /// the shell drops those it has not run yet (the browser asks again for what it still
    /// shows). Closing a 500-policy matrix thus stops its background work.
    var epoch = 0
    var pending: [PracticeRequest] = []
    /// Policies whose second pass was asked for and has not reported.
    var refining: Set<Int> = []

    /// Asks for a policy's second pass once at a time.
    mutating func askRefinement(_ index: Int, _ policy: Policy, from source: any PracticeSource) {
        guard !refining.contains(index) else { return }
        refining.insert(index)
        var request = PracticeRequest(policyIndex: index, policy: policy, epoch: epoch, source: source)
        request.refines = true
        pending.append(request)
    }

    /// Asks for a policy's summary once, unless it is known.
    mutating func ask(_ index: Int, _ policy: Policy, from source: any PracticeSource) {
        guard !asked.contains(index) else { return }
        asked.insert(index)
        pending.append(PracticeRequest(policyIndex: index, policy: policy, epoch: epoch, source: source))
    }
}

extension BrowserState {
    /// The summary of a policy if known; asks for it (once) otherwise.
    mutating func summary(of index: Int) -> PracticeSummary? {
        if let known = practices.summaries[index] { return known }
        guard let source = practiceSource, policies.indices.contains(index) else { return nil }
        if let cached = source.cachedSummary(for: policies[index]) {
            practices.summaries[index] = cached
            return cached
        }
        // Extraction reads the text: a listed policy's is read now.
        readBody(index)
        practices.ask(index, policies[index], from: source)
        return nil
    }

    /// Asks for the open policy's practices when its highlights are not known, even if its
    /// summary is (a stored one, read for the list's badges).
    mutating func askDetails(of index: Int) {
        guard highlighter != nil, let source = practiceSource, policies.indices.contains(index) else { return }
        if practices.summaries[index] == nil { _ = summary(of: index) }
        if !source.hasDetails(for: policies[index]) {
            readBody(index)
            practices.ask(index, policies[index], from: source)
        } else {
            askRefinement(of: index)
        }
    }

    /// Asks for the second pass over the open policy once its first pass is drawn, when the
    /// source has one it has not run.
    mutating func askRefinement(of index: Int) {
        guard highlighter != nil, index == reader.policy, let source = practiceSource, policies.indices.contains(index),
              source.hasDetails(for: policies[index]), source.wantsRefinement(of: policies[index])
        else { return }
        readBody(index)
        practices.askRefinement(index, policies[index], from: source)
    }

    /// True while the open policy's second pass runs (the status bar says so).
    var isRefiningOpenPolicy: Bool { reader.policy.map(practices.refining.contains) ?? false }

    /// The practice computations asked for since the last call, in the order wanted.
    public mutating func takePracticeRequests() -> [PracticeRequest] {
        defer { practices.pending = [] }
        return practices.pending
    }

    /// True while summaries asked for (or a second pass) have not arrived.
    public var isComputingPractices: Bool { !practices.asked.isEmpty || !practices.refining.isEmpty }

    /// Runs every request now, on this thread (tests, and shells without a background).
    public mutating func computeRequestedPractices() {
        while !practices.pending.isEmpty {
            for request in takePracticeRequests() { apply(request.run()) }
        }
    }

    mutating func received(_ summary: PracticeSummary, for index: Int) {
        practices.asked.remove(index)
        practices.summaries[index] = summary
        reader.cache.remove(index)
        if case .answer = list.sort, list.visible.contains(index) {
            refreshListRows(keeping: list.cursorRow)
        }
        if index == reader.policy, let highlighter {
            // The open policy's highlights arrived: rebuild its text; the wrapping is the same,
            // so the reading position stays.
            let top = reader.textTop
            reader.document = Document(policy: policies[index], highlighter: highlighter)
            reader.layout = TextLayout(document: reader.document, width: textWidth)
            refreshHighlightSelection()
            reader.textTop = top
            // The pieces are the same, so a search's matches still hold; its folded copies do not.
            if reader.search != nil { reader.document.prepareSearch() }
            clampScroll()
        }
        refreshScreens(with: index)
    }

    /// Policies still being computed, for the status bar.
    var practicesWaiting: Int { practices.asked.count }
}
