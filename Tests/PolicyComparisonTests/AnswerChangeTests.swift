import PolicyExtraction
import PolicyModel
import PolicyParsing
import Testing
@testable import PolicyComparison

/// The evidence an answer change quotes: a sentence that differs between the versions first.
@Suite("Answer changes")
struct AnswerChangeTests {
    static func policy(_ body: String) throws -> Policy {
        try PolicyParser.parse(Array(("# P\n\n" + body).utf8), file: "p.md").policy
    }

    static func evidence(_ text: String) -> Evidence {
        Evidence(location: BlockLocation(sectionNumber: 1, blockIndex: 0), sectionPath: ["P"],
                 range: TextRange(start: 0, end: text.unicodeScalars.count), text: text, negated: false)
    }

    @Test func evidenceThatChangedComesFirstOnEachSide() throws {
        let kept = "We post changes to this policy on this page.", old = "We may also tell you by e-mail.",
            new = "We will show a prominent notice on the site before a change takes effect."
        let diff = VersionDiffer.diff(old: try Self.policy("\(kept) \(old)\n"), new: try Self.policy("\(kept) \(new)\n"))
        let before = Answer(question: .changeNotice, value: .list(["posted", "email"]), confidence: 0.9,
                            evidence: [Self.evidence(kept), Self.evidence(old)])
        let after = Answer(question: .changeNotice, value: .list(["posted", "prominent-notice"]), confidence: 0.9,
                           evidence: [Self.evidence(kept), Self.evidence(new)])
        let changes = AnswerChange.between(old: [.changeNotice: before], new: [.changeNotice: after], diff: diff)
        #expect(changes.count == 1)
        #expect(changes.first?.old.evidence.map(\.text) == [old, kept])
        #expect(changes.first?.new.evidence.map(\.text) == [new, kept])
        #expect(changes.first?.oldQuotesChange == true && changes.first?.newQuotesChange == true)
    }

    @Test func evidenceInBothVersionsKeepsItsOrderAndIsSaidToBe() throws {
        let kept = "We post changes to this policy on this page."
        let diff = VersionDiffer.diff(old: try Self.policy("\(kept)\n"), new: try Self.policy("\(kept) Something else is new here.\n"))
        let before = Answer(question: .changeNotice, value: .list(["posted"]), confidence: 0.9, evidence: [Self.evidence(kept)])
        let after = Answer(question: .changeNotice, value: .list(["posted", "email"]), confidence: 0.9, evidence: [Self.evidence(kept)])
        let change = try #require(AnswerChange.between(old: [.changeNotice: before], new: [.changeNotice: after], diff: diff).first)
        #expect(change.new.evidence.map(\.text) == [kept] && !change.newQuotesChange && !change.oldQuotesChange)
        // The same values: no change at all.
        #expect(AnswerChange.between(old: [.changeNotice: before], new: [.changeNotice: before], diff: diff).isEmpty)
    }
}
