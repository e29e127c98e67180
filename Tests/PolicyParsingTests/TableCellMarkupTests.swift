import Testing
import PolicyModel
@testable import PolicyParsing

/// HTML and list markers inside Markdown table cells, as Open Terms Archive's exports write
/// them (Spotify's rights table, Reddit's and LinkedIn's data tables).
@Suite("HTML in table cells")
struct TableCellMarkupTests {
    static func rows(_ markdown: String) throws -> [Block] {
        let policy = try PolicyParser.parse(Array(markdown.utf8), file: "t.md").policy
        return policy.allBlocks.filter { if case .tableRow = $0.kind { true } else { false } }
    }

    @Test func breaksAndBulletsBecomeLinesAndListItems() throws {
        let rows = try Self.rows("""
        # Rights

        | Right | How? |
        | --- | --- |
        | **Be informed** | We inform you:<br><br>*   through this Policy<br>*   by answering your [questions](#q) |
        | Deletion | Ask us.<br/>- by e-mail<BR />+ by post |
        """)
        #expect(rows.map(\.text) == [
            "Right | How?",
            "Be informed | We inform you:\n• through this Policy\n• by answering your questions",
            "Deletion | Ask us.\n• by e-mail\n• by post",
        ])
        // Each list line is a sentence of its own; the link keeps its text.
        #expect(rows[1].sentenceTexts.suffix(2) == ["• through this Policy", "• by answering your questions"])
        #expect(rows[1].links.map(\.url) == ["#q"])
    }

    @Test func paragraphListAndInlineTagsAreStructureNotText() throws {
        let rows = try Self.rows("""
        | Category | Sold |
        | --- | --- |
        | <p>Identifiers</p><ul><li>name</li><li><b>email</b></li></ul> | <span class="x">No</span> |
        """)
        #expect(rows[1].text == "Identifiers\n• name\n• email | No")
        let empty = try Self.rows("| a | b |\n| --- | --- |\n| x | <li><li></li><br/>*   <br/> |\n")
        #expect(empty[1].text == "x", "empty list items leave no bullet")
        #expect(!rows.contains { $0.text.contains("<") || $0.text.contains(">") })
    }

    @Test func textThatOnlyLooksLikeATagStays() throws {
        let rows = try Self.rows("""
        | Age | Note |
        | --- | --- |
        | <13 | write to <privacy at example.com> or use a < b * c |
        """)
        #expect(rows[1].text == "<13 | write to <privacy at example.com> or use a < b * c")
    }

    @Test func tagNamesAreReadStrictly() {
        #expect(TableCellMarkup.tagName("br") == "br")
        #expect(TableCellMarkup.tagName("/LI") == "li")
        #expect(TableCellMarkup.tagName("br/") == "br")
        #expect(TableCellMarkup.tagName("span class=\"a\"") == "span")
        #expect(TableCellMarkup.tagName("13") == nil)
        #expect(TableCellMarkup.tagName(" b") == nil)
        #expect(TableCellMarkup.tagName("privacy@example.com") == nil)
        #expect(TableCellMarkup.tagName("") == nil)
    }
}

/// Table rows keep each non-empty cell's column, so a row with blank cells still lines up
/// with its header (Reddit's and LinkedIn's tables leave cells and headers blank).
@Suite("Table cells and their columns")
struct TableCellColumnTests {
    @Test func cellsKeepTheirColumnsPastEmptyCells() throws {
        let rows = try TableCellMarkupTests.rows("""
        | Category | Examples | Sold |
        | --- | --- | --- |
        | Identifiers |  | No |
        |  | device IDs, **IP address** | Yes |
        | A<br>B | [link](https://x.example) | <b>No</b> |
        """)
        let cells = rows.map { row in row.cells.map { "\($0.column):\(row.text(of: $0.range))" } }
        #expect(cells == [
            ["0:Category", "1:Examples", "2:Sold"],
            ["0:Identifiers", "2:No"],
            ["1:device IDs, IP address", "2:Yes"],
            ["0:A\nB", "1:link", "2:No"],
        ])
        // The row's text is unchanged: the cells joined by ` | `.
        #expect(rows[1].text == "Identifiers | No")
    }

    @Test func otherBlocksHaveNoCells() throws {
        let policy = try PolicyParser.parse(Array("# T\n\nA paragraph.\n\n* an item\n".utf8), file: "t.md").policy
        #expect(policy.allBlocks.allSatisfy { $0.cells.isEmpty })
    }
}
