import Foundation
import PolicyClassifier
import PolicyExtraction
import PolicyParsing
import PolicyResources
@testable import PolicyStore
import Testing

@Suite struct StoredPracticesTests {
    static let extractor: PracticeExtractor? = {
        let url = PolicyResources.modelDirectory.appendingPathComponent("opp115-linear.bin")
        return (try? ClassifierModel.load(from: url)).map { PracticeExtractor(model: $0) }
    }()

    private func fill(_ path: String, _ scratch: Scratch, _ stamps: Stamps) async throws -> PracticeFiller.Outcome {
        let store = try #require(scratch.open(stamps, warnings: Warnings()))
        let loaded = await StoredCatalog.load([path], using: StoreUse(store, warn: { _ in }))
        return try await PracticeFiller.fill(loaded.entries, store: store, extractor: try #require(Self.extractor))
    }

    /// The answers land in a table a researcher can query, and a new model or parser stamp
    /// recomputes them: a value planted under the old stamp is never served under the new one.
    @Test func answersAreQueryableAndRestampedPracticesAreRecomputed() async throws {
        let scratch = Scratch()
        let path = scratch.write("site.md", policyText("site.example", "We sell your personal information to advertisers."))
        let policy = try #require(await PolicyLoader.load([path]).policies.first)
        let expected = try #require(Self.extractor).extract(policy)[.sellsData].value.display

        #expect(try await fill(path, scratch, Stamps(model: "m1")) == .init(computed: 1, reused: 0))
        let query = "SELECT domain, value FROM answers WHERE question = 'sells-data'"
        let rows = try Database(path: scratch.storePath).prepare(query)
        #expect(try rows.step() && rows.text(0) == "site.example" && rows.text(1) == expected)
        #expect(try await fill(path, scratch, Stamps(model: "m1")) == .init(computed: 0, reused: 1))

        try Database(path: scratch.storePath).execute("UPDATE answers SET value = 'planted'")
        #expect(try await fill(path, scratch, Stamps(model: "m2")) == .init(computed: 1, reused: 0))
        #expect(try await fill(path, scratch, Stamps(parser: "parser-test", model: "m2")) == .init(computed: 1, reused: 0))
        let db = try Database(path: scratch.storePath)
        #expect(try db.scalar("SELECT count(*) FROM answers WHERE value = 'planted'") == 0)
        #expect(try db.scalar("SELECT count(*) FROM answers WHERE model != 'm2' OR parser != 'parser-test'") == 0)
        #expect(try db.scalar("SELECT count(*) FROM answers") == Int64(Question.allCases.count))
    }

    @Test func pruneDropsMissingFilesAndOldStamps() async throws {
        let scratch = Scratch()
        let kept = scratch.write("kept.md", policyText("kept.example", "We use cookies."))
        let gone = scratch.write("gone.md", policyText("gone.example", "We use web beacons."))
        let stale = scratch.write("stale.md", policyText("stale.example", "We keep data for a year."))
        let old = try #require(scratch.open(Stamps(parser: "old"), warnings: Warnings()))
        _ = await StoredLoader.load([kept, gone, stale], using: StoreUse(old, warn: { _ in }))
        let store = try #require(scratch.open(warnings: Warnings()))
        _ = await StoredLoader.load([kept], using: StoreUse(store, warn: { _ in }))
        try FileManager.default.removeItem(atPath: gone)
        #expect(try store.info().policies == 3)
        let pruned = try store.prune()
        #expect(pruned == .init(files: 1, versions: 2))
        let info = try store.info()
        #expect(info.files == 2 && info.policies == 1 && info.currentPolicies == 1)
        try store.clear()
        #expect(try store.info().files == 0)
    }

    /// Each classifier keeps its own rows; prune keeps those under each classifier's current
    /// stamp and drops the others (an older deep model, a classifier no longer known).
    @Test func classifiersKeepTheirOwnRowsAndPruneKeepsEachCurrentOne() async throws {
        let scratch = Scratch()
        let path = scratch.write("site.md", policyText("site.example", "We sell your personal information to advertisers."))
        let deep = Stamps(model: "m1+deep/d1", classifier: "deep")
        #expect(try await fill(path, scratch, Stamps(model: "m1")) == .init(computed: 1, reused: 0))
        #expect(try await fill(path, scratch, deep) == .init(computed: 1, reused: 0))
        #expect(try await fill(path, scratch, deep) == .init(computed: 0, reused: 1))
        #expect(try await fill(path, scratch, Stamps(model: "m1")) == .init(computed: 0, reused: 1))
        #expect(try await fill(path, scratch, Stamps(model: "m1", classifier: "other")) == .init(computed: 1, reused: 0))
        let db = try Database(path: scratch.storePath)
        #expect(try db.scalar("SELECT count(*) FROM answers") == 3 * Int64(Question.allCases.count))

        var current = Stamps(model: "m1")
        current.keptModels = ["deep": "m1+deep/d1"]
        _ = try #require(scratch.open(current, warnings: Warnings())).prune()
        #expect(try db.scalar("SELECT count(*) FROM practices WHERE classifier IN ('fast', 'deep')") == 2)
        #expect(try db.scalar("SELECT count(*) FROM answers") == 2 * Int64(Question.allCases.count))
        current.keptModels = ["deep": "m1+deep/d2"]
        _ = try #require(scratch.open(current, warnings: Warnings())).prune()
        #expect(try db.scalar("SELECT count(*) FROM practices") == 1)
        #expect(try db.scalar("SELECT count(*) FROM spans WHERE classifier = 'deep'") == 0)
    }
}
