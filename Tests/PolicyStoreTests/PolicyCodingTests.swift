import Foundation
import PolicyModel
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

/// Found by the `store` fuzz target: a stored range with a negative length trapped in
/// `TextRange`; a range past its block's text would trap where it is sliced.
@Suite struct DamagedRangeTests {
    @Test func aRangeOutsideItsTextDecodesToNothing() {
        func body(_ range: TextRange) -> [UInt8] {
            let block = Block(kind: .paragraph, text: "Hé.", sentences: [range], line: 1)
            let section = Section(title: "T", level: 1, style: .markdown, line: 1, blocks: [block])
            return PolicyCoding.encode(Policy(id: "p", domain: nil, title: "T", archivedOn: nil, source: nil, file: "",
                                              format: .markdown, language: LanguageGuess(code: "en", confidence: 1),
                                              preamble: [], sections: [section]))
        }
        #expect(PolicyCoding.decode(body(TextRange(start: 0, end: 3)), file: "p.md") != nil)
        #expect(PolicyCoding.decode(body(TextRange(start: 1, end: 4)), file: "p.md") == nil)
    }

    @Test func aNegativeLengthDecodesToNothing() {
        var w = ByteWriter()
        w.uint(0)  // status: a policy
        w.optional(nil)  // last updated
        w.uint(0)  // no answers
        w.uint(1)  // one span
        w.int(1); w.int(0); w.uint(0)  // section 1, block 0, no path
        w.int(5); w.int(-3)  // start 5, length -3
        w.string("text")
        #expect(PracticeCoding.decode(w.bytes, id: "p", domain: nil) == nil)
        #expect(throws: ByteReader.Truncated.self) { var r = ByteReader([0x00, 0x01]); _ = try r.range(limit: 0) }
    }
}
