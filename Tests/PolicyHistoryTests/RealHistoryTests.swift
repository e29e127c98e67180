import Foundation
import PolicyClassifier
import PolicyExtraction
import PolicyModel
import PolicyParsing
import PolicyResources
import Testing
import TestSupport
@testable import PolicyHistory

/// Histories of the real archives in `../shared/history/pga-v1` and of the seed and corpus
/// versions of act-on.com.
@Suite struct RealHistoryTests {
    static let pga = TestSupport.sharedDirectory.appendingPathComponent("history/pga-v1")

    static let extractor: PracticeExtractor = {
        do {
            return PracticeExtractor(model: try ClassifierModel.load(from: PolicyResources.modelDirectory.appendingPathComponent("opp115-linear.bin")))
        } catch {
            preconditionFailure("shipped model: \(error)")
        }
    }()

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
    func pgaFoldersGroupIntoFourDocuments() async throws {
        let loaded = await PolicyLoader.load([Self.pga.path])
        #expect(loaded.policies.count == 102)
        let catalog = FileVersions.catalog(loaded.policies)
        #expect(catalog.histories.map(\.document.description) == [
            "Facebook — Privacy Policy", "Instagram — Privacy Policy", "Twitter — Privacy Policy", "YouTube — Privacy Policy",
        ])
        #expect(catalog.histories.map(\.versions.count) == [43, 9, 21, 29])
        let facebook = try #require(catalog.history(named: "Facebook/Privacy Policy"))
        #expect(facebook.versions.first?.id == "Facebook — Privacy Policy@2004-06-13")
        #expect(facebook.firstDate?.year == 2004 && facebook.lastDate?.year == 2021)
        let dates = facebook.versions.compactMap(\.date)
        #expect(dates == dates.sorted() && dates.count == 43)
        #expect(try catalog.resolve("Facebook - Privacy Policy@2006-01-01").get().id == "Facebook — Privacy Policy@2005-11-25")
        #expect(try catalog.resolve("Facebook - Privacy Policy@~42").get().id == "Facebook — Privacy Policy@2004-06-13")
        let at2010 = catalog.versions(at: ArchiveDate("2010-01-01")!)
        #expect(at2010.map(\.document.service) == ["Facebook", "Twitter", "YouTube"], "Instagram's first version is later")
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/seeds and ../shared/corpus"))
    func actOnSeedAndCorpusAreOneDocument() async throws {
        let loaded = await PolicyLoader.load([TestSupport.sharedDirectory.appendingPathComponent("seeds").path, TestSupport.corpusDirectory.path])
        let catalog = FileVersions.catalog(loaded.policies)
        let acton = try #require(catalog.history(named: "act-on.com"))
        #expect(acton.versions.map(\.id) == ["act-on.com@2013-04-06", "act-on.com@2014-03-04"], "version ids equal the policy ids")
        #expect(acton.versions.map(\.policyID) == ["act-on.com@2013-04-06", "act-on.com@2014-03-04"])
        // The corpus also holds lithium.com and salesforce.com from earlier years, and copies of
        // the jivochat.com and losant.com seeds (same day: ordinals).
        #expect(catalog.histories.count == loaded.policies.count - 5)
        let jivochat = try #require(catalog.history(named: "jivochat.com"))
        #expect(jivochat.versions.map(\.label) == ["2015-03-20.1", "2015-03-20.2"])
        #expect(catalog.history(named: "lithium.com")?.versions.map(\.label) == ["2006-10-15", "2012-06-23"])
        #expect(try catalog.resolve("act-on.com@~1").get().id == "act-on.com@2013-04-06")
    }

    /// The memo changes how much is classified, never an answer.
    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/history/pga-v1"))
    func memoizedExtractionEqualsPlain() async throws {
        let folder = Self.pga.appendingPathComponent("Twitter/Privacy Policy")
        let policies = await PolicyLoader.load([folder.path]).policies
        #expect(policies.count == 21)
        let plain = policies.map { Self.extractor.extract($0) }
        let memoized = await HistoryExtraction.extract(policies, with: Self.extractor, width: 2)
        #expect(memoized.practices == plain)
        #expect(memoized.reused > memoized.classified, "consecutive versions share most sentences (\(memoized.reused) reused, \(memoized.classified) classified)")
        // Without sentences (what history keeps): the same answers, statuses and dates.
        let light = await HistoryExtraction.extract(policies, with: Self.extractor, width: 2, keepSentences: false)
        #expect(light.practices.allSatisfy { $0.sentences.isEmpty })
        #expect(light.practices.map(\.answers) == plain.map(\.answers))
        #expect(light.practices.map(\.status) == plain.map(\.status) && light.practices.map(\.lastUpdated) == plain.map(\.lastUpdated))
    }

    /// A version with the bytes of an earlier one takes its practices, under its own id.
    @Test func sameBytesAreExtractedOnce() async throws {
        let text = "# P\n\n## Sharing\n\nWe sell your personal information to advertisers.\n"
        let a = try TestSupport.parse(text, file: "/a/Acme/P/2020-01-01.md"), b = try TestSupport.parse(text, file: "/a/Acme/P/2021-01-01.md")
        let result = await HistoryExtraction.extract([a, b], contents: ["blob", "blob"], with: Self.extractor, width: 1)
        #expect(result.practices.map(\.id) == [a.id, b.id])
        #expect(result.practices[1] == Self.extractor.extract(b))
        #expect(result.reused == 0 && result.classified > 0, "b, in a's run, would have found a's sentences")
    }

    @Test func stepCountsSectionsAndAnswers() throws {
        let old = try TestSupport.parse("# P\n\n## Sharing\n\nWe do not sell your personal information.\n\n## Old\n\nGone text here.\n", file: "/a/Acme/P/2020-01-01.md")
        let new = try TestSupport.parse("# P\n\n## Sharing\n\nWe sell your personal information to advertisers.\n\n## Cookies\n\nWe use cookies.\n", file: "/a/Acme/P/2021-01-01.md")
        let step = VersionStep(old: old, Self.extractor.extract(old), new: new, Self.extractor.extract(new))
        #expect(step.sectionsAdded == 1 && step.sectionsRemoved == 1 && step.sectionsChanged == 1)
        #expect(step.answers.contains { $0.question == .sellsData })
    }
}
