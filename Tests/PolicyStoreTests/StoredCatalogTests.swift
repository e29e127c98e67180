import Foundation
import PolicyClassifier
import PolicyExtraction
import PolicyModel
import PolicyParsing
import PolicyResources
@testable import PolicyStore
import Testing
import TestSupport

/// The catalog path: listings from the store's columns without decoding bodies, bodies and
/// practices read on demand, all equal to what parsing and extracting give.
@Suite struct StoredCatalogTests {
    private var paths: [String] {
        PolicyResources.seedFiles.map(\.path) + (TestSupport.sharedDataAvailable ? [TestSupport.corpusDirectory.path] : [])
    }

    @Test func warmListingsEqualTheParsedPoliciesWithoutTheirBodies() async throws {
        let scratch = Scratch()
        let use = StoreUse(scratch.open(warnings: Warnings()), warn: { _ in })
        let parsed = await PolicyLoader.load(paths)
        let cold = await StoredCatalog.load(paths, using: use)
        let warm = await StoredCatalog.load(paths, using: use)
        let none = await StoredCatalog.load(paths, using: nil)
        for catalog in [cold, warm, none] {
            #expect(catalog.listings == parsed.policies.map(PolicyListing.init))
            #expect(catalog.problems == parsed.problems)
        }
        #expect(cold.entries.allSatisfy { if case .loaded = $0.body { true } else { false } })
        #expect(warm.entries.allSatisfy { if case .stored = $0.body { true } else { false } }, "a warm catalog decodes no body")
        for (entry, policy) in zip(warm.entries, parsed.policies) {
            #expect(try StoredCatalog.policy(entry, using: use).get() == policy)
        }
    }

    @Test func duplicateIdsAreMadeUniqueAsTheLoaderDoes() async throws {
        let scratch = Scratch()
        let use = StoreUse(scratch.open(warnings: Warnings()), warn: { _ in })
        let text = policyText("site.example", "We sell your data.")
        let files = [scratch.write("a/site.md", text), scratch.write("b/site.md", text), scratch.write("c/site.md", text)]
        let parsed = await PolicyLoader.load(files)
        _ = await StoredCatalog.load(files, using: use)
        let warm = await StoredCatalog.load(files, using: use)
        #expect(warm.listings.map(\.id) == parsed.policies.map(\.id))
        #expect(Set(warm.listings.map(\.id)).count == 3)
        #expect(try StoredCatalog.policy(warm.entries[2], using: use).get() == parsed.policies[2])
    }

    /// A folder that gives many files is read as one range of the store's keys: the listings
    /// equal the parsed ones, a file changed on disk is read again, and files beside the folder
    /// (a sibling whose name shares its prefix, a subfolder not asked for) are neither lost nor
    /// mixed in.
    @Test func aLargeFolderIsListedInOneRead() async throws {
        let scratch = Scratch()
        let use = StoreUse(scratch.open(warnings: Warnings()), warn: { _ in })
        let count = PolicyStore.folderReadThreshold + 6
        let many = (0..<count).map { scratch.write("big/site\($0).md", policyText("site\($0).example", "We sell your data \($0) times.")) }
        let sibling = scratch.write("big-other/site.md", policyText("other.example", "We never sell your data."))
        let nested = scratch.write("big/sub/nested.md", policyText("nested.example", "We keep data for a year."))
        let paths = many + [sibling]
        _ = await StoredCatalog.load(paths + [nested], using: use)
        // The same size and time, other bytes: the quick check must catch the time, so set it apart.
        let changed = many[3]
        try policyText("site3.example", "We share your data with advertisers.").write(toFile: changed, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: changed)
        let warm = await StoredCatalog.load(paths, using: use)
        let parsed = await PolicyLoader.load(paths)
        #expect(warm.listings == parsed.policies.map(PolicyListing.init))
        #expect(warm.entries.filter { if case .loaded = $0.body { true } else { false } }.map(\.listing.file) == [changed])
        #expect(!warm.listings.contains { $0.file == nested })
    }

    /// A body found damaged when it is asked for is parsed from the file again and rewritten.
    @Test func aDamagedBodyIsParsedAgainOnDemand() async throws {
        let scratch = Scratch()
        let use = StoreUse(scratch.open(warnings: Warnings()), warn: { _ in })
        let path = scratch.write("site.md", policyText("site.example", "We sell your data."))
        _ = await StoredCatalog.load([path], using: use)
        try Database(path: scratch.storePath).execute("UPDATE policies SET body = x'0102'")
        let warm = await StoredCatalog.load([path], using: use)
        let entry = try #require(warm.entries.first)
        #expect(try StoredCatalog.policy(entry, using: use).get() == (await PolicyLoader.load([path])).policies.first)
        #expect(try Database(path: scratch.storePath).scalar("SELECT length(body) FROM policies") ?? 0 > 2)
    }

    @Test func practiceRecordsRoundTripThroughTheirStoredForm() async throws {
        let extractor = try #require(StoredPracticesTests.extractor)
        for policy in await PolicyLoader.load(paths).policies {
            let record = PracticeRecord(extractor.extract(policy))
            #expect(PracticeCoding.decode(PracticeCoding.encode(record), id: record.id, domain: record.domain) == record)
        }
    }

    /// The second run reads every record (the extractor is never made); a new model stamp
    /// computes them again, and a record planted under the old stamp is not served.
    @Test func storedRecordsAreReadBackAndRestampedOnesRecomputed() async throws {
        let scratch = Scratch()
        let extractor = try #require(StoredPracticesTests.extractor)
        let seeds = PolicyResources.seedFiles.map(\.path)
        let expected = await PolicyLoader.load(seeds).policies.map { PracticeRecord(extractor.extract($0)) }
        func records(_ model: String, allowExtracting: Bool) async throws -> [PracticeRecord] {
            let use = StoreUse(scratch.open(Stamps(model: model), warnings: Warnings()), warn: { _ in })
            let catalog = await StoredCatalog.load(seeds, using: use)
            return try await StoredPractices.records(catalog.entries, using: use) {
                guard allowExtracting else { throw CancellationError() }
                return extractor
            }
        }
        #expect(try await records("m1", allowExtracting: true) == expected)
        #expect(try await records("m1", allowExtracting: false) == expected, "read back, not extracted")
        try Database(path: scratch.storePath).execute("UPDATE practices SET record = (SELECT record FROM practices WHERE name = 'lithium.com.md')")
        await #expect(throws: StoredPractices.Failure.self) { try await records("m2", allowExtracting: false) }
        #expect(try await records("m2", allowExtracting: true) == expected)
    }
}
