import Foundation
import Testing
import TestSupport
import PolicyModel
import PolicyParsing
import Synchronization
@testable import PolicyIndex

/// A saved index, read back, answers every query as the index it was saved from; damaged or
/// mismatched bytes are refused, never read.
@Suite struct IndexCodingTests {
    static let queries = [
        "retain", "sell", "\"third parties\"", "encrypt*", "sell OR rent", "advertising -cookies", "opt-out",
        "category:retention", "category:third sell", "answer:sells-data=no", "answer:sells-data=yes data",
        "domain:a.com retain", "year:2013..2015 sell", "daten",
    ]

    /// Every query's hits (all their fields) and the fuzzy section matches, as text.
    static func answers(_ index: PolicyIndex, _ sections: [String]) -> [String] {
        queries.map { query in
            let hits = (try? index.search(query, limit: 50)).map { "\($0)" } ?? "error"
            return "\(query): \(hits)"
        } + sections.map { "\($0): \(index.sections(matching: $0, limit: 20))" }
    }

    @Test func theFixturesReadBackTheSame() async throws {
        let built = await PolicyIndex.build(policies: FilterAndRankingTests.policies, annotations: FilterAndRankingTests.annotations)
        let bytes = built.encoded()
        let read = try #require(PolicyIndex(decoding: bytes, policies: FilterAndRankingTests.policies))
        #expect(Self.answers(read, ["sharing", "retention"]) == Self.answers(built, ["sharing", "retention"]))
        #expect(read.encoded() == bytes)
        #expect(read.categoryLabels == built.categoryLabels && read.termCount == built.termCount)
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus beside the repository"))
    func theCorpusReadsBackTheSame() async throws {
        let policies = await PolicyLoader.load([TestSupport.corpusDirectory.path]).policies
        try #require(policies.count > 10)
        // A low stem-group minimum, so that merged and precomputed groups are derived again too.
        let built = await PolicyIndex.build(policies: policies, parallelism: 2, stemGroupMinimum: 100)
        let read = try #require(PolicyIndex(decoding: built.encoded(), policies: policies))
        let sections = ["cookies", "your choices", "children"]
        #expect(Self.answers(read, sections) == Self.answers(built, sections))
        #expect(!built.stemGroups.stems.isEmpty && read.stemGroups.stems.sorted() == built.stemGroups.stems.sorted())
        #expect(built.mergedStemGroups.count > 0 && read.mergedStemGroups.entries.mapValues(\.start) == built.mergedStemGroups.entries.mapValues(\.start))
        #expect(read.postings.skipLastDoc == built.postings.skipLastDoc && read.encoded() == built.encoded())
    }

    @Test func overListingsOnlyTheHitsTextsAreRead() async throws {
        let policies = FilterAndRankingTests.policies
        let built = await PolicyIndex.build(policies: policies, annotations: FilterAndRankingTests.annotations)
        let reads = Mutex<[Int]>([])
        let listings = policies.map { PolicyListing($0).bodiless }
        let read = try #require(PolicyIndex(decoding: built.encoded(), listings: listings) { p in
            reads.withLock { $0.append(p) }
            return policies[p]
        })
        #expect(try read.search("retain", limit: 50) == built.search("retain", limit: 50))
        #expect(reads.withLock { $0.sorted() } == [0, 1])
        #expect(read.sections(matching: "sharing") == built.sections(matching: "sharing"))
        // A text that cannot be read, or lacks the sentence indexed, leaves its hits out instead of failing.
        let gone = try #require(PolicyIndex(decoding: built.encoded(), listings: listings) { p in p == 0 ? nil : policies[p] })
        #expect(try gone.search("retain", limit: 50).map(\.policyIndex) == [1])
        let other = try #require(PolicyIndex(decoding: built.encoded(), listings: listings) { p in listings[p] })
        #expect(try other.search("retain", limit: 50).isEmpty)
    }

    /// A built index moved over the listings keeps no text and answers the same.
    @Test func aBuiltIndexMovedOverListingsReadsOnlyTheHitsTexts() async throws {
        let policies = FilterAndRankingTests.policies
        let built = await PolicyIndex.build(policies: policies, annotations: FilterAndRankingTests.annotations)
        let reads = Mutex<[Int]>([])
        let listings = policies.map { PolicyListing($0).bodiless }
        let moved = built.overListings(listings) { p in
            reads.withLock { $0.append(p) }
            return policies[p]
        }
        #expect(moved.policies.allSatisfy { $0.isBodiless })
        #expect(try moved.search("retain", limit: 50) == built.search("retain", limit: 50))
        #expect(reads.withLock { $0.sorted() } == [0, 1])
        #expect(moved.encoded() == built.encoded())
    }

    /// An index saved without its postings reads them from their file, mapped, and refuses a
    /// file that is missing, cut short or changed.
    @Test func postingsApartAreReadMappedAndChecked() async throws {
        let policies = FilterAndRankingTests.policies
        let built = await PolicyIndex.build(policies: policies, annotations: FilterAndRankingTests.annotations)
        let head = built.encodedWithoutPostings()
        #expect(head.count < built.encoded().count)
        let path = NSTemporaryDirectory() + "postings-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(built.writePostings(to: path))
        let file = try #require(MappedFile(path: path))
        let read = try #require(head.withUnsafeBytes { PolicyIndex(decoding: $0, policies: policies, postings: file) })
        #expect(try read.search("retain", limit: 50) == built.search("retain", limit: 50))
        #expect(try read.search("cookies", limit: 50) == built.search("cookies", limit: 50))
        #expect(read.encoded() == built.encoded())
        #expect(head.withUnsafeBytes { PolicyIndex(decoding: $0, policies: policies) } == nil, "no file")
        let whole = try #require(FileManager.default.contents(atPath: path))
        var changed = whole
        changed[0] ^= 1
        for damage in [whole.dropLast(), changed, whole + [0]] {
            try Data(damage).write(to: URL(fileURLWithPath: path))
            let mapped = try #require(MappedFile(path: path))
            #expect(head.withUnsafeBytes { PolicyIndex(decoding: $0, policies: policies, postings: mapped) } == nil)
        }
    }

    /// An index kept in two files (``PolicyIndex/writeHead(to:)``, ``PolicyIndex/writePostings(to:)``)
    /// reads back the same, its merged stem groups left in the head's mapping; a damaged head
    /// is refused.
    @Test func anIndexInTwoFilesReadsBackTheSame() async throws {
        let policies = await TopKEarlyTerminationTests.repeatedSeeds(copies: 24)
        let built = await PolicyIndex.build(policies: policies, parallelism: 2, stemGroupMinimum: 200)
        #expect(built.mergedStemGroups.count > 0)
        let folder = NSTemporaryDirectory() + "index-files-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let headPath = folder + "/k.head", postingsPath = folder + "/k.postings"
        #expect(built.writePostings(to: postingsPath) && built.writeHead(to: headPath) == built.encodedWithoutPostings().count)
        let head = try #require(MappedFile(path: headPath)), postings = try #require(MappedFile(path: postingsPath))
        let read = try #require(PolicyIndex(decodingHead: head, policies: policies, postings: postings))
        #expect(read.mergedStemGroups.bytes.capacity == 0, "left in the mapping")
        for query in ["personal", "information", "third parties", "cookies", "share", "use"] {
            #expect(try read.search(query, limit: 30) == built.search(query, limit: 30), "\(query)")
        }
        #expect(read.encoded() == built.encoded())
        var damaged = try #require(FileManager.default.contents(atPath: headPath))
        damaged[damaged.count - 200] ^= 0x10
        try damaged.write(to: URL(fileURLWithPath: headPath))
        #expect(PolicyIndex(decodingHead: try #require(MappedFile(path: headPath)), policies: policies, postings: postings) == nil)
    }

    @Test func damagedOrMismatchedBytesAreRefused() async throws {
        let policies = FilterAndRankingTests.policies
        let bytes = await PolicyIndex.build(policies: policies, annotations: FilterAndRankingTests.annotations).encoded()
        #expect(PolicyIndex(decoding: bytes, policies: policies) != nil)
        // Each byte flipped in turn (a stride of them): the checksum or the header refuses it.
        for offset in stride(from: 0, to: bytes.count, by: 7) {
            var damaged = bytes
            damaged[offset] ^= 0x5A
            #expect(PolicyIndex(decoding: damaged, policies: policies) == nil, "byte \(offset)")
        }
        for length in [0, 3, 15, 16, bytes.count / 2, bytes.count - 1] {
            #expect(PolicyIndex(decoding: Array(bytes.prefix(length)), policies: policies) == nil, "cut at \(length)")
        }
        #expect(PolicyIndex(decoding: bytes + [0], policies: policies) == nil)
        #expect(PolicyIndex(decoding: bytes, policies: Array(policies.dropLast())) == nil)
        var otherVersion = bytes
        otherVersion[4] &+= 1
        #expect(PolicyIndex(decoding: otherVersion, policies: policies) == nil)
    }

    /// The postings file's check reads it in ranges (letting each go once read): the same
    /// checksum as in one go, every byte in exactly one range.
    @Test func theChecksumInRangesIsTheChecksumInOneGo() {
        var rng = SplitMix64(seed: 7)
        for count in [0, 1, 7, 8, 9, 63, 64, 65, 1000, 4099] {
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            bytes.withUnsafeBytes { raw in
                let whole = IndexChecksum.of(raw)
                for chunk in [1, 8, 13, 64, 4096] {
                    var covered: [Range<Int>] = []
                    #expect(IndexChecksum.of(raw, chunk: chunk) { covered.append($0) } == whole, "\(count) bytes, chunks of \(chunk)")
                    #expect(covered.first?.lowerBound ?? 0 == 0 && zip(covered, covered.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
                    #expect(covered.last?.upperBound ?? 0 == count & ~7, "the last bytes (under eight) are read after the ranges")
                }
            }
        }
    }
}
