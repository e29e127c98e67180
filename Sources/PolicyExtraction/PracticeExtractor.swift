import PolicyClassifier
import PolicyModel

/// Finds the practices a policy states: classified sentence spans, their attributes and
/// polarity, and an answer with evidence for every ``Question``.
///
/// A value type that shares one immutable model; `extract` allocates its own working memory,
/// so one extractor can serve many threads.
public struct PracticeExtractor: Sendable {
    public let model: ClassifierModel
    /// When set, it classifies the sentences (one call per policy) instead of `model`.
    public let sentenceClassifier: (any SentenceClassifier)?
    private let analyzer = SentenceAnalyzer(lexicon: .shared)
    private let blender = CategoryBlender()

    public init(model: ClassifierModel, sentences: (any SentenceClassifier)? = nil) {
        self.model = model
        self.sentenceClassifier = sentences
    }

    /// Classifies and reads one policy. Non-English documents and pages that are not privacy
    /// policies come back flagged in ``PolicyPractices/status``, with no spans and every answer
    /// not-stated. With a plugged ``sentenceClassifier``, the linear model decides that first
    /// (such pages never reach it) and its answers are kept; the plugged classifier's categories
    /// decide the sentences.
    public func extract(_ policy: Policy) -> PolicyPractices {
        var memo = ExtractionMemo.off
        return extract(policy, memo: &memo)
    }

    /// ``extract(_:)``, reusing what `memo` kept from texts seen before (headings and
    /// sentences) and keeping what it computes.
    public func extract(_ policy: Policy, memo: inout ExtractionMemo) -> PolicyPractices {
        if let status = PolicyStatusDetector.languageStatus(of: policy) {
            return Self.unclassified(policy, status: status)
        }
        // With a plugged classifier, the linear model's pass comes first (its own memo: the
        // predictions differ): it decides whether the page is a policy, so that pages that are
        // not never reach the slow classifier, and it gives the answers (below).
        var linear: PolicyPractices?
        if sentenceClassifier != nil {
            var linearMemo = ExtractionMemo.off
            linear = PracticeExtractor(model: model).extract(policy, memo: &linearMemo)
            if let linear, linear.status != .policy { return linear }
        }
        let scratch = FeatureScratch()
        let batched = batchPredictions(policy, memo: memo)
        var sentences: [AnalyzedSentence] = []
        var context: [Set<AttributePattern>] = []
        var measures = PolicyStatusDetector.Measures()
        var titlePatterns: [[Int]: Set<AttributePattern>] = [:]
        var lastUpdated: String?
        var readRows: [BlockLocation: TableRow] = [:]
        var votes: [TableVote] = []
        var headerRows: Set<BlockLocation> = []
        var leadIns: [BlockLocation: String] = [:]

        for section in policy.numberedSections {
            /// The browser signals the section's last read sentence names (``SignalReferences``).
            var previousSignals: [Attribute] = []
            var headingContext: Set<AttributePattern> = []
            var heading: Prediction?
            if let title = section.title {
                let scalars = Array(title.unicodeScalars)
                let attributes = analyzer.attributes(of: scalars[...], offset: 0)
                measures.add(heading: memo.headingKind(title))
                titlePatterns[section.location.indexPath] = Self.patterns(attributes)
                for depth in 1...section.location.indexPath.count {
                    headingContext.formUnion(titlePatterns[Array(section.location.indexPath.prefix(depth))] ?? [])
                }
                heading = memo.prediction(title) { model.predict($0, using: scratch) }
            }
            var leadIn: Set<AttributePattern> = []
            /// The sentence that introduces the list below it ("We share your data with:").
            var leadInSentence: String?
            let tableRows = TableRow.rows(in: section.blocks)
            var table = TableHeader()
            for (blockIndex, block) in section.blocks.enumerated() {
                let isListItem: Bool
                if case .listItem = block.kind { isListItem = true } else { isListItem = false }
                let location = BlockLocation(sectionNumber: section.location.number, blockIndex: blockIndex)
                var isHeaderRow = false
                switch block.kind {
                case .tableRow(header: true):
                    table = TableHeader(block, analyzer: analyzer)
                    isHeaderRow = true
                    headerRows.insert(location)
                case .tableRow: break
                default: table = TableHeader()
                }
                let isDataRow = tableRows[blockIndex] != nil
                // Every sentence of the block reads in one context: a list item with its lead-in,
                // a table row with the table's lead-in and header.
                lazy var sentenceContext = isListItem ? headingContext.union(leadIn)
                    : isDataRow ? headingContext.union(leadIn).union(table.context) : headingContext
                if let row = tableRows[blockIndex] {
                    readRows[location] = row
                    votes += TableVotes.votes(row, rules: table.rules, location: location, sectionPath: section.location.titlePath)
                }
                let scalars = Array(block.text.unicodeScalars)
                let ranges = block.sentences.filter { $0.end <= scalars.count && !$0.isEmpty }
                let texts = TextRange.slices(ranges, of: block.text)
                let predictions = texts.map { text in memo.prediction(text) { batched[$0] ?? model.predict($0, using: scratch) } }
                // The paragraph's prediction: the mean of its sentences' (as good as classifying the
                // whole paragraph again, at no cost).
                let blockPrediction = predictions.count > 1 ? Self.mean(predictions) : nil
                var blockPatterns: Set<AttributePattern> = []
                for (k, range) in ranges.enumerated() where !predictions[k].labels.isEmpty {
                    let text = texts[k]
                    var (attributes, signals) = memo.analysis(text, offset: range.start, analyzer, scalars: scalars[range.start..<range.end])
                    attributes += Self.linkedAddresses(block.links, in: range, besides: attributes)
                    attributes += SignalReferences.carried(previousSignals, scalars: scalars[range.start..<range.end], offset: range.start, attributes: attributes)
                    previousSignals = SignalReferences.named(in: attributes)
                    let scores = blender.blend(sentence: predictions[k], words: text.wordCount, block: blockPrediction, heading: heading)
                    let categories = blender.assign(scores)
                    sentences.append(AnalyzedSentence(
                        location: location,
                        sectionPath: section.location.titlePath, range: range, text: text,
                        categories: categories, scores: scores, attributes: attributes))
                    context.append(sentenceContext)
                    measures.add(sentence: attributes, categories: categories, signals: signals)
                    blockPatterns.formUnion(Self.patterns(attributes))
                    if lastUpdated == nil {
                        lastUpdated = attributes.lazy.compactMap { m -> String? in
                            if case .lastUpdated(let d) = m.attribute { return d }; return nil
                        }.first
                    }
                }
                if isListItem, let leadInSentence { leadIns[location] = leadInSentence }
                if !isListItem && !isDataRow && !isHeaderRow {
                    leadIn = blockPatterns
                    leadInSentence = block.sentences.last.map(block.text(of:)).flatMap { $0.last == ":" ? $0 : nil }
                }
            }
        }
        if let linear {
            // The plugged classifier's categories decide the sentences (spans, highlights); the
            // answers stay the linear pass's: their rules were built on its categories, and the
            // blend's cost 4 of 996 hand-read answers (docs/DEEP-MODEL.md).
            return PolicyPractices(id: policy.id, domain: policy.domain, status: linear.status, sentences: sentences,
                                   answers: linear.answers, lastUpdated: linear.lastUpdated)
        }
        let status = PolicyStatusDetector.contentStatus(measures)
        guard status == .policy else { return Self.unclassified(policy, status: status) }
        let facts = SentenceEvidence(sentences: sentences, context: context, domain: policy.domain, tableRows: readRows, votes: votes, headerRows: headerRows, leadIns: leadIns)
        return PolicyPractices(
            id: policy.id, domain: policy.domain, status: status, sentences: sentences,
            answers: Self.answers(facts), lastUpdated: lastUpdated)
    }

