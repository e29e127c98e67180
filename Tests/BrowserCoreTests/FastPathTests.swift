@testable import BrowserCore
import Testing

/// The shortcuts taken for speed give the same answers as the plain ways.
@Suite struct FastPathTests {
    @Test func asciiFinderScoresMatchTheGraphemeScores() {
        let titles = ["Cookies and Similar Technologies", "How We Share Information", "c", "", "Contact Us", "COOKIE SETTINGS"]
        for query in ["cookies", "cks", "share", "c", "zz", "settings"] {
            let q = Array(query)
            for title in titles {
                let fast = Array(title.utf8).withUnsafeBufferPointer { SubsequenceSectionFinder.asciiScore(query.utf8.map { $0 }, $0) }
                #expect(fast == .some(SubsequenceSectionFinder.score(q, Array(title.lowercased()))), "\(query) in \(title)")
            }
        }
        let nonASCII = Array("Café".utf8).withUnsafeBufferPointer { SubsequenceSectionFinder.asciiScore([99], $0) }
        #expect(nonASCII == .none)
    }

    @Test func theFinderNumbersSectionsAsFlattenedSectionsDoes() {
        let hits = SubsequenceSectionFinder().sections(matching: "cookie", in: Fixtures.all)
        #expect(hits.map(\.policyIndex) == [0, 2])
        #expect(hits.map(\.sectionNumber) == [3, 2])
        #expect(Fixtures.example.flattenedSections[2].section.title == "Cookies")
    }

    @Test func narrowingAndWideningTheFilterKeepTheRightPolicies() {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 30))
        s.update(.char("/"))
        s.update(Key.typing("t"))
        #expect(s.visiblePolicies == [2]) // other.org
        s.update(.backspace)
        s.update(Key.typing("e"))
        #expect(s.visiblePolicies == [0, 2])
        s.update(Key.typing("x"))
        #expect(s.visiblePolicies == [0])
        s.update([.backspace, .backspace])
        s.update(Key.typing("2021"))
        #expect(s.visiblePolicies == [1])
    }

    @Test func asciiAndUnicodeTextCutIntoTheSameGraphemes() {
        for text in ["plain text, no controls", "tab\there", "e\u{301} café", "line\r\nbreak", "🍪 x"] {
            #expect(Document.graphemes(text) == text.map(CharWidth.sanitised), "\(text)")
        }
        var d = Document(policy: Fixtures.example, highlighter: nil)
        d.prepareSearch()
        #expect(d.matches(of: "COOKIES").count == 5) // the heading and four in the text
    }

    @Test func reopenedPoliciesComeFromTheCacheWrappedToTheCurrentWidth() {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 30))
        let first = s.render()
        s.update(.char("j"))
        #expect(s.documentCache.get(0, width: s.textWidth)?.1 != nil)
        s.update(.char("k"))
        #expect(s.render() == first)
        s.update(.char("j"))
        s.resize(to: Size(width: 150, height: 30))
        s.update(.char("k"))
        #expect(s.layout.width == s.textWidth)
        #expect(s.layout.lines == TextLayout(document: s.document, width: s.textWidth).lines)
        for _ in 0..<10 { s.update([.char("G"), .char("g")]) }
        #expect(s.openPolicy == 0)
    }
}
