import Testing
@testable import PolicyParsing

/// The byte-level fast paths answer as the `Character` scans they stand in for, on text where
/// bytes and characters part ways: combining marks, a prepended Arabic sign that joins the next
/// letter into its character, CR LF, non-ASCII white space and digits.
@Suite("Fast paths equal the Character scans")
struct FastPathTests {
    static let texts = [
        "", "plain words here", "a\u{0301}", "\u{0600}a", "\u{0600}1 x", "x\u{0600}a", "1\u{20E3}", "\u{0301}a", "--|--",
        "|\u{0301}", "a|b", "é|", "\r\n", "line\r\nnext", "one\ntwo", "\u{00A0}two\u{2003}words\u{3000}", "٣ items", "’quoted’",
        "İstanbul Ⅻ", "  spaced\tout \u{0B}words  ", "Ωmega", "**", "\u{0600}|", "\u{0600}\n",
    ]

    @Test(arguments: texts)
    func characterClasses(text: String) {
        #expect(text.containsLetterOrDigit == text.contains { $0.isLetter || $0.isNumber })
        #expect(text.containsLetter == text.contains(where: \.isLetter))
        #expect(text.whitespaceSeparatedCount == text.split(whereSeparator: \.isWhitespace).count)
        #expect(text.containsASCII("|") == text.contains("|" as String))
        #expect(text.containsASCII("\n") == text.contains("\n" as String))
    }

    @Test func numberingOnASCIIHeadsAndCharacters() {
        // The same enumerators read from bytes and from characters (a non-ASCII tail forces the latter).
        for head in ["1. Intro", "2.3 Data", "(a) Use", "IV. Rights", "b) x", "12 Items", "1.2.3.4 Deep", "A. B", "ii Item", "3:Three"] {
            let viaBytes = Numbering.parse(head + " and more words here")
            let viaCharacters = Numbering.parse(head + " é")
            #expect(viaBytes == viaCharacters, "\(head)")
        }
        #expect(Numbering.parse("1\u{0301}. Title") == nil)
    }

    @Test func abbreviationsAndSentencesOnASCIIAndOtherText() {
        let ascii = "We use e.g. cookies. No. 5 applies. A. Smith wrote it. 1. First item. See U.S. Law."
        let other = String(ascii.map { $0 == "w" ? "ŵ" : $0 })
        #expect(SentenceSplitter.split(ascii) == SentenceSplitter.split(other))
        #expect(SentenceSplitter.split(ascii).count == 5)
    }
}