    /// The ``sentenceClassifier``'s predictions of every sentence of `policy` not kept in
    /// `memo`, in one call; empty without one.
    private func batchPredictions(_ policy: Policy, memo: ExtractionMemo) -> [String: Prediction] {
        guard let sentenceClassifier else { return [:] }
        var texts: [String] = [], seen: Set<String> = []
        for section in policy.numberedSections {
            for block in section.blocks {
                let scalarCount = block.text.scalarCountFast
                let ranges = block.sentences.filter { $0.end <= scalarCount && !$0.isEmpty }
                for text in TextRange.slices(ranges, of: block.text) where !memo.keeps(text) && seen.insert(text).inserted {
                    texts.append(text)
                }
            }
        }
        guard !texts.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(texts, sentenceClassifier.predict(texts)))
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

    /// The header row of the table being read: its patterns (context for its rows) and the
    /// questions its columns ask.
    private struct TableHeader {
        var context: Set<AttributePattern> = []
        var rules: [Int: [TableVotes.ColumnRule]] = [:]

        init() {}

        init(_ block: Block, analyzer: SentenceAnalyzer) {
            let scalars = Array(block.text.unicodeScalars)
            for cell in block.cells where cell.range.end <= scalars.count {
                let attributes = analyzer.attributes(of: scalars[cell.range.start..<cell.range.end], offset: cell.range.start)
                context.formUnion(PracticeExtractor.patterns(attributes))
                let columnRules = TableVotes.rules(header: attributes)
                if !columnRules.isEmpty { rules[cell.column] = columnRules }
            }
        }
    }

    /// The e-mail addresses that links in `range` point to ("contact us [here](mailto:…)") and
    /// its text does not spell out.
    static func linkedAddresses(_ links: [Link], in range: TextRange, besides attributes: [AttributeMatch]) -> [AttributeMatch] {
        var out: [AttributeMatch] = []
        for link in links where link.range.start >= range.start && link.range.end <= range.end {
            guard link.url.lowercased().hasPrefix("mailto:") else { continue }
            let target = Array(link.url.unicodeScalars.dropFirst(7).prefix { $0 != "?" })
            guard let (address, _) = ValueScanners.emails(in: target[...]).first else { continue }
            let known = (attributes + out).contains { if case .email(address) = $0.attribute { true } else { false } }
            if !known { out.append(AttributeMatch(attribute: .email(address), range: link.range, negated: false, hasException: false)) }
        }
        return out
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
    fileprivate static func patterns(_ attributes: [AttributeMatch]) -> Set<AttributePattern> {
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
