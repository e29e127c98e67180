import PolicyClassifier
import PolicyModel

/// Flags documents extraction should not classify: text in another language, and pages that
/// are not privacy policies (a blog tagged "privacy", a news page, a product page, terms of
/// service).
///
/// Five independent signals, in two tiers:
/// 1. practice density: sentences pairing a data practice verb with a kind of data, or placed
///    by the classifier in a practice category;
/// 2. heading vocabulary: headings that use policy words ("Information we collect");
/// 3. coverage: how many distinct practice categories the sentences fall into;
/// 4. self-description: the text calls itself a privacy policy, notice or statement;
/// 5. voice: sentences that address the reader ("you", "your").
/// A document is flagged when both primary signals (1, 2) are low and the secondary ones (3-5)
/// do not all vote for a policy, or when no signal at all does. A signal that cannot be
/// measured (no headings) votes for a policy, so short or unusual policies (a FAQ, a page
/// without headings) are still read by the other signals.
enum PolicyStatusDetector {
    /// The smallest language-guess confidence that counts as a non-English verdict.
    static let languageConfidence = 0.3
    static let minimumPracticeRatio = 0.12
    static let minimumHeadingRatio = 0.5
    /// Distinct practice categories, each with at least ``categorySentences`` sentences.
    static let minimumCategories = 3
    static let categorySentences = 2
    static let minimumSelfReferences = 1
    static let minimumVoiceRatio = 0.15

    /// `.nonEnglish` when the policy's language guess is confidently another language.
    static func languageStatus(of policy: Policy) -> PolicyStatus? {
        let guess = policy.language
        guard guess.code != "en", guess.code != "und", guess.confidence >= languageConfidence else { return nil }
        return .nonEnglish(language: guess.code)
    }

    /// What the measures say about the content.
    static func contentStatus(_ measures: Measures) -> PolicyStatus {
        guard measures.sentences > 0 else { return .notAPolicy(reason: "no sentences") }
        let signals = measures.signals
        let primary = signals.prefix(2).contains(where: \.passes)
        let secondary = signals.dropFirst(2).filter(\.passes).count
        if measures.votes == 0 || (!primary && secondary < signals.count - 2) {
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
        /// Per category index: sentences whose best category it is (practices only).
        var categoryCounts = [Int](repeating: 0, count: OPP115Category.allCases.count)
        var headings = 0
        /// Headings that use policy vocabulary.
        var policyHeadings = 0
        /// Sentences or headings in which the document names itself a privacy policy.
        var selfReferences = 0
        /// Sentences with a second-person word.
        var addressedSentences = 0

        /// The larger of the two practice densities.
        var practiceRatio: Double {
            sentences == 0 ? 0 : Double(max(practiceStatements, classifiedPractices)) / Double(sentences)
        }
        var headingRatio: Double { headings == 0 ? 1 : Double(policyHeadings) / Double(headings) }
        var categoriesCovered: Int { categoryCounts.filter { $0 >= PolicyStatusDetector.categorySentences }.count }
        var voiceRatio: Double { sentences == 0 ? 0 : Double(addressedSentences) / Double(sentences) }

        /// Each signal and whether it votes for a policy.
        var signals: [(name: String, value: String, passes: Bool)] {
            [
                ("practice sentences", percent(practiceRatio), practiceRatio >= PolicyStatusDetector.minimumPracticeRatio),
                ("policy headings", headings == 0 ? "no headings" : percent(headingRatio),
                 headingRatio >= PolicyStatusDetector.minimumHeadingRatio),
                ("practice categories", "\(categoriesCovered)", categoriesCovered >= PolicyStatusDetector.minimumCategories),
                ("self-references", "\(selfReferences)", selfReferences >= PolicyStatusDetector.minimumSelfReferences),
                ("sentences to the reader", percent(voiceRatio), voiceRatio >= PolicyStatusDetector.minimumVoiceRatio),
            ]
        }

        var votes: Int { signals.filter(\.passes).count }

        var summary: String {
            "\(votes) of \(signals.count) policy signals: " + signals.map { "\($0.name) \($0.value)\($0.passes ? "" : " (low)")" }.joined(separator: ", ")
        }

        private func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

        /// Counts one sentence, its attributes and its assigned categories.
        mutating func add(sentence attributes: [AttributeMatch], categories: [CategoryScore], signals: SentenceSignals) {
            sentences += 1
            var verb = false, data = false, aboutData = false
            for match in attributes {
                switch match.attribute {
                case .action(let a) where PolicyStatusDetector.practiceVerbs.contains(a): verb = true
                case .dataType(let d):
                    aboutData = true
                    if d != .unspecified { data = true }
                case .thirdParty: aboutData = true
                default: break
                }
            }
            if verb && data { practiceStatements += 1 }
            // The classifier reads practices into terms of service too ("do not use the service"):
            // a classified sentence counts when it speaks of data or recipients.
            if aboutData, let top = categories.first, top.score >= 0.5, !PolicyStatusDetector.nonPractices.contains(top.category) {
                classifiedPractices += 1
                categoryCounts[top.category.index] += 1
            }
            if signals.selfReference { selfReferences += 1 }
            if signals.addressesReader { addressedSentences += 1 }
        }

        /// Counts one heading (``headingKind(_:)`` of its title).
        mutating func add(heading kind: HeadingKind) {
            headings += 1
            if kind.usesPolicyWords { policyHeadings += 1 }
            if kind.namesPolicy { selfReferences += 1 }
        }

        /// What a heading's words say, for ``add(heading:)``.
        static func headingKind(_ title: String) -> HeadingKind {
            let lowered = title.lowercased()
            return HeadingKind(usesPolicyWords: PolicyVocabulary.headingWords.contains(where: lowered.containsPhrase),
                               namesPolicy: PolicyVocabulary.policyTitles.contains(where: lowered.containsPhrase))
        }
    }

    /// Whether a heading uses policy vocabulary, and whether it names the document a policy.
    struct HeadingKind: Sendable {
        var usesPolicyWords: Bool
        var namesPolicy: Bool
    }

    static let practiceVerbs: Set<PracticeAction> = [.collect, .use, .share, .sell, .retain, .protect, .access, .correct, .delete, .track]
    static let nonPractices: Set<OPP115Category> = [.introductoryGeneric, .practiceNotCovered]
}
