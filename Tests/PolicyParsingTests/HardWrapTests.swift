import Testing
import PolicyModel
@testable import PolicyParsing

/// Text exported line by line from HTML (the Platform Governance Archive's `pga-v1`): wrapped
/// lines joined back into their paragraphs, `&apos` without its semicolon, typographic ligatures.
@Suite("Hard-wrapped exports")
struct HardWrapTests {
    /// Six sentences wrapped over two or three lines each, a blank line after every line.
    static let wrapped = """
    # Privacy Policy

    This policy describes the information we process to support our products and

    features. We collect the content and other information you provide when you use

    our products, including when you sign up for an account. We don&apost sell any of your

    information to anyone, and we never will. If you believe that we might have any

    information from or about a child under 13, please contact us. In the event of a merger or a

    sale of assets, your information may be transferred as part of that transaction. We keep

    log data for as long as the account is active and delete it within 90 days of a request.

    VI. How do we respond to legal requests or

    prevent harm?

    We share information with law enforcement in response to a legal request.

    """

    @Test func wrappedLinesJoinIntoTheirSentences() throws {
        let p = try parse(Self.wrapped)
        let texts = p.allBlocks.map(\.text)
        #expect(texts.contains { $0.contains("We don't sell any of your information to anyone, and we never will.") }, "\(texts)")
        #expect(texts.contains { $0.contains("In the event of a merger or a sale of assets, your information may be transferred") }, "\(texts)")
    }

    /// A short numbered line cut by wrapping stays a heading, as it was read before.
    @Test func aNumberedTitleCutByWrappingStaysAHeading() throws {
        let p = try parse(Self.wrapped)
        let titles = Self.titles(p.sections)
        #expect(titles.contains("VI. How do we respond to legal requests or"), "\(titles)")
    }

    static func titles(_ sections: [Section]) -> [String] {
        sections.flatMap { [$0.title] + titles($0.children) }
    }

    /// An ordinary document with a line or two that stop without an end mark is left alone.
    @Test func anOrdinaryDocumentIsLeftAlone() throws {
        let p = try parse("""
        # Privacy

        For more information visit our website at www.example.com

        we answer every question within a week.

        We collect your name. We never sell it.

        """)
        #expect(p.allBlocks.map(\.text).contains("we answer every question within a week."), "\(p.allBlocks.map(\.text))")
    }

    @Test func bareApostrophesAndLigaturesReadAsLetters() throws {
        let p = try parse("# P\n\nWe don&apost share the proﬁle of users&apos friends; &apos; and AT&amp;T stay.\n")
        #expect(p.sections[0].blocks[0].text == "We don't share the profile of users' friends; ' and AT&T stay.")
        // A link's query and a longer word keep their letters.
        let link = try parse("# P\n\nSee [the page](https://example.com/?x=1&apostrophe=2) or &apostrophes.\n")
        #expect(link.sections[0].blocks[0].links.first?.url == "https://example.com/?x=1&apostrophe=2")
        #expect(link.sections[0].blocks[0].text.hasSuffix("or &apostrophes."))
    }

    /// In a hard-wrapped document a short title before a line in lower case stays a title, and
    /// a line that ends on a number does not end on the word before it.
    @Test func shortTitlesAndNumbersStayApart() throws {
        let p = try parse(Self.wrapped + """

        Mobile Apps

        iOS users can turn off the tracking in the settings of the app.

        For questions about this policy you can call us toll free at 1-800-555-0100

        Example Inc. answers every question within a week.

        """)
        let texts = p.allBlocks.map(\.text)
        #expect(texts.contains("iOS users can turn off the tracking in the settings of the app."), "\(texts)")
        #expect(texts.contains("Example Inc. answers every question within a week."), "\(texts)")
    }
}
