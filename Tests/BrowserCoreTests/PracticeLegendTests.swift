import Testing
import PolicyClassifier
import PolicyExtraction
import PolicyModel
import PolicyResources
import TestSupport
@testable import BrowserCore

/// The legend, the highlights of a policy's practices and its summary (what the browser's
/// practice cache keeps), on hand-made practices and on a seed extracted with the shipped model.
@Suite("Practice legend and summaries")
struct PracticeLegendTests {
    static func sentence(_ section: Int, _ block: Int, _ range: TextRange, _ categories: [(OPP115Category, Float)]) -> AnalyzedSentence {
        AnalyzedSentence(
            location: BlockLocation(sectionNumber: section, blockIndex: block), sectionPath: [], range: range, text: "",
            categories: categories.map { CategoryScore(category: $0.0, score: $0.1) }, scores: [], attributes: [])
    }

    static func practices(_ status: PolicyStatus, _ sentences: [AnalyzedSentence]) -> PolicyPractices {
        PolicyPractices(id: Fixtures.example.id, domain: "example.com", status: status, sentences: sentences,
                        answers: [.cookies: Answer(question: .cookies, value: .yes, confidence: 0.9, evidence: [])],
                        lastUpdated: nil)
    }

    static let sentences = [
        sentence(0, 0, TextRange(start: 0, end: 10), [(.introductoryGeneric, 0.9)]),
        sentence(2, 0, TextRange(start: 0, end: 20), [(.firstPartyCollectionUse, 0.8), (.thirdPartySharingCollection, 0.6)]),
        sentence(2, 0, TextRange(start: 21, end: 40), [(.dataRetention, 0.7)]),
        sentence(4, 0, TextRange(start: 0, end: 12), [(.thirdPartySharingCollection, 0.5)]),
        sentence(4, 0, TextRange(start: 13, end: 30), [(.practiceNotCovered, 0.9)]),
        sentence(5, 0, TextRange(start: 0, end: 5), []),
    ]

    @Test func legendNamesSlotsAndSectionLabels() {
        #expect(PracticeLegend.shown.count == 10)
        #expect(PracticeLegend.name(of: .dataRetention) == "retention")
        #expect(PracticeLegend.name(of: .introductoryGeneric) == nil)
        #expect(PracticeLegend.slot(forName: "collection") == 0)
        #expect(PracticeLegend.slot(forName: "contact") == 9)
        #expect(PracticeLegend.slot(forName: "introduction") == nil)
        #expect(PracticeLegend.sectionLabel(.introductoryGeneric) == "introduction")
        #expect(PracticeLegend.sectionLabel(.practiceNotCovered) == "other")
        #expect(PracticeLegend.sectionLabel(.doNotTrack) == "do-not-track")
        // Every shown category has a distinct name and slot.
        #expect(Set(PracticeLegend.shown.map(\.name)).count == PracticeLegend.shown.count)
    }

    @Test func highlightsKeepEachSentencesBestShownCategoryByBlock() {
        let table = PracticeLegend.highlights(Self.practices(.policy, Self.sentences))
        #expect(table[BlockLocation(sectionNumber: 0, blockIndex: 0)] == nil)
        #expect(table[BlockLocation(sectionNumber: 2, blockIndex: 0)] == [
            Highlight(range: TextRange(start: 0, end: 20), category: "collection", strength: Double(Float(0.8))),
            Highlight(range: TextRange(start: 21, end: 40), category: "retention", strength: Double(Float(0.7))),
        ])
        #expect(table[BlockLocation(sectionNumber: 4, blockIndex: 0)] == [Highlight(range: TextRange(start: 0, end: 12), category: "sharing", strength: 0.5)])
        #expect(table.count == 2)
    }

    @Test func aSentenceThatDeniesIsMarked() {
        var denial = Self.sentence(3, 0, TextRange(start: 0, end: 25), [(.thirdPartySharingCollection, 0.9)])
        denial.attributes = [AttributeMatch(attribute: .action(.sell), range: TextRange(start: 10, end: 14), negated: true, hasException: false)]
        let table = PracticeLegend.highlights(Self.practices(.policy, Self.sentences + [denial]))
        #expect(table[BlockLocation(sectionNumber: 3, blockIndex: 0)] == [Highlight(range: TextRange(start: 0, end: 25), category: "sharing", negated: true, strength: Double(Float(0.9)))])
        #expect(table[BlockLocation(sectionNumber: 2, blockIndex: 0)]?.allSatisfy { !$0.negated } == true)
    }

    @Test func unclassifiedPagesHaveNoHighlightsAndANote() {
        let flagged = Self.practices(.notAPolicy(reason: "a blog"), Self.sentences)
        #expect(PracticeLegend.highlights(flagged).isEmpty)
        let summary = PracticeSummary(flagged, policy: Fixtures.example)
        #expect(summary.note == PolicyStatus.notAPolicy(reason: "a blog").explanation)
    }

    @Test func summaryKeepsTheAnswersAndLabelsEachSectionsDominantCategory() {
        let summary = PracticeSummary(Self.practices(.policy, Self.sentences), policy: Fixtures.example)
        #expect(summary.note == nil)
        #expect(summary[.cookies].value == .yes)
        #expect(summary[.sellsData] == .notStated(.sellsData))
        // Section 2: collection 0.8 beats retention 0.7; section 4: sharing 0.5 loses to not-covered 0.9.
        #expect(summary.sectionCategories == [0: "introduction", 2: "collection", 4: "other"])
    }

    @Test func aSeedsHighlightsAndEvidencePointAtItsOwnBlocks() throws {
        let model = try ClassifierModel.load(from: PolicyResources.modelDirectory.appendingPathComponent("opp115-linear.bin"))
        let policy = try TestSupport.seed("lithium.com")
        let practices = PracticeExtractor(model: model).extract(policy)
        let table = PracticeLegend.highlights(practices)
        #expect(table.count > 20)
        for (location, highlights) in table {
            let block = try #require(policy.block(at: location))
            let length = block.text.unicodeScalars.count
            #expect(highlights.allSatisfy { $0.range.start >= 0 && $0.range.end <= length && PracticeLegend.slot(forName: $0.category) != nil })
        }
        let summary = PracticeSummary(practices, policy: policy)
        #expect(summary.answers == practices.answers)
        for answer in summary.answers.values {
            for evidence in answer.evidence {
                let block = try #require(policy.block(at: evidence.location))
                // The range is the sentence in its block; the text quotes it, with a list
                // item's lead-in or a table row's header names around it.
                #expect(evidence.text.contains(evidence.range.slice(of: block.text)))
            }
        }
        #expect(summary.sectionCategories.keys.allSatisfy { $0 >= 0 && $0 <= policy.sectionCount })
    }
}
