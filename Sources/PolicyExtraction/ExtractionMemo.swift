import PolicyClassifier
import PolicyModel

/// What extraction computes from a text alone (its classifier prediction, its attributes and
/// signals), kept by text so that versions of one document, which share most sentences, do
/// not classify a sentence twice. One memo per task and per extractor: pass it `inout` to
/// ``PracticeExtractor/extract(_:memo:)``. Answers are the same with or without it.
public struct ExtractionMemo: Sendable {
    private var predictions: [String: Prediction] = [:]
    private var analyses: [String: (attributes: [AttributeMatch], signals: SentenceSignals)] = [:]
    private var headings: [String: PolicyStatusDetector.HeadingKind] = [:]
    private let enabled: Bool
    /// Texts found in the memo, and texts computed.
    public private(set) var hits = 0, misses = 0

    public init() { enabled = true }

    /// A memo that keeps nothing (plain `extract`).
    static var off: ExtractionMemo { ExtractionMemo(enabled: false) }

    private init(enabled: Bool) { self.enabled = enabled }

    /// Whether the prediction of `text` is kept.
    func keeps(_ text: String) -> Bool { enabled && predictions[text] != nil }

    /// The prediction of `text`, computed by `compute` when not kept.
    mutating func prediction(_ text: String, _ compute: (String) -> Prediction) -> Prediction {
        guard enabled else { return compute(text) }
        if let kept = predictions[text] { hits += 1; return kept }
        misses += 1
        let p = compute(text)
        predictions[text] = p
        return p
    }

    /// What the heading `title` says of the document (``PolicyStatusDetector/Measures``).
    mutating func headingKind(_ title: String) -> PolicyStatusDetector.HeadingKind {
        guard enabled else { return PolicyStatusDetector.Measures.headingKind(title) }
        if let kept = headings[title] { return kept }
        let kind = PolicyStatusDetector.Measures.headingKind(title)
        headings[title] = kind
        return kind
    }

    /// `analyzer.analyze` of the sentence `text`, found at block offset `offset`.
    mutating func analysis(_ text: String, offset: Int, _ analyzer: SentenceAnalyzer,
                           scalars: ArraySlice<Unicode.Scalar>) -> (attributes: [AttributeMatch], signals: SentenceSignals) {
        guard enabled else { return analyzer.analyze(scalars, offset: offset) }
        let kept: (attributes: [AttributeMatch], signals: SentenceSignals)
        if let found = analyses[text] {
            kept = found
        } else {
            kept = analyzer.analyze(scalars, offset: 0)
            analyses[text] = kept
        }
        guard offset != 0 else { return kept }
        return (kept.attributes.map { var m = $0; m.range = TextRange(start: m.range.start + offset, end: m.range.end + offset); return m }, kept.signals)
    }
}
