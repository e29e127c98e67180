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
