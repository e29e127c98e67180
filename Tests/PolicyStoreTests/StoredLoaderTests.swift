import Foundation
import PolicyParsing
import PolicyResources
@testable import PolicyStore
import Testing
import TestSupport

@Suite struct StoredLoaderTests {
    private func load(_ paths: [String], _ store: PolicyStore?, warnings: Warnings = Warnings(), bytes: ByteCount = ByteCount()) async -> PolicyLoader.Result {
        await StoredLoader.load(paths, using: StoreUse(store, warn: warnings.add), progress: bytes.record)
    }

    @Test func coldAndWarmEqualTheParser() async throws {
        let scratch = Scratch()
        let warnings = Warnings()
        let store = try #require(scratch.open(warnings: warnings))
        let paths = PolicyResources.seedFiles.map(\.path) + (TestSupport.sharedDataAvailable ? [TestSupport.corpusDirectory.path] : [])
        let parsed = await PolicyLoader.load(paths)
        let cold = ByteCount(), warm = ByteCount()
        let first = await load(paths, store, warnings: warnings, bytes: cold)
        let second = await load(paths, store, warnings: warnings, bytes: warm)
        #expect(first.policies == parsed.policies)
        #expect(second.policies == parsed.policies)
        #expect(first.problems == parsed.problems && second.problems == parsed.problems)
        #expect(cold.bytes > 0)
        #expect(warm.bytes == 0, "a warm load reads no policy file")
        #expect(warnings.all.isEmpty)
    }

    @Test func aChangedFileIsReadAgain() async throws {
        let scratch = Scratch()
        let store = try #require(scratch.open(warnings: Warnings()))
        let path = scratch.write("site.md", policyText("site.example", "We sell your data."))
        _ = await load([path], store)
        scratch.write("site.md", policyText("site.example", "We never sell your data to anyone."))
        let bytes = ByteCount()
        let again = await load([path], store, bytes: bytes)
        #expect(bytes.bytes > 0)
        #expect(again.policies == (await PolicyLoader.load([path])).policies)
        #expect(again.policies.first?.allBlocks.contains { $0.text == "We never sell your data to anyone." } == true)
    }

    @Test func theSameBytesElsewhereShareOneBlob() async throws {
        let scratch = Scratch()
        let store = try #require(scratch.open(warnings: Warnings()))
        let text = policyText("site.example", "We sell your data.")
        let a = scratch.write("a/site.md", text), b = scratch.write("b/site.md", text)
        let loaded = await load([a, b], store)
        #expect(loaded.policies.map(\.file) == [a, b])
        let db = try Database(path: scratch.storePath)
        #expect(try db.scalar("SELECT count(DISTINCT blob) FROM files") == 1)
        #expect(try db.scalar("SELECT count(*) FROM policies") == 1)
    }

    /// A stored parse is served only under its own parser stamp: the test plants a wrong body
    /// under stamp A, sees stamp A serve it (so the store is really read), and stamp B ignore
    /// it and parse the file again.
    @Test func aNewParserStampServesNothingStale() async throws {
        let scratch = Scratch()
        let path = scratch.write("site.md", policyText("site.example", "We sell your data."))
        let truth = await PolicyLoader.load([path]).policies
        let stampA = try #require(scratch.open(Stamps(parser: "test-A"), warnings: Warnings()))
        _ = await load([path], stampA)
        let planted = try TestSupport.parse("# Stale\n\nOld text.", file: path)
        try Database(path: scratch.storePath).prepare("UPDATE policies SET body = ?")
            .run(.blob(PolicyCoding.encode(planted)))
        #expect(await load([path], stampA).policies.map(\.title) == ["Stale"])
        let stampB = try #require(scratch.open(Stamps(parser: "test-B"), warnings: Warnings()))
        let bytes = ByteCount()
        #expect(await load([path], stampB, bytes: bytes).policies == truth)
        #expect(bytes.bytes > 0)
        #expect(try Database(path: scratch.storePath).scalar("SELECT count(*) FROM policies WHERE parser = 'test-A'") == 0)
    }
}
