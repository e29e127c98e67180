import Foundation
import PolicyGit
import PolicyStore
import Testing
import TestSupport

/// A repository in the Princeton-Leuven layout (`a/ac/act/act-on.com.md`), made from the shared
/// seeds and the corpus's later act-on.com version: act-on 2013 then 2014.
@Suite(.enabled(if: TestSupport.sharedDataAvailable && Git.available, "needs ../shared (seeds, corpus) and git"))
struct CorpusLayoutTests {
    /// The seed files: domain, archive date and bytes, read from each file's header line.
    static func seeds() throws -> [(domain: String, date: String, bytes: [UInt8])] {
        let folder = TestSupport.sharedDirectory.appendingPathComponent("seeds")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            let header = String(decoding: bytes.prefix(400), as: UTF8.self)
            let domain = header.components(separatedBy: "from the ")[1].components(separatedBy: " privacy policy")[0]
            let date = header.components(separatedBy: "archived on ")[1].prefix(10)
            return (domain, String(date), bytes)
        }
    }

    static func layoutPath(_ domain: String) -> String {
        let letters = Array(domain)
        return "\(letters[0])/\(String(letters[0..<2]))/\(String(letters[0..<3]))/\(domain).md"
    }

    @Test func actOnHasTwoVersionsAndEverySeedOne() throws {
        let fixture = try GitFixture()
        let seeds = try Self.seeds()
        for seed in seeds.sorted(by: { $0.date < $1.date }) {
            fixture.commit("Add \(seed.domain)", date: seed.date, [.file(Self.layoutPath(seed.domain), seed.bytes)])
        }
        let later = Array(try Data(contentsOf: TestSupport.corpusDirectory.appendingPathComponent("act-on.com.md")))
        fixture.commit("Update act-on.com", date: "2014-03-04", [.file(Self.layoutPath("act-on.com"), later)])
        try fixture.write()

        let repository = try GitRepository(path: fixture.path)
        let scan = try repository.fileHistories(include: isDocument, limits: GitLimits())
        #expect(scan.skipped.isEmpty)
        #expect(scan.commitCount == seeds.count + 1)
        #expect(scan.files.map(\.path) == seeds.map { Self.layoutPath($0.domain) }.sorted())

        let actOn = try #require(scan["a/ac/act/act-on.com.md"])
        let seed = try #require(seeds.first { $0.domain == "act-on.com" })
        #expect(actOn.revisions.map(\.summary) == ["Add act-on.com", "Update act-on.com"])
        #expect(actOn.revisions.map { Date(timeIntervalSince1970: TimeInterval($0.commitTime)) }.map { ISO8601DateFormatter().string(from: $0).prefix(10) } == ["2013-04-06", "2014-03-04"])
        // Blob ids are the store's keys, and the bytes come back as committed.
        #expect(actOn.revisions.map { $0.blob?.hex } == [BlobID.of(seed.bytes), BlobID.of(later)])
        #expect(try repository.blob(actOn.revisions[0].blob!, maxBytes: 1 << 20) == seed.bytes)
        #expect(try repository.blob(actOn.revisions[1].blob!, maxBytes: 1 << 20) == later)
        for file in scan.files {
            #expect(file.versionCommits == (try Git.log(fixture.path, file.path, filter: "ACMRT")), "\(file.path)")
        }
    }
}
