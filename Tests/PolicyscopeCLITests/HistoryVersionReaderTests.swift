import BrowserCore
import Foundation
import PolicyExtraction
import PolicyModel
import PolicyParsing
import TestSupport
import Testing
@testable import policyscope

/// The browser's version reader on pga-v1: the timeline opens at once on Facebook's 43
/// versions, and the reader's extraction gives each version its own answers.
@Suite(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
struct HistoryVersionReaderTests {
    static func folder(_ service: String) -> String {
        TestSupport.sharedDirectory.appendingPathComponent("history/pga-v1/\(service)/Privacy Policy").path
    }

    @Test func facebooksTimelineOpensWithin200Milliseconds() async throws {
        let loaded = await PolicyLoader.load([Self.folder("Facebook")]).policies
        #expect(loaded.count == 43)
        let cache = PracticeCache()
        var state = BrowserState(policies: loaded, size: Size(width: 120, height: 40), highlighter: cache, practices: cache)
        state.readVersions(with: HistoryVersionReader(practices: cache))
        let started = ContinuousClock.now
        state.update(.char("T"))
        let frame = state.render()
        let elapsed = ContinuousClock.now - started
        print("timeline: Facebook (43 versions) open and drawn in \(elapsed) (debug build)")
        #expect(state.view == .timeline && frame.text.contains("Facebook — Privacy Policy · 43 versions, 2004-06-13 to 2021-11-14"))
        // The strip is filled later, in the background.
        #expect(state.isWorking && frame.text.contains("░"))
        #expect(elapsed < .milliseconds(200))
    }

    @Test func extractionGivesEveryVersionItsOwnAnswersAndKeepsThem() async throws {
        let policies = Array(await PolicyLoader.load([Self.folder("Instagram")]).policies.prefix(3))
        let cache = PracticeCache()
        let reader = HistoryVersionReader(practices: cache, width: 2)
        let found = Found()
        reader.extract(policies.count, reading: { policies[$0] }) { i, _, summary in
            if let summary { found.add(i, summary) }
            return true
        }
        let extractor = try #require(cache.loadedExtractor())
        #expect(found.all.count == 3)
        for (i, policy) in policies.enumerated() {
            #expect(found.all[i]?.answers == extractor.extract(policy).answers)
            #expect(cache.cachedSummary(for: policy) == found.all[i])
        }
        let records = reader.records(for: policies)
        #expect(Set(records.map(\.document.description)) == ["Instagram — Privacy Policy"])
    }
}

/// The browser on a clone of the pga bundle: Facebook's 492 versions are git blobs but for the
/// newest; the timeline lists them all at once, reads one that is only a blob, and `d` on it
/// reads both sides from git and adds them to the loaded policies.
@Suite(.enabled(if: HistoryBundle.available, "needs ../shared/history/pga-versions.bundle and git"))
struct GitTimelineTests {
    @Test func facebooksGitVersionsAreListedReadAndOpened() async throws {
        let clone = try GitCLITests.clone.get()
        let loaded = await LoadedVersions.load([clone], using: nil)
        let cache = PracticeCache()
        let reader = HistoryVersionReader(practices: cache)
        reader.git.add(loaded)
        var state = BrowserState(policies: loaded.policies, size: Size(width: 120, height: 40), highlighter: cache, practices: cache)
        state.readVersions(with: reader)
        state.update(.char("/"))
        for ch in "Facebook — Privacy" { state.update(.char(ch)) }
        state.update(.enter)
        let started = ContinuousClock.now
        state.update(.char("T"))
        let frame = state.render()
        print("timeline: Facebook (492 git versions) open and drawn in \(ContinuousClock.now - started) (debug build)")
        #expect(frame.text.contains("Facebook — Privacy Policy · 492 versions, 2022-07-11 to 2026-08-22"))
        _ = state.takeScreenWork()
        let history = try #require(state.historyCatalog().history(named: "Facebook/Privacy Policy"))
        // Only the newest is a loaded policy; the one before is a blob the reader reads.
        #expect(history.versions.filter { $0.policyID != nil }.count == 1)
        let before = history.versions[history.versions.count - 2]
        let read = try #require(reader.policy(of: before))
        #expect(read.id == before.id && read.wordCount > 1000)
        let count = state.policies.count
        state.update([.left, .char("d")])
        #expect(state.view == .versions)
        #expect(state.policies.count == count + 2)
        #expect(Set(state.policies.suffix(2).map(\.id)) == Set(history.versions.suffix(3).prefix(2).map(\.id)))
    }
}

/// Summaries reported from the reader's workers.
private final class Found: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [Int: PracticeSummary] = [:]

    func add(_ i: Int, _ summary: PracticeSummary) { lock.withLock { found[i] = summary } }
    var all: [Int: PracticeSummary] { lock.withLock { found } }
}
