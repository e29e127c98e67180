import Foundation
import PolicyClassifier
import PolicyModel
import PolicyResources
import TestSupport
@testable import PolicyExtraction

/// Extraction test material: the shipped model, inline Markdown policies, one sentence's
/// attributes (seeds and the corpus are in ``TestSupport``).
enum Fixtures {
    /// The shipped classifier, loaded once.
    static let model: ClassifierModel = {
        do {
            return try ClassifierModel.load(from: PolicyResources.modelDirectory.appendingPathComponent("opp115-linear.bin"))
        } catch {
            preconditionFailure("shipped model: \(error)")
        }
    }()

    static let extractor = PracticeExtractor(model: model)

    /// Parses inline Markdown into a policy.
    static func policy(_ markdown: String, file: String = "x.md") throws -> Policy {
        try TestSupport.parse(markdown, file: file)
    }

    /// Extracts practices from inline Markdown.
    static func practices(_ markdown: String) throws -> PolicyPractices {
        extractor.extract(try policy(markdown))
    }

    /// The attributes of one sentence, as found by the analyzer.
    static func attributes(_ sentence: String) -> [AttributeMatch] {
        SentenceAnalyzer(lexicon: .shared).attributes(of: Array(sentence.unicodeScalars)[...], offset: 0)
    }
}

extension [AttributeMatch] {
    /// The match of `attribute`, if found.
    func first(_ attribute: Attribute) -> AttributeMatch? { first { $0.attribute == attribute } }

    /// Whether `attribute` was found.
    func has(_ attribute: Attribute) -> Bool { first(attribute) != nil }
}
