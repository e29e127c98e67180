import Testing
import PolicyModel
@testable import PolicyParsing

@Suite("Heading styles build the section tree")
struct HeadingStyleTests {
    @Test func atxLevelsMaySkip() throws {
        let p = try parse("# Policy\n\n#### Deep\n\nText.\n\n## Next\n\nMore.\n")
        #expect(outline(p) == ["1:Policy", "2:Deep", "2:Next"])
        #expect(try #require(p.sections.first?.children.first).level == 4)
    }

    /// Exports (Open Terms Archive's Snapchat, mullvad.net) write `### ` and the title on the
    /// next line: the short line is the heading; a sentence, a link-only line or a long line is not.
    @Test func emptyAtxHeadingTakesTheShortLineBelow() throws {
        let p = try parse("# Policy\n\n### \n\nUpdates to the Privacy Policy\n\nWe may change it.\n\n###   \nI. Overview\n\nText.\n")
        #expect(outline(p) == ["1:Policy", "2:Updates to the Privacy Policy", "2:I. Overview"])
        #expect(p.flattenedSections[1].section.blocks.map(\.text) == ["We may change it."])
        let sentence = try parse("# Policy\n\n### \n\nWe may change this policy at any time.\n")
        #expect(outline(sentence) == ["1:Policy"])
        let link = try parse("# Policy\n\n### \n\n[\u{200B}](#1-introduction)\n\nText.\n")
        #expect(outline(link) == ["1:Policy"])
    }

    @Test func setextHeadings() throws {
        let p = try parse("Policy\n======\n\nIntro.\n\nCookies\n-------\n\nWe use cookies.\n")
        #expect(outline(p) == ["1:Policy", "2:Cookies"])
    }

    @Test func boldParagraphIsAHeadingBelowTheNearestRealHeading() throws {
        let p = try parse("# Policy\n\n**INFORMATION WE COLLECT**\n\nWe collect names.\n\n**How We Use It**\n\nTo serve you.\n")
        #expect(outline(p) == ["1:Policy", "2:INFORMATION WE COLLECT", "2:How We Use It"])
        #expect(p.flattenedSections[1].section.style == .bold)
        #expect(p.flattenedSections[1].section.level == 2)
    }

    @Test func boldListItemHeading() throws {
        let p = try parse("# P\n\n  * **1. Cookies.**\n\nWe use cookies.\n")
        #expect(outline(p) == ["1:P", "2:1. Cookies"])
    }

    @Test func numberingSetsDepth() throws {
        let p = try parse("# P\n\n**1. Collection**\n\nText.\n\n**1.1 Cookies**\n\nText.\n\n**2. Sharing**\n\nText.\n")
        #expect(outline(p) == ["1:P", "2:1. Collection", "3:1.1 Cookies", "2:2. Sharing"])
    }

    @Test func numberedAndRomanPlainLines() throws {
        let p = try parse("# P\n\nI. Scope\n\nText here.\n\nII. Data\n\nMore text.\n\nA. Details\n\nEven more.\n")
        #expect(outline(p) == ["1:P", "2:I. Scope", "2:II. Data", "3:A. Details"])
    }

    @Test func allCapsLines() throws {
        let p = try parse("# P\n\nSECURITY\n\nWe protect data.\n")
        #expect(outline(p) == ["1:P", "2:SECURITY"])
        #expect(p.flattenedSections[1].section.style == .caps)
    }

    @Test func ordinaryBoldSentencesAndListItemsStayText() throws {
        let p = try parse("""
        # P

        **We will never sell your personal information to anyone, for any reason, at any time.**

        Some text.

          * A list item that is plain
          * **Short bold** followed by text in the same item.
        """)
        #expect(outline(p) == ["1:P"])
        #expect(p.sections[0].blocks.count == 4)
    }

    @Test func plainLinesOnlyInDocumentsWithoutMarkedHeadings() throws {
        let unmarked = try parse("# Site Title\n\nIntro text here.\n\nCollection and Use of Information\n\nWe collect data.\n")
        #expect(outline(unmarked) == ["1:Site Title", "2:Collection and Use of Information"])
        let marked = try parse("# Site Title\n\n## Real\n\nIntro text here.\n\nCollection and Use of Information\n\nWe collect data.\n")
        #expect(outline(marked) == ["1:Site Title", "2:Real"])
    }

    @Test func labelLinesInUnmarkedDocuments() throws {
        let p = try parse("# T\n\nIntro.\n\nCollected Information:  \nWe require an e-mail address.\n")
        #expect(outline(p) == ["1:T", "2:Collected Information"])
        #expect(try #require(p.sections.first?.children.first).blocks.map(\.text) == ["We require an e-mail address."])
    }

    @Test func boldFirstLineEndedByHardBreak() throws {
        let p = try parse("# T\n\n**Your Privacy**  \nWe follow the law.\n")
        #expect(outline(p) == ["1:T", "2:Your Privacy"])
        #expect(try #require(p.sections.first?.children.first).blocks.map(\.text) == ["We follow the law."])
    }
}

@Suite("Corpus quirks")
struct QuirkTests {
    @Test func boldHeadingWhoseClosingStarsFollowAHardBreak() throws {
        let p = try parse("# P\n\n**Changes in Privacy Policy  \n**All \"personal information\" is ours.\n")
        #expect(outline(p) == ["1:P", "2:Changes in Privacy Policy"])
        #expect(try #require(p.sections.first?.children.first).blocks.map(\.text) == ["All \"personal information\" is ours."])
    }

