import Foundation
@testable import PolicyParsing
import PolicyModel

/// Parses Markdown given inline.
func parse(_ markdown: String, file: String = "test.md") throws -> Policy {
    try PolicyParser.parse(Array(markdown.utf8), file: file).policy
}

/// (level, title) of every section in document order.
func outline(_ policy: Policy) -> [String] {
    policy.flattenedSections.map { "\($0.location.depth):\($0.section.title)" }
}

/// The shared data folder beside the package (`../shared`), if it is there.
enum SharedData {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = root.appendingPathComponent("corpus/policies")
    static var available: Bool { FileManager.default.fileExists(atPath: corpus.path) }
    static let skipReason: Comment = "../shared/corpus is absent: corpus tests skipped"

    static var corpusFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { corpus.appendingPathComponent($0) }
    }
}

import Testing
