import PolicyModel
import Testing
@testable import BrowserCore

/// A stand-in for the index: every sentence holding all the query's words (case-insensitive),
/// scored by how often they occur; an unclosed `(` is an error at its column; a query with `:`
/// is costly (it runs on Enter only) and reports its progress policy by policy.
struct WordSearcher: PolicySearcher {
    func runsAsYouType(_ query: String, in policies: [Policy]) -> Bool { !query.contains(":") }

    func search(
        _ query: String, in policies: [Policy], limit: Int, progress: @Sendable (SearchProgress) -> Void
    ) -> Result<[PolicySearchResult], PolicySearchProblem> {
        if query.contains(":") {
            // After the first policy, its results come early.
            for p in policies.indices {
                let early = p == 0 ? try? Self.matches(query, in: [policies[0]], limit: limit).get() : nil
                progress(SearchProgress(note: "reading \(p + 1) of \(policies.count) policies", results: early))
            }
        }
        return Self.matches(query, in: policies, limit: limit)
    }

    static func matches(_ query: String, in policies: [Policy], limit: Int) -> Result<[PolicySearchResult], PolicySearchProblem> {
        if let open = query.firstIndex(of: "("), !query.contains(")") {
            let column = query.distance(from: query.startIndex, to: open) + 1
            return .failure(PolicySearchProblem(message: "unclosed parenthesis at column \(column)", column: column))
        }
        let words = query.lowercased().split(separator: " ").filter { !$0.contains(":") }.map { Array($0.unicodeScalars) }
        var found: [PolicySearchResult] = []
        for (p, policy) in policies.enumerated() {
            for section in policy.numberedSections {
                for (b, block) in section.blocks.enumerated() {
                    for range in block.sentences {
                        let text = block.text(of: range)
                        let marks = words.map { Self.occurrences(of: $0, in: Array(text.lowercased().unicodeScalars)) }
                        guard !words.isEmpty, marks.allSatisfy({ !$0.isEmpty }) else { continue }
                        found.append(PolicySearchResult(
                            policyIndex: p, location: BlockLocation(sectionNumber: section.location.number, blockIndex: b),
                            sectionPath: section.location.titlePath, range: range, snippet: text,
                            marks: marks.flatMap { $0 }.sorted(), score: Double(marks.joined().count) + 1 / Double(p + 2)))
                    }
                }
            }
        }
        return .success(Array(found.enumerated().sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }.map(\.element).prefix(limit)))
    }

    static func occurrences(of word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [TextRange] {
        guard !word.isEmpty, text.count >= word.count else { return [] }
        return (0...(text.count - word.count)).filter { Array(text[$0..<($0 + word.count)]) == word }
            .map { TextRange(start: $0, end: $0 + word.count) }
    }
}

/// The search view as state: opening, the query as you type, errors, opening a result and back.
@Suite struct SearchViewTests {
    static func state(_ w: Int = 100, _ h: Int = 30) -> BrowserState {
        BrowserState(policies: ComparisonFixtures.policies, size: Size(width: w, height: h), searcher: WordSearcher())
    }

    /// `S`, a query typed, accepted.
    static func searched(_ query: String, _ w: Int = 100, _ h: Int = 30) -> BrowserState {
        var s = state(w, h)
        s.update(.char("S"))
        s.update(Key.typing(query))
        s.update(.enter)
        return s
    }

    @Test func typingAQueryShowsResultsAsYouType() {
        var s = Self.state()
        s.update(.char("S"))
        #expect(s.view == .search && s.prompt?.sigil == SearchView.sigil)
        s.update(Key.typing("cookie"))
        let view = s.topScreen(SearchView.self)!
        #expect(view.query == "cookie" && view.results.count == 3)
        #expect(view.results.first?.snippet == "We use cookies to remember you; you can turn cookies off.")
        s.update(.enter)
        #expect(s.prompt == nil && s.message == "3 results: Enter opens one")
        s.update(Key.typing("/ you"))
        #expect(s.topScreen(SearchView.self)?.results.count == 2)
    }

    @Test func enterOpensThePolicyAtTheSentenceAndEscComesBackToTheSameResults() {
        var s = Self.searched("share")
        s.update(.char("j"))
        let before = s.topScreen(SearchView.self)!
        let chosen = before.results[1]
        s.update(.enter)
        #expect(s.view == .reader && s.openPolicy == chosen.policyIndex && s.focus == .text)
        #expect(s.search?.textMatches.count == 1)
        let m = s.search!.textMatches[0]
        #expect(String(s.document.pieces[m.piece].chars[m.range]) == chosen.snippet)
        #expect(s.message?.hasPrefix("result 2/\(before.results.count) for share") == true)
        s.update(.escape)
        let after = s.topScreen(SearchView.self)!
        #expect(s.view == .search && after.cursor == 1 && after.results == before.results && after.query == "share")
        s.update(.char("q"))
        #expect(s.view == .browser && !s.shouldQuit)
    }

