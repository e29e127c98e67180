import Testing
import PolicyModel
@testable import PolicyExtraction

/// Tables as evidence: US state-law disclosures answer selling and targeted advertising in
/// "Category | Sold | Shared" tables, and a row is shown with its header's names.
@Suite("Answers: tables and their header names")
struct TableAnswerTests {
    private static func table(sold: [String], shared: [String], soldHeader: String = "Sold in the last 12 months") -> String {
        let categories = ["Identifiers", "Internet or other electronic network activity", "Precise geolocation"]
        var rows = """
        ## Your California Privacy Rights

        The table below describes the categories of personal information we collected in the past 12 months.

        | Category of personal information | Examples |  \(soldHeader) | Shared for cross-context behavioral advertising |
        | --- | --- | --- | --- |

        """
        for (k, category) in categories.enumerated() {
            rows += "| \(category) | \(k == 1 ? "" : "for example, data about you") | \(sold[k]) | \(shared[k]) |\n"
        }
        return rows
    }

    @Test func noInEverySoldCellIsANoWithTheRowAsEvidence() throws {
        let p = try Fixtures.practices(adding: Self.table(sold: ["No", "No", "None"], shared: ["Yes", "No", "No"]))
        let sells = p[.sellsData]
        #expect(sells.value == .no)
        #expect(sells.confidence >= 0.8)
        let evidence = try #require(sells.evidence.first)
        #expect(evidence.negated)
        #expect(evidence.text.contains("Category of personal information: Identifiers"))
        #expect(evidence.text.contains("Sold in the last 12 months: No"))
        // The evidence points at its row, at the cell that decides it.
        let policy = try Fixtures.policy(Fixtures.practicesMarkdown(adding: Self.table(sold: ["No", "No", "None"], shared: ["Yes", "No", "No"])))
        let block = try #require(policy.block(at: evidence.location))
        #expect(block.text(of: evidence.range) == "No" || block.text(of: evidence.range) == "None")
        // The sharing column answers targeted advertising: one yes is enough.
        #expect(p[.targetedAdvertising].value == .yes)
        #expect(p[.targetedAdvertising].evidence.first?.text.contains("Shared for cross-context behavioral advertising: Yes") == true)
    }

    @Test func oneYesInASoldColumnSaysYes() throws {
        let p = try Fixtures.practices(adding: Self.table(sold: ["No", "Yes", "No"], shared: ["No", "No", "No"]))
        #expect(p[.sellsData].value == .yes)
        #expect(p[.sellsData].evidence.first?.text.contains("Internet or other electronic network activity") == true)
        #expect(p[.targetedAdvertising].value == .no)
    }

    /// "Sold or shared: Yes" may be a share alone: a weak yes, never a confident one.
    @Test func soldOrSharedIsAWeakYesForSelling() throws {
        let p = try Fixtures.practices(adding: Self.table(sold: ["Yes", "No", "No"], shared: ["", "", ""], soldHeader: "Sold or Shared"))
        #expect(p[.sellsData].value == .yes)
        #expect(p[.sellsData].isWeak)
        let none = try Fixtures.practices(adding: Self.table(sold: ["No", "No", "No"], shared: ["", "", ""], soldHeader: "Sold or Shared"))
        #expect(none[.sellsData].value == .no)
    }

    /// "N/A", "-" and blank cells decide nothing; a table with no sale column says nothing on selling.
    @Test func undecidableCellsAndOtherTablesSayNothing() throws {
        let p = try Fixtures.practices(adding: Self.table(sold: ["N/A", "-", ""], shared: ["", "", ""]))
        #expect(p[.sellsData].value == .notStated)
        let other = try Fixtures.practices(adding: """
        ## Retention

        | Data | Kept for |
        | --- | --- |
        | Account data | as long as your account is open |
        | Logs | 90 days |
        """)
        #expect(other[.sellsData].value == .notStated)
    }

    @Test(arguments: [
        ("Yes", TableVotes.CellValue.yes), ("✓", .yes), ("Yes, to advertising partners.", .yes), ("No", .no),
        ("None", .no), ("Not sold", .no), ("We do not sell this category", .no), ("N/A", .unknown), ("-", .unknown),
        ("Advertising networks", .other), ("Nothing", .other),
    ])
    func cellsReadAsYesOrNo(_ text: String, _ value: TableVotes.CellValue) {
        #expect(TableVotes.cellValue(text) == value)
    }

    /// A sentence inside a table row is quoted with the names of its row's other columns
    /// (Spotify's "Information we may disclose" table: recipients, data, purpose).
    @Test func aSentenceInARowIsQuotedWithItsHeaderNames() throws {
        let p = try Fixtures.practices(adding: """
        ## Sharing your data

        | Categories of recipients | Categories of data | Purpose |
        | --- | --- | --- |
        | Advertising partners | Usage Data | We share your usage data with advertising partners so that they can show you ads based on your interests. |
        """)
        let answer = p[.targetedAdvertising]
        #expect(answer.value == .yes)
        let text = try #require(answer.evidence.first?.text)
        #expect(text.hasPrefix("Categories of recipients: Advertising partners | Categories of data: Usage Data | Purpose: We share"))
    }
}