    @Test func tableOfContentsInsideASwallowedHeadingParagraph() throws {
        let p = try parse("""
        # P

         **1.Introduction  
        ** **2.Information We Receive  
        ****3.Sharing  
        **  
         **1\\. Introduction  
        **  
         **Questions.** Ask us anything.

        **2\\. Information We Receive**

        We receive data.

        **3\\. Sharing**

        We share data.
        """)
        #expect(outline(p) == ["1:P", "2:1. Introduction", "2:2. Information We Receive", "2:3. Sharing"])
        #expect(p.sections[0].blocks.map(\.text) == ["1.Introduction\n2.Information We Receive\n3.Sharing"])
        #expect(try #require(p.sections.first?.children.first).blocks.map(\.text) == ["Questions. Ask us anything."])
    }

    @Test func unmatchedDelimitersAreDropped() throws {
        let p = try parse("# P\n\n  * **Long bold item that never closes.  \n**\n")
        #expect(p.sections[0].blocks.map(\.text) == ["Long bold item that never closes."])
    }

    @Test func headingInsideAListItem() throws {
        let p = try parse("# P\n\n  1. #### How We Use Data\n\nWe use it well.\n")
        #expect(outline(p) == ["1:P", "2:How We Use Data"])
    }

    @Test func runInNumberedBoldLabel() throws {
        let p = try parse("# P\n\n**a. General.** Sickbay collects data.\n\n**Note:** this stays text.\n")
        #expect(outline(p) == ["1:P", "2:a. General"])
        let section = try #require(p.sections.first?.children.first)
        #expect(section.blocks.map(\.text) == ["Sickbay collects data.", "Note: this stays text."])
    }

    @Test func oneColumnTableReadAsSetextHeading() throws {
        let p = try parse("# P\n\nIntro.\n\nContents   \n---\nFirst row\nSecond row\n")
        #expect(outline(p) == ["1:P"])
        let kinds = p.sections[0].blocks.map(\.kind)
        #expect(kinds == [.paragraph, .tableRow(header: true), .tableRow(header: false), .tableRow(header: false)])
    }

    @Test func indentedProseIsParagraphsButTablesStayCode() throws {
        let p = try parse("# P\n\n    We collect your name and e-mail address when you register with us.\n    We use it to run the service.\n\nBetween.\n\n    id | date\n    12 | 2016\n")
        let blocks = p.sections[0].blocks
        #expect(blocks.map(\.kind) == [.paragraph, .paragraph, .code])
        #expect(blocks[0].text == "We collect your name and e-mail address when you register with us. We use it to run the service.")
    }

    /// Bluesky's contact paragraphs, indented eight spaces: read as Markdown once unindented,
    /// so the address is a link and no `[...](...)` or `**` markup is left in the text.
    @Test func indentedProseKeepsItsLinksAndEmphasis() throws {
        let p = try parse("""
            # P

            Intro.

                    **Data Protection Officer:** Bluesky has appointed a Data Protection Officer (DPO). You may contact our DPO at Ametros Group Ltd, Hereford, HR2 6JT, [dpo@ametrosgroup.com](mailto:dpo@ametrosgroup.com) &amp; _us_.
            """)
        let block = try #require(p.sections[0].blocks.last)
        #expect(block.kind == .paragraph)
        #expect(block.line == 5)
        #expect(block.text == "Data Protection Officer: Bluesky has appointed a Data Protection Officer (DPO). You may contact our DPO at Ametros Group Ltd, Hereford, HR2 6JT, dpo@ametrosgroup.com & us.")
        #expect(block.links.map(\.url) == ["mailto:dpo@ametrosgroup.com"])
        #expect(block.links.map { block.text(of: $0.range) } == ["dpo@ametrosgroup.com"])
        #expect(block.sentences.count == 2)
    }

    @Test func tableDebrisIsDroppedAndCellLabelsStayText() throws {
        let p = try parse("# P\n\nFACTS | \n\n**Why?**\n\n| \n\nFinancial companies choose.\n\n  \n---|---  \n  \n")
        #expect(outline(p) == ["1:P"])
        #expect(p.sections[0].blocks.map(\.text) == ["FACTS |", "Why?", "Financial companies choose."])
    }

    @Test func emptyLinksDisappearAndArchiveLinksUnwrap() throws {
        let p = try parse("# P\n\n[](http://seal.example/x) See [our terms](https://web.archive.org/web/20120623080030id_/http%3A//www.x.com/terms).\n")
        let block = p.sections[0].blocks[0]
        #expect(block.text == "See our terms.")
        #expect(block.links.count == 1)
        #expect(block.links[0].url == "http://www.x.com/terms")
        #expect(block.text(of: block.links[0].range) == "our terms")
    }

    @Test func emptyH1IsDroppedAndUnrelatedH1Kept() throws {
        let p = try parse("# \n\n## Privacy\n\nText.\n")
        #expect(outline(p) == ["1:Privacy"])
        let q = try parse("# Buy Cheap Domains Today\n\n## Privacy\n\nText.\n")
        #expect(outline(q) == ["1:Buy Cheap Domains Today", "2:Privacy"])
        #expect(q.title == "Buy Cheap Domains Today")
    }

    @Test func preambleIsKept() throws {
        let p = try parse("Before any heading.\n\n# P\n\nText.\n")
        #expect(p.preamble.map(\.text) == ["Before any heading."])
    }
}
