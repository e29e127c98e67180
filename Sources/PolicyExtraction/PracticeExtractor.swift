import PolicyClassifier
import PolicyModel

/// Finds the practices a policy states: classified sentence spans, their attributes and
/// polarity, and an answer with evidence for every ``Question``.
///
/// A value type that shares one immutable model; `extract` allocates its own working memory,
/// so one extractor can serve many threads.
public struct PracticeExtractor: Sendable {
    public let model: ClassifierModel
    private let analyzer = SentenceAnalyzer(lexicon: .shared)
    private let blender = CategoryBlender()

    public init(model: ClassifierModel) {
        self.model = model
    }

    /// Classifies and reads one policy. Non-English documents and pages that are not privacy
    /// policies come back flagged in ``PolicyPractices/status``, with no spans and every answer
    /// not-stated.
    public func extract(_ policy: Policy) -> PolicyPractices {
        if let status = PolicyStatusDetector.languageStatus(of: policy) {
            return Self.unclassified(policy, status: status)
        }
        let scratch = FeatureScratch()
        var sentences: [AnalyzedSentence] = []
        var context: [Set<AttributePattern>] = []
        var measures = PolicyStatusDetector.Measures()
        var titlePatterns: [[Int]: Set<AttributePattern>] = [:]
        var lastUpdated: String?

        for section in policy.numberedSections {
            var headingContext: Set<AttributePattern> = []
            var heading: Prediction?
            if let title = section.title {
                let scalars = Array(title.unicodeScalars)
                let attributes = analyzer.attributes(of: scalars[...], offset: 0)
                measures.add(heading: title)
                titlePatterns[section.location.indexPath] = Self.patterns(attributes)
                for depth in 1...section.location.indexPath.count {
                    headingContext.formUnion(titlePatterns[Array(section.location.indexPath.prefix(depth))] ?? [])
                }
                heading = model.predict(title, using: scratch)
            }
            var leadIn: Set<AttributePattern> = []
            for (blockIndex, block) in section.blocks.enumerated() {
                let isListItem: Bool
                if case .listItem = block.kind { isListItem = true } else { isListItem = false }
                let scalars = Array(block.text.unicodeScalars)
                let ranges = block.sentences.filter { $0.end <= scalars.count && !$0.isEmpty }
                let texts = ranges.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
                let predictions = texts.map { model.predict($0, using: scratch) }
                // The paragraph's prediction: the mean of its sentences' (as good as classifying the
                // whole paragraph again, at no cost).
                let blockPrediction = predictions.count > 1 ? Self.mean(predictions) : nil
                var blockPatterns: Set<AttributePattern> = []
                for (k, range) in ranges.enumerated() where !predictions[k].labels.isEmpty {
                    let text = texts[k]
                    let (attributes, signals) = analyzer.analyze(scalars[range.start..<range.end], offset: range.start)
                    let scores = blender.blend(sentence: predictions[k], words: text.wordCount, block: blockPrediction, heading: heading)
                    let categories = blender.assign(scores)
                    sentences.append(AnalyzedSentence(
                        location: BlockLocation(sectionNumber: section.location.number, blockIndex: blockIndex),
                        sectionPath: section.location.titlePath, range: range, text: text,
                        categories: categories, scores: scores, attributes: attributes))
                    context.append(isListItem ? headingContext.union(leadIn) : headingContext)
                    measures.add(sentence: attributes, categories: categories, signals: signals)
                    blockPatterns.formUnion(Self.patterns(attributes))
                    if lastUpdated == nil {
                        lastUpdated = attributes.lazy.compactMap { m -> String? in
                            if case .lastUpdated(let d) = m.attribute { return d }; return nil
                        }.first
                    }
                }
                if !isListItem { leadIn = blockPatterns }
            }
        }
        let status = PolicyStatusDetector.contentStatus(measures)
        guard status == .policy else { return Self.unclassified(policy, status: status) }
        let facts = SentenceEvidence(sentences: sentences, context: context, domain: policy.domain)
        return PolicyPractices(
            id: policy.id, domain: policy.domain, status: status, sentences: sentences,
            answers: Self.answers(facts), lastUpdated: lastUpdated)
    }

    /// Every question answered from `facts`.
    static func answers(_ facts: SentenceEvidence) -> [Question: Answer] {
        var answers: [Question: Answer] = [:]
        let yesNo = YesNoAnswerer(facts: facts)
        let values = ValueAnswerer(facts: facts)
        for question in Question.allCases {
            switch question.answering {
            case .yesNo(let rule): answers[question] = yesNo.answer(question, by: rule)
            case .value(let kind): answers[question] = values.answer(kind)
            }
        }
        return answers
    }

    /// The per-category mean of some predictions, as a prediction (labels unused).
    private static func mean(_ predictions: [Prediction]) -> Prediction {
        var scores = [Float](repeating: 0, count: predictions[0].scores.count)
        for p in predictions {
            for i in scores.indices { scores[i] += p.scores[i] }
        }
        let n = Float(predictions.count)
        return Prediction(labels: [], scores: scores.map { $0 / n })
    }

    /// The patterns (each attribute and its family) the positive attributes in `attributes` meet.
    private static func patterns(_ attributes: [AttributeMatch]) -> Set<AttributePattern> {
        var out: Set<AttributePattern> = []
        for match in attributes where !match.negated { out.formUnion(match.attribute.patterns) }
        return out
    }

    private static func unclassified(_ policy: Policy, status: PolicyStatus) -> PolicyPractices {
        let answers = Dictionary(uniqueKeysWithValues: Question.allCases.map {
            ($0, Answer(question: $0, value: .notStated, confidence: 0, evidence: []))
        })
        return PolicyPractices(id: policy.id, domain: policy.domain, status: status, sentences: [], answers: answers, lastUpdated: nil)
    }
}
