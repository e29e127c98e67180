import Foundation
import PolicyParsing
import PolicyResources
import Testing
import TestSupport
@testable import PolicyStore

@Suite struct PolicyCodingTests {
    @Test func everySeedAndCorpusPolicyRoundTrips() async throws {
        let paths = PolicyResources.seedFiles.map(\.path) + (TestSupport.sharedDataAvailable ? [TestSupport.corpusDirectory.path] : [])
        let policies = await PolicyLoader.load(paths).policies
        #expect(policies.count >= 5)
        for policy in policies {
            #expect(PolicyCoding.decode(PolicyCoding.encode(policy), file: policy.file) == policy, "\(policy.id)")
        }
    }

    @Test func aDamagedBodyDecodesToNothing() throws {
        let bytes = PolicyCoding.encode(try TestSupport.seed("lithium.com"))
        for cut in [0, 1, bytes.count / 3, bytes.count - 1] {
            #expect(PolicyCoding.decode(Array(bytes.prefix(cut)), file: "x.md") == nil)
        }
    }

    @Test func anOlderSchemaIsStartedAfresh() async throws {
        let scratch = Scratch()
        let path = scratch.write("site.md", policyText("site.example", "We sell your data."))
        let store = try #require(scratch.open(warnings: Warnings()))
        _ = await StoredLoader.load([path], using: StoreUse(store, warn: { _ in }))
        try Database(path: scratch.storePath).execute("PRAGMA user_version = 0; UPDATE meta SET value = value")
        let warnings = Warnings()
        let reopened = try #require(scratch.open(warnings: warnings))
        #expect(warnings.all.isEmpty)
        #expect(try reopened.info().policies == 0)
    }
}
