import PolicyExtraction
import PolicyIndex
import PolicyModel

/// Turns extracted practices into the index's `category:` and `answer:` filter data.
enum SearchAnnotations {
    /// Whether a query filters by practices, so extraction must run before searching.
    static func needed(by node: QueryNode) -> Bool {
        switch node {
        case .filter(.category), .filter(.answer): true
        case .not(let inner): needed(by: inner)
        case .all(let nodes), .any(let nodes): nodes.contains(where: needed(by:))
        default: false
        }
    }

    /// The annotations of one policy: each sentence's categories and the policy's answers.
    /// Policies flagged as not English or not a policy get answers only (all not-stated).
    static func annotations(for policy: Policy, practices: PolicyPractices) -> IndexAnnotations {
        var categories: [SentenceAddress: [String]] = [:]
        let sections = policy.numberedSections
        for sentence in practices.sentences where !sentence.categories.isEmpty {
            let location = sentence.location
            guard sections.indices.contains(location.sectionNumber),
                  case let blocks = sections[location.sectionNumber].blocks,
                  blocks.indices.contains(location.blockIndex),
                  let index = blocks[location.blockIndex].sentences.firstIndex(of: sentence.range) else { continue }
            categories[SentenceAddress(location, sentence: index)] = sentence.categories.map(\.category.rawValue)
        }
        var answers: [String: String] = [:]
        for (question, answer) in practices.answers {
            switch answer.value {
            case .list:
                // A list answer (frameworks, contacts, change notices) filters as stated or not.
                answers[question.rawValue] = "yes"
            default:
                answers[question.rawValue] = answer.value.display
            }
        }
        return IndexAnnotations(categories: categories, answers: answers)
    }
}
