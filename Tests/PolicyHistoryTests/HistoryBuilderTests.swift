import PolicyModel
import Testing
@testable import PolicyHistory

@Suite struct HistoryBuilderTests {
    static let doc = DocumentName(service: "Acme", type: "Privacy Policy")

    static func day(_ text: String) -> ArchiveDate { ArchiveDate(text)! }

    static func git(_ date: String, _ time: Int64, blob: String?, summary: String = "Update Privacy Policy") -> VersionRecord {
        VersionRecord(document: doc, date: day(date), time: time,
                      source: .git(repository: "/r", commit: String(repeating: "c", count: 39) + String(time % 10), path: "Acme/Privacy Policy.md", blob: blob ?? ""),
                      content: blob, summary: summary, deleted: blob == nil)
    }

    @Test func idsCarryOrdinalsOnlyOnSharedDays() throws {
        let histories = HistoryBuilder.histories([
            Self.git("2023-01-02", 20, blob: "b"), Self.git("2023-01-01", 5, blob: "a"), Self.git("2023-01-02", 10, blob: "c"),
        ])
        let h = try #require(histories.first)
        #expect(h.versions.map(\.id) == ["Acme — Privacy Policy@2023-01-01", "Acme — Privacy Policy@2023-01-02.1", "Acme — Privacy Policy@2023-01-02.2"])
        #expect(h.versions.map(\.content) == ["a", "c", "b"], "ordered by time within a day")
        #expect(h.versions[1].ordinal == 1 && h.versions[0].ordinal == 0)
    }

    @Test func returnsTechnicalAndGaps() throws {
        let h = try #require(HistoryBuilder.histories([
            Self.git("2023-01-01", 1, blob: "a"),
            Self.git("2023-02-01", 2, blob: "b"),
            Self.git("2023-03-01", 3, blob: "a"),
            Self.git("2023-04-01", 4, blob: "d", summary: "Apply technical or declaration upgrade on Acme Privacy Policy"),
            Self.git("2023-05-01", 5, blob: nil),
            Self.git("2023-06-01", 6, blob: "e", summary: "Refilter Acme Privacy Policy"),
            Self.git("2023-07-01", 7, blob: nil),
        ]).first)
        #expect(h.versions.count == 5, "deletions are no versions")
        #expect(h.versions.map(\.returnsTo) == [nil, nil, "Acme — Privacy Policy@2023-01-01", nil, nil])
        #expect(h.versions.map(\.technical) == [false, false, false, true, true])
        #expect(h.gaps == [
            .init(after: "Acme — Privacy Policy@2023-04-01", before: "Acme — Privacy Policy@2023-06-01"),
            .init(after: "Acme — Privacy Policy@2023-06-01", before: nil),
        ])
        #expect(h.versions[0].source.commit?.count == 40)
    }

    @Test func sourcesMergeIntoOneDocumentAndUndatedComeLast() throws {
        let records = [
            VersionRecord(document: DocumentName.parse("acme/privacy policy"), date: nil, source: .file(path: "/w/Acme/Privacy Policy.md")),
            Self.git("2023-01-01", 1, blob: "a"),
            VersionRecord(document: Self.doc, date: Self.day("2004-06-13"), source: .file(path: "/v1/20040613.md"), policyID: "p1"),
            VersionRecord(document: DocumentName(service: "Other"), date: Self.day("2010-01-01"), source: .file(path: "/o.md")),
        ]
        let histories = HistoryBuilder.histories(records)
        #expect(histories.map(\.document.description) == ["acme — privacy policy", "Other"])
        let h = histories[0]
        #expect(h.versions.map(\.label) == ["2004-06-13", "2023-01-01", "undated"])
        #expect(h.firstDate == Self.day("2004-06-13") && h.lastDate == Self.day("2023-01-01"))
        #expect(h.newest.source == .file(path: "/w/Acme/Privacy Policy.md"))
    }
}

@Suite struct HistoryCatalogTests {
    static let catalog: HistoryCatalog = {
        let d = HistoryBuilderTests.self
        return HistoryCatalog(HistoryBuilder.histories([
            d.git("2020-01-01", 1, blob: "a"), d.git("2021-03-01", 2, blob: "b"),
            d.git("2021-03-01", 3, blob: "c"), d.git("2022-07-01", 4, blob: "d"),
        ]))
    }()

    func resolved(_ query: String, at: String? = nil) -> String? {
        try? Self.catalog.resolve(query, at: at.flatMap { ArchiveDate($0) }).get().label
    }