    @Test func nAndNStepThroughTheResultsFromTheReaderUntilAPaneSearch() {
        var s = Self.searched("cookies")
        let results = s.topScreen(SearchView.self)!.results
        s.update(.enter)
        s.update(.char("n"))
        #expect(s.view == .reader && s.message?.hasPrefix("result 2/") == true && s.openPolicy == results[1].policyIndex)
        s.update(.char("N"))
        #expect(s.message?.hasPrefix("result 1/") == true)
        s.update(.char("N"))
        #expect(s.message == "first result")
        // A `/` search in the reader takes n/N back.
        s.update([.char("/")] + Key.typing("you") + [.enter, .char("n")])
        #expect(s.search?.query == "you" && s.view == .reader)
        s.update(.escape)
        #expect(s.view == .search && s.topScreen(SearchView.self)?.cursor == 0)
    }

    @Test func aSyntaxErrorShowsItsColumn() {
        var s = Self.searched("cookie (files", 60, 16)
        let view = s.topScreen(SearchView.self)!
        #expect(view.problem?.column == 8 && view.results.isEmpty)
        #expect(s.message == "unclosed parenthesis at column 8")
        let rows = s.render().text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[1].hasPrefix(" query: cookie (files"))
        #expect(rows[2].hasPrefix("               ^ unclosed parenthesis"))
        s.update([.char("/"), .char(")")])
        #expect(s.topScreen(SearchView.self)?.problem == nil)
    }

    @Test func costlyQueriesWaitForEnter() {
        var s = Self.state()
        s.update(.char("S"))
        s.update(Key.typing("category:x cookie"))
        #expect(s.topScreen(SearchView.self)?.pending == true && s.topScreen(SearchView.self)?.results.isEmpty == true)
        // Enter runs it off the key loop: the view says it is searching until the result arrives.
        s.update(.enter)
        #expect(s.topScreen(SearchView.self)?.pending == false && s.topScreen(SearchView.self)?.searching == true)
        #expect(s.isWorking)
        #expect(s.render().text.contains("searching…"))
        let jobs = s.takeScreenWork()
        #expect(jobs.count == 1)
        // A newer query wins over an older result that arrives late.
        s.update([.char("/")] + Key.typing(" cookie") + [.enter])
        for job in jobs { s.apply(job.run()) }
        #expect(s.topScreen(SearchView.self)?.searching == true && s.topScreen(SearchView.self)?.results.isEmpty == true)
        s.runScreenWork()
        #expect(s.topScreen(SearchView.self)?.searching == false && s.topScreen(SearchView.self)?.results.count == 3)
        #expect(!s.isWorking)
    }

    /// While a costly search runs, the view shows what it reported last; a report of an older
    /// query is dropped.
    @Test func aBackgroundSearchShowsItsProgress() throws {
        var s = Self.state()
        s.update([.char("S")] + Key.typing("category:x cookie") + [.enter])
        let job = try #require(s.takeScreenWork().first)
        let reports = ReportLog()
        let result = job.run { reports.add($0) }
        #expect(reports.events.count == s.policies.count)
        // The first report brings early results: shown while the search goes on.
        s.apply(reports.events[0])
        let early = s.topScreen(SearchView.self)?.results.count ?? 0
        #expect(early > 0 && s.topScreen(SearchView.self)?.searching == true)
        #expect(s.render().text.contains("the best so far below"))
        for event in reports.events.dropFirst() { s.apply(event) }
        #expect(s.topScreen(SearchView.self)?.progress == "reading \(s.policies.count) of \(s.policies.count) policies")
        #expect(s.render().text.contains("searching… reading \(s.policies.count) of"))
        s.apply(result)
        #expect(s.topScreen(SearchView.self)?.searching == false && s.topScreen(SearchView.self)?.results.count == 3)
        // A newer query: the older job's reports change nothing.
        s.update([.char("/")] + Key.typing("category:y cookie") + [.enter])
        for event in reports.events { s.apply(event) }
        #expect(s.topScreen(SearchView.self)?.progress == nil)
    }

    @Test func searchCommandTakesAQueryAndOtherScreensStillDoNot() {
        var s = Self.state()
        s.update([.char(":")] + Key.typing("search cookies turn") + [.enter])
        #expect(s.view == .search && s.prompt == nil && s.topScreen(SearchView.self)?.results.count == 1)
        s.update(.char("q"))
        s.update([.char(":")] + Key.typing("diff share") + [.enter])
        #expect(s.view == .browser && s.message?.hasPrefix("no section matches 'diff share'") == true)
    }

    @Test func withoutASearcherSExplains() {
        var s = BrowserState(policies: ComparisonFixtures.policies, size: Size(width: 80, height: 24))
        s.update(.char("S"))
        #expect(s.view == .browser && s.message == "no search index in this browser")
        #expect(Keymap.helpLines.contains { $0.label == "S" && $0.help.contains(":search QUERY") })
    }

    @Test func search100x30() {
        var s = Self.searched("cookies")
        s.update(.char("j"))
        assertSnapshot(s.render(), named: "search-100x30")
    }

    @Test func search50x16WhileTyping() {
        var s = Self.searched("we", 50, 16)
        s.update([.char("G"), .char("/"), .char(" "), .char("s")])
        assertSnapshot(s.render(), named: "search-50x16")
    }
}

/// Events a job posted, kept for a test to apply.
final class ReportLog: @unchecked Sendable {
    private(set) var events: [LoadEvent] = []
    func add(_ event: LoadEvent) { events.append(event) }
}
