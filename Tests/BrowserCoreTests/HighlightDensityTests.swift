import Foundation
import Testing
import PolicyClassifier
import PolicyExtraction
import PolicyModel
import PolicyParsing
import PolicyResources
import TestSupport
@testable import BrowserCore

/// The highlights of extracted practices, as the browser's practice cache serves them.
struct PracticeTableHighlighter: HighlightProvider {
    let table: [BlockLocation: [Highlight]]

    init(_ practices: PolicyPractices) { table = PracticeLegend.highlights(practices) }

    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight] { table[location] ?? [] }
    func styleSlot(forCategory category: String) -> Int? { PracticeLegend.slot(forName: category) }
}

/// Highlights every sentence-sized run of words, with strengths that fall along the text.
private struct DenseHighlighter: HighlightProvider {
    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight] {
        let length = block.text.unicodeScalars.count
        var out: [Highlight] = []
        for start in stride(from: 0, to: length, by: 12) {
            let strength = 1 / Double(1 + start + location.blockIndex)
            let range = TextRange(start: start, end: min(length, start + 10))
            out.append(Highlight(range: range, category: start % 24 == 0 ? "a" : "b", negated: start == 36, strength: strength))
        }
        return out
    }
}

@Suite("Highlight density: strongest / all / none")
struct HighlightDensityTests {
    static let model = Result { try ClassifierModel.load(from: PolicyResources.modelDirectory.appendingPathComponent("opp115-linear.bin")) }

    static func share(_ s: BrowserState) -> (highlighted: Int, text: Int) {
        s.reader.selection.lineShare(in: s.reader.document, s.reader.layout)
    }

    @Test func strongestKeepsAThirdOfTheLinesAndDenialsFirst() {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 40), highlighter: DenseHighlighter())
        #expect(s.highlightDensity == .strongest)
        let strongest = Self.share(s)
        #expect(strongest.highlighted > 0)
        #expect(strongest.highlighted * 3 <= strongest.text)
        // The denial (offset 36 of a block) is kept although it is weak.
        let denials = s.reader.document.pieces.enumerated().flatMap { p, piece in
            piece.highlights.indices.filter { piece.highlights[$0].negated }.map { (p, $0) }
        }
        #expect(!denials.isEmpty && denials.allSatisfy { s.reader.selection.contains(piece: $0.0, index: $0.1) })
        #expect(s.render().text.contains("highlights: strongest"))
        s.update(.char("H"))
        #expect(s.highlightDensity == .all)
        let all = Self.share(s)
        #expect(all.highlighted > strongest.highlighted)
        #expect(s.render().text.contains("highlights: all"))
        s.update(.char("H"))
        #expect(s.highlightDensity == .none)
        #expect(Self.share(s).highlighted == 0)
        // Only the legend (the text pane's last row) keeps the category styles.
        let rows = s.render().roleText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.enumerated().allSatisfy { $0.offset == 38 || !$0.element.contains { $0.isNumber } })
        s.update(.char("H"))
        #expect(s.highlightDensity == .strongest)
        #expect(Self.share(s) == strongest)
    }

    @Test func narrowerTextStaysWithinAThird() {
        var s = BrowserState(policies: Fixtures.all, size: Size(width: 120, height: 40), highlighter: DenseHighlighter())
        s.resize(to: Size(width: 50, height: 20))
        let share = Self.share(s)
        #expect(share.highlighted > 0 && share.highlighted * 3 <= share.text)
    }

    /// Every policy of the shared corpus, extracted with the shipped model and shown at 120x40:
    /// all highlights cover far more than a third of some policies' lines; the strongest, never.
    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus"))
    func corpusPoliciesShowAtMostAThirdOfTheirLines() throws {
        let extractor = PracticeExtractor(model: try Self.model.get())
        var before: [Double] = [], after: [Double] = []
        for file in TestSupport.corpusFiles {
            let policy = try PolicyParser.parse(Array(try Data(contentsOf: file)), file: file.path).policy
            var s = BrowserState(policies: [policy], size: Size(width: 120, height: 40),
                                 highlighter: PracticeTableHighlighter(extractor.extract(policy)))
            let strongest = Self.share(s)
            #expect(strongest.highlighted * 3 <= strongest.text, "\(file.lastPathComponent): \(strongest)")
            s.update(.char("H"))
            let all = Self.share(s)
            guard strongest.text > 0 else { continue }
            after.append(Double(strongest.highlighted) / Double(strongest.text))
            before.append(Double(all.highlighted) / Double(all.text))
            if file.lastPathComponent == "act-on.com.md" {
                print("act-on.com: all \(all.highlighted) of \(all.text) lines, strongest \(strongest.highlighted)")
                #expect(all.highlighted * 3 > all.text && strongest.highlighted > 0)
            }
        }
        func stats(_ v: [Double]) -> String {
            let sorted = v.sorted()
            return String(format: "max %.3f median %.3f", sorted.last ?? 0, sorted.isEmpty ? 0 : sorted[sorted.count / 2])
        }
        print("highlighted line share over \(after.count) policies: all \(stats(before)); strongest \(stats(after))")
        #expect(after.count > 40)
    }
}
