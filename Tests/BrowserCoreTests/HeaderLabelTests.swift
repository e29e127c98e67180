import Testing
@testable import BrowserCore

/// Column headers wrapped at hyphens, dots and spaces, cut only with an ellipsis.
@Suite struct HeaderLabelTests {
    @Test func wrapsAfterHyphensWithoutCuttingWords() {
        #expect(HeaderLabel.wrap("shares-service-providers", width: 9, lines: 3) == ["shares-", "service-", "providers"])
        #expect(HeaderLabel.wrap("collects-contact", width: 16, lines: 3) == ["collects-contact"])
        #expect(HeaderLabel.wrap("opt-out-marketing", width: 9, lines: 3) == ["opt-out-", "marketing"])
    }

    @Test func aWordTooWideOrTooManyLinesEndsInAnEllipsis() {
        #expect(HeaderLabel.wrap("international-transfer", width: 9, lines: 3) == ["internat…", "transfer"])
        #expect(HeaderLabel.wrap("shares-service-providers", width: 9, lines: 2) == ["shares-", "service-…"])
        #expect(HeaderLabel.wrap("a b c d", width: 1, lines: 2) == ["a", "…"])
    }

    @Test func theNarrowestUncutWidth() {
        #expect(HeaderLabel.width("shares-service-providers", lines: 3) == 9)
        #expect(HeaderLabel.width("international-transfer", lines: 3) == 14)
        #expect(HeaderLabel.width("cookies", lines: 3, minimum: 8) == 8)
    }

    @Test func fittedCutsWithAnEllipsis() {
        #expect("canaimamarketing.com".fitted(10) == "canaimama…")
        #expect("short".fitted(10) == "short")
    }
}
