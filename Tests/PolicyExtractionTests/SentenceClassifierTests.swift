import Foundation
import PolicyClassifier
import PolicyModel
import TestSupport
import Testing
@testable import PolicyExtraction

/// The deep path's plumbing: a ``SentenceClassifier`` classifies a policy's sentences in one
/// call, in place of the linear model's per-sentence predictions.
@Suite("Extraction: pluggable sentence scores")
struct SentenceClassifierTests {
    /// The linear model's own predictions, optionally with one category forced on, counting calls.
    final class Linear: SentenceClassifier, @unchecked Sendable {
        let forced: OPP115Category?
        private let lock = NSLock()
        private(set) var calls: [[String]] = []

        init(forcing forced: OPP115Category? = nil) { self.forced = forced }

        func predict(_ texts: [String]) -> [Prediction] {
            lock.withLock { calls.append(texts) }
            return Fixtures.model.predict(texts).map { p in
                guard let forced, !p.labels.isEmpty else { return p }
                var scores = p.scores
                scores[forced.index] = 1
                return Prediction(labels: OPP115Category.allCases.filter { scores[$0.index] >= 0.5 }, scores: scores)
            }
        }
    }

    @Test func theLinearModelPluggedInGivesTheSameAnswersInOneCallPerPolicy() async throws {
        for policy in await TestSupport.seeds() {
            let plugged = Linear()
            let extractor = PracticeExtractor(model: Fixtures.model, sentences: plugged)
            let expected = Fixtures.extractor.extract(policy)
            let got = extractor.extract(policy)
            #expect(got.answers == expected.answers, "\(policy.id)")
            #expect(got.sentences.map(\.categories) == expected.sentences.map(\.categories), "\(policy.id)")
            #expect(plugged.calls.count == 1)
            let texts = plugged.calls.flatMap { $0 }
            #expect(Set(texts).count == texts.count, "each text classified once")
            #expect(Set(got.sentences.map(\.text)).isSubset(of: Set(texts)))
        }
    }

    @Test func aPageThatIsNoPolicyNeverReachesThePluggedClassifier() throws {
        let page = try Fixtures.policy(StatusFixtureTests.newsArticle)
        let plugged = Linear()
        let practices = PracticeExtractor(model: Fixtures.model, sentences: plugged).extract(page)
        #expect(practices.status == Fixtures.extractor.extract(page).status && practices.status.name == "not-a-policy")
        #expect(plugged.calls.isEmpty, "the linear model decided it alone")
        let policy = try TestSupport.seed("lithium.com")
        _ = PracticeExtractor(model: Fixtures.model, sentences: plugged).extract(policy)
        #expect(plugged.calls.count == 1, "a policy still goes through it")
    }

    @Test func pluggedScoresDecideTheCategories() throws {
        let policy = try Fixtures.policy("# Privacy\n\n## Cookies\n\nWe use cookies to remember your settings. We share your e-mail address with advertisers.\n")
        let plain = Fixtures.extractor.extract(policy)
        let forced = PracticeExtractor(model: Fixtures.model, sentences: Linear(forcing: .dataRetention)).extract(policy)
        #expect(!plain.sentences.isEmpty && forced.sentences.count == plain.sentences.count)
        #expect(plain.sentences.allSatisfy { !$0.categories.map(\.category).contains(.dataRetention) })
        #expect(forced.sentences.allSatisfy { $0.categories.map(\.category).contains(.dataRetention) })
        #expect(forced.answers == plain.answers, "the answers stay the linear pass's")
    }

    @Test func aMemoKeepsPluggedPredictionsAcrossVersions() throws {
        let policy = try TestSupport.seed("lithium.com")
        let plugged = Linear()
        let extractor = PracticeExtractor(model: Fixtures.model, sentences: plugged)
        var memo = ExtractionMemo()
        let first = extractor.extract(policy, memo: &memo)
        let second = extractor.extract(policy, memo: &memo)
        #expect(first.answers == second.answers)
        #expect(plugged.calls.count == 1, "the second version's sentences were all kept")
    }
}
