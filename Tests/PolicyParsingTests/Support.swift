import PolicyModel
import TestSupport

/// Parses Markdown given inline.
func parse(_ markdown: String, file: String = "test.md") throws -> Policy {
    try TestSupport.parse(markdown, file: file)
}

/// (level, title) of every section in document order.
func outline(_ policy: Policy) -> [String] {
    policy.flattenedSections.map { "\($0.location.depth):\($0.section.title)" }
}

import Testing
