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
