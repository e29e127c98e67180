import Testing
import PolicyExtraction
import PolicyModel
@testable import PolicyComparison

@Suite("Answer matrix")
struct MatrixTests {
    static func matrix() -> AnswerMatrix {
        let columns = [
            AnswerMatrix.Column(id: "a.com@2010-01-01", domain: "a.com", archivedOn: ArchiveDate("2010-01-01")),
            AnswerMatrix.Column(id: "b.com@2012-01-01", domain: "b.com", archivedOn: ArchiveDate("2012-01-01")),
            AnswerMatrix.Column(id: "=evil", domain: nil, archivedOn: nil),
        ]
        func row(_ q: Question, _ cells: [(AnswerValue, Double)]) -> AnswerMatrix.Row {
            let evidence = Evidence(location: BlockLocation(sectionNumber: 2, blockIndex: 0), sectionPath: ["Privacy", "Sharing"],
                                    range: TextRange(start: 0, end: 15), text: "We do not sell.", negated: true)
            return .init(question: q, cells: cells.map { Answer(question: q, value: $0.0, confidence: $0.1, evidence: [evidence]) })
        }
        return AnswerMatrix(columns: columns, rows: [
            row(.sellsData, [(.no, 0.9), (.yes, 0.3), (.notStated, 0)]),
            row(.cookies, [(.yes, 0.9), (.yes, 0.9), (.yes, 0.9)]),
            row(.frameworks, [(.list(["gdpr", "ccpa"]), 0.9), (.list(["-cmd"]), 0.9), (.notStated, 0)]),
            row(.childrenMinAge, [(.integer(13), 0.9), (.notStated, 0), (.integer(16), 0.9)]),
        ])
    }

    @Test func compactCellsMarkWeakAnswers() {
        let m = Self.matrix()
        #expect(m.rows[0].cells.map(MatrixFormatter.compact) == ["no", "yes?", "-"])
        #expect(m.rows[3].cells.map(MatrixFormatter.compact) == ["13", "-", "16"])
    }

    @Test func csvGuardsAgainstFormulaInjectionAndQuotes() {
        let csv = MatrixFormatter.csv(Self.matrix())
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "question,a.com@2010-01-01,b.com@2012-01-01,'=evil")
        #expect(lines[1] == "sells-data,no,yes,not-stated")
        #expect(lines[3] == "frameworks,\"gdpr, ccpa\",'-cmd,not-stated")
        #expect(lines.count == 5)
    }

    @Test func markdownIsAPastableTable() {
        let md = MatrixFormatter.markdown(Self.matrix()).split(separator: "\n").map(String.init)
        #expect(md[0] == "| question | a.com | b.com | =evil |")
        #expect(md[1] == "|---|---|---|---|")
        #expect(md[2] == "| sells-data | no | yes? | - |")
    }

    @Test func hidingAgreementSortingAndSelecting() {
        let m = Self.matrix()
        #expect(m.hidingAgreement().rows.map(\.question) == [.sellsData, .frameworks, .childrenMinAge])
        let sorted = m.sortingColumns(by: .sellsData)
        #expect(sorted.columns.map(\.id) == ["b.com@2012-01-01", "a.com@2010-01-01", "=evil"])
        #expect(sorted.rows[3].cells.map(\.value) == [.notStated, .integer(13), .integer(16)])
        #expect(m.selecting([.cookies, .sellsData]).rows.map(\.question) == [.cookies, .sellsData])
    }
}
