import Foundation
import PolicyClassifier
import PolicyModel
import PolicyParsing
import PolicyResources
@testable import PolicyExtraction

/// Shared test material: the shipped model, inline Markdown policies, the seeds, the corpus.
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
        try PolicyParser.parse(Array(markdown.utf8), file: file).policy
    }

    /// Extracts practices from inline Markdown.
    static func practices(_ markdown: String) throws -> PolicyPractices {
        extractor.extract(try policy(markdown))
    }

    /// The bundled seed policy of `domain`.
    static func seed(_ domain: String) throws -> Policy {
        let url = PolicyResources.seedsDirectory.appendingPathComponent("\(domain).md")
        return try PolicyParser.parse(Array(try Data(contentsOf: url)), file: url.path).policy
    }

    /// The attributes of one sentence, as found by the analyzer.
    static func attributes(_ sentence: String) -> [AttributeMatch] {
        SentenceAnalyzer(lexicon: .shared).attributes(of: Array(sentence.unicodeScalars)[...], offset: 0)
    }

    /// The shared corpus folder (`../shared/corpus/policies` beside the package root), if present.
    static let corpusDirectory: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/policies")
        return FileManager.default.fileExists(atPath: dir.path) ? dir : nil
    }()

    /// The corpus policy files, sorted by name.
    static var corpusFiles: [URL] {
        guard let dir = corpusDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { $0.hasSuffix(".md") }.sorted().map { dir.appendingPathComponent($0) }
    }
}

extension [AttributeMatch] {
    /// The match of `attribute`, if found.
    func first(_ attribute: Attribute) -> AttributeMatch? { first { $0.attribute == attribute } }

    /// Whether `attribute` was found.
    func has(_ attribute: Attribute) -> Bool { first(attribute) != nil }
}