    @Test func idsDatesAndSteps() {
        #expect(resolved("Acme — Privacy Policy@2021-03-01.1") == "2021-03-01.1")
        #expect(resolved("acme — privacy policy@2021-03-01.2") == "2021-03-01.2", "ids ignore case")
        #expect(resolved("Acme/Privacy Policy@2021-03-01") == "2021-03-01.2", "a date that is no id: the newest that day")
        #expect(resolved("Acme - Privacy Policy@2022-06-30") == "2021-03-01.2")
        #expect(resolved("Acme - Privacy Policy@2030-01-01") == "2022-07-01")
        #expect(resolved("Acme/Privacy Policy@~0") == "2022-07-01")
        #expect(resolved("Acme/Privacy Policy@~3") == "2020-01-01")
        #expect(resolved("Acme/Privacy Policy") == "2022-07-01")
        #expect(resolved("Acme/Privacy Policy", at: "2021-01-01") == "2020-01-01")
    }

    @Test func failuresSayWhy() {
        let c = Self.catalog
        #expect(throws: HistoryLookupError.tooFewVersions("Acme — Privacy Policy", steps: 4, count: 4)) { try c.resolve("Acme/Privacy Policy@~4").get() }
        #expect(throws: HistoryLookupError.noVersionBefore("Acme — Privacy Policy", ArchiveDate("2019-12-31")!)) { try c.resolve("Acme/Privacy Policy@2019-12-31").get() }
        #expect(throws: HistoryLookupError.badVersion("Acme/Privacy Policy@soon")) { try c.resolve("Acme/Privacy Policy@soon").get() }
        #expect(throws: HistoryLookupError.noDocument(query: "Acme/Terms", nearMatches: [])) { try c.resolve("Acme/Terms@~1").get() }
        #expect(c.nearMatches("acme") == ["Acme — Privacy Policy"])
        #expect(HistoryLookupError.tooFewVersions("D", steps: 4, count: 4).description == "D has 4 version(s): ~4 goes past the oldest (~3)")
    }

    @Test func versionsAtADate() {
        #expect(Self.catalog.versions(at: ArchiveDate("2021-03-01")!).map(\.label) == ["2021-03-01.2"])
        #expect(Self.catalog.versions(at: ArchiveDate("2019-01-01")!).isEmpty)
    }
}

@Suite struct GitRecordTests {
    @Test func commitTimesAreUTCDays() {
        #expect(ArchiveDate.utcDay(unixTime: 0) == ArchiveDate("1970-01-01"))
        #expect(ArchiveDate.utcDay(unixTime: 1_650_000_000) == ArchiveDate("2022-04-15"))  // 05:20 UTC
        #expect(ArchiveDate.utcDay(unixTime: 951_782_399) == ArchiveDate("2000-02-28"))
        #expect(ArchiveDate.utcDay(unixTime: 951_782_400) == ArchiveDate("2000-02-29"))
        #expect(ArchiveDate.utcDay(unixTime: -1) == ArchiveDate("1969-12-31"))
    }

    /// A commit may claim any 64-bit time (found by the `history` fuzz target: Int64.min trapped).
    @Test func timesOutsideTheYears1To9999HaveNoDay() {
        #expect(ArchiveDate.utcDay(unixTime: -62_135_596_800) == ArchiveDate("0001-01-01"))
        #expect(ArchiveDate.utcDay(unixTime: 253_402_300_799) == ArchiveDate("9999-12-31"))
        for time in [Int64.min, -62_135_596_801, 253_402_300_800, Int64.max] {
            #expect(ArchiveDate.utcDay(unixTime: time) == nil)
        }
    }

    @Test func gitRevisionsJoinTheDatedFilesOfTheirDocument() throws {
        let blob = String(repeating: "a", count: 40), commit = String(repeating: "1", count: 40)
        let records = [
            VersionRecord.git(repository: "/pga", path: "Facebook/Privacy Policy.md", commit: commit, commitTime: 1_650_000_000,
                              summary: "Refilter Facebook Privacy Policy", blob: blob),
            VersionRecord(document: DocumentGrouping.document(forFile: "/v1/Facebook/Privacy Policy/20040613_Facebook_PrivacyPolicy.md", domain: nil).document,
                          date: ArchiveDate("2004-06-13"), source: .file(path: "/v1/Facebook/Privacy Policy/20040613_Facebook_PrivacyPolicy.md")),
            VersionRecord.git(repository: "/p", path: "a/ad/ado/adobe.com.md", commit: commit, commitTime: 0, summary: "",
                              blob: blob, headerDate: ArchiveDate("2012-01-01")),
        ]
        let histories = HistoryBuilder.histories(records)
        #expect(histories.map(\.document.description) == ["adobe.com", "Facebook — Privacy Policy"])
        let facebook = histories[1]
        #expect(facebook.versions.map(\.id) == ["Facebook — Privacy Policy@2004-06-13", "Facebook — Privacy Policy@2022-04-15"])
        #expect(facebook.newest.technical && facebook.newest.source.commit == commit)
        #expect(histories[0].versions[0].label == "2012-01-01", "the header's date before the commit's")
    }
}
