import Testing
import PolicyModel
import PolicyParsing
@testable import PolicyComparison

@Suite("Diffs")
struct DiffTests {
    @Test func sequenceDiffIsAMinimalEditScript() throws {
        let ops = try #require(SequenceDiff.diff(Array("ABCABBA"), Array("CBABAC")))
        let edits = ops.filter { if case .same = $0 { false } else { true } }.count
        #expect(edits == 5)
        // Applying the script rebuilds both sides.
        #expect(String(ops.compactMap { if case .added = $0 { nil } else if case .same(let c) = $0 { c } else if case .removed(let c) = $0 { c } else { nil } }) == "ABCABBA")
        #expect(String(ops.compactMap { if case .removed = $0 { nil } else if case .same(let c) = $0 { c } else if case .added(let c) = $0 { c } else { nil } }) == "CBABAC")
    }

    @Test func sequenceDiffEdgesAndLimit() {
        #expect(SequenceDiff.diff([Int](), [1, 2]) == [.added(1), .added(2)])
        #expect(SequenceDiff.diff([1, 2], [Int]()) == [.removed(1), .removed(2)])
        #expect(SequenceDiff.diff([1, 2, 3], [1, 2, 3]) == [.same(1), .same(2), .same(3)])
        #expect(SequenceDiff.diff(Array(0..<100), Array(100..<200), maxEdits: 10) == nil)
    }

    @Test func wordDiffMarksChangedRuns() {
        let d = WordDiff(old: "We may share your data with partners.", new: "We will never share your data with partners.")
        #expect(d.marked == "We [-may-] {+will never+} share your data with partners.")
        #expect(d.hasChanges)
        #expect(!WordDiff(old: "a b", new: "a  b").hasChanges)
    }

    static func policy(_ markdown: String, _ id: String) throws -> Policy {
        var p = try PolicyParser.parse(Array(markdown.utf8), file: "\(id).md").policy
        p.id = id
        return p
    }

    @Test func versionsPairSectionsByTitleAndText() throws {
        let old = try Self.policy("""
        # Privacy

        ## 1. Cookies

        We use cookies. They remember you.

        ## 2. Sharing

        We may share your data with partners.

        ## 3. Old Section

        This part was dropped entirely from the policy.
        """, "old")
        let new = try Self.policy("""
        # Privacy

        ## 1. Cookies

        We use cookies. They remember you.

        ## 2. Sharing your data

        We will never share your data with partners. We tell you first.

        ## 3. Retention

        We keep data for 30 days.
        """, "new")
        let diff = VersionDiffer.diff(old: old, new: new)
        #expect(diff.unchangedCount == 2)  // "Privacy" (empty) and "Cookies"
        let kinds = diff.sections.map { "\($0.kind.rawValue):\($0.newPath?.last ?? $0.oldPath?.last ?? "")" }
        #expect(kinds == ["changed:2. Sharing your data", "added:3. Retention", "removed:3. Old Section"])
        let sharing = diff.sections[0]
        #expect(sharing.oldPath == ["Privacy", "2. Sharing"])
        #expect(sharing.sentences.map(\.kind) == [.changed, .added])
        #expect(sharing.sentences[0].words?.marked == "We [-may-] {+will never+} share your data with partners.")
    }
}
