import PolicyComparison
import Testing

/// CSV cells a spreadsheet would run as formulas are written as text.
@Suite("CSV fields")
struct CSVFieldTests {
    @Test func formulaStartsGetAQuote() {
        #expect(MatrixFormatter.csvField("=1+2") == "'=1+2")
        #expect(MatrixFormatter.csvField("+1") == "'+1")
        #expect(MatrixFormatter.csvField("-1") == "'-1")
        #expect(MatrixFormatter.csvField("@SUM(A1)") == "'@SUM(A1)")
        #expect(MatrixFormatter.csvField("\t=1") == "'\t=1")
        #expect(MatrixFormatter.csvField("\r=1") == "\"'\r=1\"")
        #expect(MatrixFormatter.csvField("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")
        #expect(MatrixFormatter.csvField("a=1") == "a=1")
        #expect(MatrixFormatter.csvField("2021-03-01") == "2021-03-01")
    }
}
