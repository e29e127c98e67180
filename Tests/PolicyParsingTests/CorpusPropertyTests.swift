import Foundation
import Testing
import PolicyModel
import TestSupport
@testable import PolicyParsing

/// Properties that must hold for every real policy in ../shared/corpus.
@Suite("Shared corpus", .enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus beside the repository"))
struct CorpusPropertyTests {
    static let files = TestSupport.corpusFiles

    @Test func wholeCorpusLoadsWithoutProblems() async {
        let result = await PolicyLoader.load([TestSupport.corpusDirectory.path])
        #expect(result.policies.count == 45)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(Set(result.policies.map(\.id)).count == result.policies.count)
    }

    @Test(arguments: files)
    func structuralProperties(file: URL) throws {
        let bytes = Array(try Data(contentsOf: file))
        let policy = try PolicyParser.parse(bytes, file: file.path).policy
        // Metadata from the header, for every file that has one.
        if String(decoding: bytes.prefix(200), as: UTF8.self).contains("The following text is extracted") {
            #expect(policy.domain == file.deletingPathExtension().lastPathComponent)
            #expect(policy.archivedOn != nil)
            #expect(policy.source?.hasPrefix("https://web.archive.org/") == true)
        }
        #expect(!policy.sections.isEmpty)
        var lastLine = 0
        var blockCount = policy.preamble.count
        for block in policy.preamble { check(block, after: &lastLine) }
        for (_, section) in policy.flattenedSections {
            #expect(!section.title.isEmpty && section.title.contains { $0.isLetter || $0.isNumber })
            #expect(section.line >= lastLine, "sections in source order")
            lastLine = section.line
            blockCount += section.blocks.count
            for block in section.blocks { check(block, after: &lastLine) }
        }
        // Each block lands in exactly one section: the per-section counts add up to the whole.
        #expect(blockCount == policy.allBlocks.count)
    }

    private func check(_ block: Block, after lastLine: inout Int) {
        #expect(!block.text.isEmpty)
        #expect(block.line >= lastLine, "blocks in source order")
        lastLine = block.line
        let length = block.text.unicodeScalars.count
        var previousEnd = 0
        for range in block.sentences {
            #expect(range.start >= previousEnd && range.end <= length && !range.isEmpty)
            previousEnd = range.end
        }
        #expect(!block.text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
    }

    /// No body text is lost: nearly every word of the source (outside markup and URLs) is in a
    /// block or a title.
    @Test(arguments: files)
    func bodyTextIsNotLost(file: URL) throws {
        let source = try String(contentsOf: file, encoding: .utf8)
        let policy = try PolicyParser.parse(Array(source.utf8), file: file.path).policy
        var kept = Set<String>()
        for block in policy.allBlocks { kept.formUnion(words(block.text)) }
        for (_, s) in policy.flattenedSections { kept.formUnion(words(s.title)) }
        let body = source.split(separator: "\n").dropFirst().joined(separator: "\n")
        let sourceWords = words(stripURLs(body))
        let missing = sourceWords.subtracting(kept)
        let ratio = Double(missing.count) / Double(max(1, sourceWords.count))
        #expect(ratio < 0.02, "\(missing.count) of \(sourceWords.count) words lost: \(missing.sorted().prefix(20))")
    }

    private func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.filter { $0.count >= 4 }.map(String.init))
    }

    private func stripURLs(_ text: String) -> String {
        var out = ""
        var depth = 0
        var previous: Character = " "
        for ch in text {
            if ch == "(" && previous == "]" { depth += 1 } else if ch == ")" && depth > 0 { depth -= 1 } else if depth == 0 { out.append(ch) }
            previous = ch
        }
        return out.replacingOccurrences(of: "&nbsp;", with: " ")
    }
}
