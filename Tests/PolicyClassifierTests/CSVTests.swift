import Foundation
import Testing
@testable import PolicyClassifier

@Suite("OPP-115 CSV reading")
struct CSVTests {
    @Test("quoted fields may hold commas, doubled quotes and line breaks")
    func quoting() throws {
        let text = "\"a, b \"\"c\"\"\nnext line\",Data Security\r\nplain text,Do Not Track\n"
        let records = try CSVReader().records(in: text)
        #expect(records.count == 2)
        #expect(records[0].fields == ["a, b \"c\"\nnext line", "Data Security"])
        #expect(records[0].line == 1)
        #expect(records[1].fields == ["plain text", "Do Not Track"])
        #expect(records[1].line == 3)
    }

    @Test("empty fields, blank lines, a missing final newline and a BOM")
    func edges() throws {
        let records = try CSVReader().records(in: "\u{FEFF}\"\",x\n\n,\nlast,row")
        #expect(records.map(\.fields) == [["", "x"], ["", ""], ["last", "row"]])
        #expect(records.map(\.line) == [1, 3, 4])
    }

    @Test("an unclosed quote is reported with the line it starts on")
    func unclosedQuote() {
        #expect(throws: ClassifierError.malformedCSV(path: "t.csv", line: 2, reason: "a quoted field is never closed")) {
            try CSVReader(sourceName: "t.csv").records(in: "ok,Data Security\n\"never closed,\nmore")
        }
    }

    @Test("text after a closing quote and a stray quote are errors")
    func strayQuotes() {
        #expect(throws: ClassifierError.self) { try CSVReader().records(in: "\"a\"b,Data Security\n") }
        #expect(throws: ClassifierError.self) { try CSVReader().records(in: "a\"b,Data Security\n") }
    }

    @Test("rows are merged by text into label sets, in order of first appearance")
    func merging() throws {
        let segments = try OPP115Dataset.parse(
            "\"We keep logs, briefly.\",Data Retention\nOther,Policy Change\n\"We keep logs, briefly.\",Data Security\n")
        #expect(segments.count == 2)
        #expect(segments[0].text == "We keep logs, briefly.")
        #expect(segments[0].labels == [.dataRetention, .dataSecurity])
        #expect(segments[1].labels == [.policyChange])
    }

    @Test("a header row is skipped; an unknown label and a wrong field count are errors with line numbers")
    func headerAndErrors() throws {
        #expect(try OPP115Dataset.parse("text,label\nHi,Do Not Track\n").count == 1)
        #expect(throws: ClassifierError.unknownLabel(path: "x", line: 2, label: "Cookies")) {
            try OPP115Dataset.parse("Hi,Do Not Track\nHo,Cookies\n", sourceName: "x")
        }
        #expect(throws: ClassifierError.malformedCSV(path: "x", line: 1, reason: "expected 2 fields (text,label), found 3")) {
            try OPP115Dataset.parse("a,b,Do Not Track\n", sourceName: "x")
        }
    }

    @Test("a missing file gives a readable error")
    func missingFile() {
        #expect(throws: ClassifierError.fileNotReadable(path: "/nonexistent/x.csv", reason: "no such file")) {
            try OPP115Dataset.load(from: URL(fileURLWithPath: "/nonexistent/x.csv"))
        }
    }

    @Test("the vendored Majority training split parses into 2185 segments with all 12 categories",
          .enabled(if: TestData.exists("majority-train.csv"), "vendored Resources/opp115 CSVs are missing"))
    func vendoredSplit() throws {
        let segments = try OPP115Dataset.load(from: TestData.csv("majority-train.csv"))
        #expect(segments.count == 2185)
        #expect(Set(segments.flatMap(\.labels)) == Set(OPP115Category.allCases))
    }

    @Test("combining splits adds only new texts; excluding removes by text")
    func combining() {
        let a = [LabeledSegment(text: "x", labels: [.doNotTrack])]
        let b = [LabeledSegment(text: "x", labels: [.policyChange]), LabeledSegment(text: "y", labels: [.dataSecurity])]
        let combined = a.adding(newTextsFrom: b)
        #expect(combined.map(\.text) == ["x", "y"])
        #expect(combined[0].labels == [.doNotTrack])
        #expect(combined.removing(textsIn: [b[1]]).map(\.text) == ["x"])
    }
}
