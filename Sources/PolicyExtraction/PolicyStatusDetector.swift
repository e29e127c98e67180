import PolicyClassifier
import PolicyModel

/// Flags documents extraction should not classify: text in another language, and pages that
/// are not privacy policies (a blog tagged "privacy", a news page).
///
/// A policy is dense with practice statements: sentences that pair a data practice verb with
/// a kind of data ("we collect your e-mail address"), and sentences the classifier places in
/// a practice category. Its headings use policy vocabulary ("Information we collect",
/// "Cookies", "Contact us"). A page about privacy, such as a blog, uses some of the same words
/// but rarely in such statements, and its headings are article titles. Only a document low on
/// both counts is flagged: short or unusual policies (a developer tool's FAQ-style policy)
/// are still read as policies by their headings.
enum PolicyStatusDetector {
    /// The smallest language-guess confidence that counts as a non-English verdict.
    static let languageConfidence = 0.3
    /// Below both of these, a document is not a policy.
    static let minimumPracticeRatio = 0.12
    static let minimumHeadingRatio = 0.5

    /// `.nonEnglish` when the policy's language guess is confidently another language.
    static func languageStatus(of policy: Policy) -> PolicyStatus? {
        let guess = policy.language
        guard guess.code != "en", guess.code != "und", guess.confidence >= languageConfidence else { return nil }
        return .nonEnglish(language: guess.code)
    }

    /// What the measures say about the content.
    static func contentStatus(_ measures: Measures) -> PolicyStatus {
        guard measures.sentences > 0 else { return .notAPolicy(reason: "no sentences") }
        if measures.practiceRatio < minimumPracticeRatio && measures.headingRatio < minimumHeadingRatio {
            return .notAPolicy(reason: measures.summary)
        }
        return .policy
    }

    /// Counts gathered while analyzing a document.
    struct Measures {
        var sentences = 0
        /// Sentences pairing a data practice verb with a kind of data.
        var practiceStatements = 0
        /// Sentences whose best category is a practice (not introductory or uncovered) at 0.5 or more.
        var classifiedPractices = 0
        var headings = 0
        /// Headings that use policy vocabulary.
        var policyHeadings = 0

        /// The larger of the two practice densities.
        var practiceRatio: Double {
            sentences == 0 ? 0 : Double(max(practiceStatements, classifiedPractices)) / Double(sentences)
        }
        var headingRatio: Double { headings == 0 ? 1 : Double(policyHeadings) / Double(headings) }

        var summary: String {
            "\(percent(practiceRatio)) of sentences state practices, \(percent(headingRatio)) of headings use policy vocabulary"
        }

        private func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

        /// Counts one sentence, its attributes and its assigned categories.
        mutating func add(sentence attributes: [AttributeMatch], categories: [CategoryScore]) {
            sentences += 1
            if let top = categories.first, top.score >= 0.5, !PolicyStatusDetector.nonPractices.contains(top.category) {
                classifiedPractices += 1
            }
            var verb = false, data = false
            for match in attributes {
                switch match.attribute {
                case .action(let a) where PolicyStatusDetector.practiceVerbs.contains(a): verb = true
                case .dataType(let d) where d != .unspecified: data = true
                default: break
                }
            }
            if verb && data { practiceStatements += 1 }
        }

        /// Counts one heading.
        mutating func add(heading title: String) {
            headings += 1
            let lowered = title.lowercased()
            if PolicyVocabulary.headingWords.contains(where: { lowered.contains($0) }) { policyHeadings += 1 }
        }
    }

    static let practiceVerbs: Set<PracticeAction> = [.collect, .use, .share, .sell, .retain, .protect, .access, .correct, .delete, .track]
    static let nonPractices: Set<OPP115Category> = [.introductoryGeneric, .practiceNotCovered]
}
