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
        annotations(for: policy, sentences: practices.sentences.lazy.filter { !$0.categories.isEmpty }.map {
            ($0.location, $0.range, $0.categories.map(\.category.rawValue))
        }, answers: practices.answers)
    }

    /// The same from a stored record: its spans (one per sentence and category, in document
    /// order) give each sentence's categories.
    static func annotations(for policy: Policy, record: PracticeRecord) -> IndexAnnotations {
        var sentences: [(BlockLocation, TextRange, [String])] = []
        for span in record.spans {
            if let last = sentences.last, last.0 == span.location, last.1 == span.range {
                sentences[sentences.count - 1].2.append(span.category.rawValue)
            } else {
                sentences.append((span.location, span.range, [span.category.rawValue]))
            }
        }
        return annotations(for: policy, sentences: sentences, answers: record.answers)
    }

    private static func annotations(
        for policy: Policy, sentences: some Sequence<(BlockLocation, TextRange, [String])>, answers found: [Question: Answer]
    ) -> IndexAnnotations {
        var categories: [SentenceAddress: [String]] = [:]
        let sections = policy.numberedSections
        for (location, range, names) in sentences {
            guard sections.indices.contains(location.sectionNumber),
                  case let blocks = sections[location.sectionNumber].blocks,
                  blocks.indices.contains(location.blockIndex),
                  let index = blocks[location.blockIndex].sentences.firstIndex(of: range) else { continue }
            categories[SentenceAddress(location, sentence: index)] = names
        }
        var answers: [String: String] = [:]
        for (question, answer) in found {
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
