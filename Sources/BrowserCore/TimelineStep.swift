import PolicyComparison
import PolicyExtraction
import PolicyModel

/// What changed at one step of a timeline (from a version to the next): the answers, the
/// sections added, removed and changed, and where Enter opens the change.
struct TimelineStep: Sendable {
    /// Where a step's change is read: sentences of the first changed block, or a section.
    enum Focus: Sendable {
        /// Sentences of one block; `newSide` false: they are the old version's (a removal).
        case sentences([Evidence], newSide: Bool)
        /// A section whose title alone changed (no sentence differs).
        case section(Int, newSide: Bool)
    }

    var answers: [AnswerChange]
    var added: Int
    var removed: Int
    var changed: Int
    var focus: Focus?

    /// Compares two versions (``VersionDiffer``) and their answers (``AnswerChange``).
    init(old: Policy, _ oldAnswers: [Question: Answer], new: Policy, _ newAnswers: [Question: Answer]) {
        self.init(old: old, oldAnswers, new: new, newAnswers, diff: VersionDiffer.diff(old: old, new: new))
    }

    /// The same with the two versions' diff made already (from versions prepared once).
    init(old: Policy, _ oldAnswers: [Question: Answer], new: Policy, _ newAnswers: [Question: Answer], diff: VersionDiff) {
        answers = AnswerChange.between(old: oldAnswers, new: newAnswers, diff: diff)
        added = diff.sections.count { $0.kind == .added }
        removed = diff.sections.count { $0.kind == .removed }
        changed = diff.sections.count { $0.kind == .changed }
        focus = diff.sections.first.map { Self.focus($0, diff: diff, old: old, new: new) }
    }

    init(answers: [AnswerChange], added: Int, removed: Int, changed: Int, focus: Focus? = nil) {
        self.answers = answers
        self.added = added
        self.removed = removed
        self.changed = changed
        self.focus = focus
    }

    /// Whether the answer to `question` changed at this step.
    func changes(_ question: Question) -> Bool {
        answers.contains { $0.question == question }
    }

    /// The first block of the change's section holding sentences that differ (the new
    /// version's, or the old one's for a removed section), else the section itself.
    private static func focus(_ change: SectionChange, diff: VersionDiff, old: Policy, new: Policy) -> Focus {
        let newSide = change.new != nil
        guard let location = change.new ?? change.old else { return .section(0, newSide: newSide) }
        let policy = newSide ? new : old
        let differing = diff.differingSentences(newSide ? .new : .old)
        let sections = policy.numberedSections
        guard sections.indices.contains(location.number) else { return .section(location.number, newSide: newSide) }
        for (b, block) in sections[location.number].blocks.enumerated() {
            let evidence = zip(block.sentences, block.sentenceTexts).compactMap { range, text -> Evidence? in
                guard differing.contains(VersionDiff.normalized(text)) else { return nil }
                return Evidence(location: BlockLocation(sectionNumber: location.number, blockIndex: b),
                                sectionPath: location.titlePath, range: range, text: text, negated: false)
            }
            if !evidence.isEmpty { return .sentences(evidence, newSide: newSide) }
        }
        return .section(location.number, newSide: newSide)
    }
}
