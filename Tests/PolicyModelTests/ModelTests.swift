import Testing
import PolicyModel

@Suite("Model values")
struct ModelTests {
    @Test func archiveDates() {
        #expect(ArchiveDate("2012-06-23")?.description == "2012-06-23")
        #expect(ArchiveDate("2012-02-30") == nil)
        #expect(ArchiveDate("2012-6-23") == nil)
        #expect(ArchiveDate("2000-02-29") != nil)
        #expect(ArchiveDate("1900-02-29") == nil)
        #expect(ArchiveDate("2012-06-23")! < ArchiveDate("2013-01-01")!)
    }

    @Test func textRangesSliceByScalars() {
        let text = "Né 日本 ok"
        #expect(TextRange(start: 3, end: 5).slice(of: text) == "日本")
        #expect(TextRange(start: 0, end: 2).contains(TextRange(start: 1, end: 2)))
    }

    static func policy(_ id: String, domain: String?, date: String?, file: String) -> Policy {
        let child = Section(title: "Child", level: 2, style: .markdown, line: 3,
                            blocks: [Block(kind: .paragraph, text: "Two words", line: 4)])
        let root = Section(title: "Root", level: 1, style: .markdown, line: 1,
                           blocks: [Block(kind: .paragraph, text: "One", line: 2)], children: [child])
        return Policy(id: id, domain: domain, title: "T", archivedOn: date.flatMap { ArchiveDate($0) }, source: nil,
                      file: file, format: .markdown, language: .undetermined, preamble: [], sections: [root])
    }

    @Test func walkNumbersSectionsInDocumentOrder() {
        let p = Self.policy("a", domain: nil, date: nil, file: "a.md")
        let flat = p.flattenedSections
        #expect(flat.map(\.location.number) == [1, 2])
        #expect(flat[1].location.titlePath == ["Root", "Child"])
        #expect(p.section(at: [0, 0])?.title == "Child")
        #expect(p.sectionCount == 2)
        #expect(p.wordCount == 3)
    }

    @Test func lookupByIdDomainPathAndNearMatches() throws {
        let policies = [
            Self.policy("x.com@2010-01-01", domain: "x.com", date: "2010-01-01", file: "/c/x-old.md"),
            Self.policy("x.com@2015-01-01", domain: "x.com", date: "2015-01-01", file: "/c/x-new.md"),
            Self.policy("notes", domain: nil, date: nil, file: "/c/notes.txt"),
        ]
        #expect(try PolicyLookup.find("x.com@2010-01-01", in: policies).get().file == "/c/x-old.md")
        #expect(try PolicyLookup.find("www.X.com", in: policies).get().id == "x.com@2015-01-01")
        #expect(try PolicyLookup.find("/c/notes.txt", in: policies).get().id == "notes")
        #expect(throws: PolicyLookup.Failure.notFound(query: "x.co", nearMatches: ["x.com@2010-01-01", "x.com@2015-01-01"])) {
            try PolicyLookup.find("x.co", in: policies).get()
        }
    }
}
