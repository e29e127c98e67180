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

    /// The practices of a small ordinary policy (a title, an introduction, a collection section
    /// saying `collection`) followed by `extra` Markdown.
    static func practices(
        adding extra: String, collection: String = "When you register, we ask for your name and e-mail address."
    ) throws -> PolicyPractices {
        try practices(practicesMarkdown(adding: extra, collection: collection))
    }

    /// The Markdown ``practices(adding:collection:)`` reads.
    static func practicesMarkdown(
        adding extra: String, collection: String = "When you register, we ask for your name and e-mail address."
    ) -> String {
        """
        # Privacy Policy

        This privacy policy explains how Example Inc. collects, uses and shares your personal information.

        ## Information We Collect

        \(collection)

        \(extra)
        """
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
