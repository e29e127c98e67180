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

    /// A folder of ``PolicyStore/catalogSnapshotMinimum`` files or more is listed from its
    /// snapshot once it has one: the parser's listings with the `files` rows gone, a changed
    /// file read again and the snapshot made again with it, a damaged snapshot set aside, no
    /// snapshot made again for a file that never loads, none left after `prune` or `clear`.
    @Test func aLargeFolderIsListedFromItsSnapshot() async throws {
        let scratch = Scratch()
        let store = try #require(scratch.open(warnings: Warnings()))
        let use = StoreUse(store, warn: { _ in })
        let folder = scratch.folder + "/many"
        let paths = (0..<(PolicyStore.catalogSnapshotMinimum + 10)).map {
            scratch.write("many/site\($0).md", policyText("site\($0).example", "We sell your data \($0) times."))
        }
        scratch.write("many/broken.md", "")
        func snapshot() throws -> (rowid: Int64, count: Int)? {
            guard let s = try store.catalogSnapshot(folder: folder) else { return nil }
            return (try Database(path: scratch.storePath).scalar("SELECT rowid FROM catalog_snapshots") ?? -1, s.count)
        }
        func isStored(_ entry: PolicyCatalog.Entry) -> Bool { if case .stored = entry.body { true } else { false } }
        let cold = await StoredCatalog.load([folder], using: use)
        let parsed = await PolicyLoader.load([folder])
        #expect(cold.listings == parsed.policies.map(PolicyListing.init))
        let first = try #require(try snapshot())
        #expect(first.count == paths.count, "every file that loads, not the empty one")
        let info = try store.info()
        #expect(info.catalogSnapshots == 1 && info.catalogSnapshotBytes > 100 * paths.count)

        // Listed from the snapshot alone: the files' rows are gone.
        try Database(path: scratch.storePath).execute("DELETE FROM files")
        let warm = await StoredCatalog.load([folder], using: use)
        #expect(warm.listings == parsed.policies.map(PolicyListing.init))
        #expect(warm.entries.allSatisfy(isStored) && warm.problems.map(\.description) == cold.problems.map(\.description))
        #expect(try snapshot()?.rowid == first.rowid, "not made again for the file that never loads")

        let changed = paths[4]
        try policyText("site4.example", "We share your data with advertisers.").write(toFile: changed, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: changed)
        let after = await StoredCatalog.load([folder], using: use)
        #expect(after.listings == (await PolicyLoader.load([folder])).policies.map(PolicyListing.init))
        #expect(after.entries.filter { !isStored($0) }.map(\.listing.file) == [changed])
        let second = try #require(try snapshot())
        #expect(second.rowid != first.rowid && second.count == paths.count)
        try Database(path: scratch.storePath).execute("DELETE FROM files")
        #expect(await StoredCatalog.load([folder], using: use).entries.allSatisfy(isStored))

        try Database(path: scratch.storePath).execute("UPDATE catalog_snapshots SET body = x'50534353ff'")
        #expect(try store.catalogSnapshot(folder: folder) == nil)
        #expect(await StoredCatalog.load([folder], using: use).listings == after.listings)
        #expect(try snapshot()?.count == paths.count, "made again")

        _ = try store.prune()
        #expect(try store.catalogSnapshot(folder: folder) == nil)
        _ = await StoredCatalog.load([folder], using: use)
        #expect(try snapshot() != nil)
        try store.clear()
        #expect(try store.catalogSnapshot(folder: folder) == nil)
        #expect(try store.info().catalogSnapshots == 0)
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
