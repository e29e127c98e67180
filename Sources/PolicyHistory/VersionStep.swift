import PolicyComparison
import PolicyExtraction
import PolicyModel

/// What changed from one version of a document to the next: the answers that changed and
/// the sections added, removed and changed (``VersionDiffer``'s pairing).
public struct VersionStep: Sendable {
    public var answers: [AnswerChange]
    public var diff: VersionDiff

    public var sectionsAdded: Int { count(.added) }
    public var sectionsRemoved: Int { count(.removed) }
    public var sectionsChanged: Int { count(.changed) }

    public init(old: Policy, _ oldPractices: PolicyPractices, new: Policy, _ newPractices: PolicyPractices) {
        self.init(old: VersionDiffer.Prepared(old), oldPractices, new: VersionDiffer.Prepared(new), newPractices)
    }

    /// The same from versions prepared once (``VersionDiffer/Prepared``), as a history's steps share them.
    public init(old: VersionDiffer.Prepared, _ oldPractices: PolicyPractices, new: VersionDiffer.Prepared, _ newPractices: PolicyPractices) {
        diff = VersionDiffer.diff(old, new)
        answers = AnswerChange.between(old: oldPractices.answers, new: newPractices.answers, diff: diff)
    }

    private func count(_ kind: SectionChange.Kind) -> Int {
        diff.sections.count { $0.kind == kind }
    }
}
