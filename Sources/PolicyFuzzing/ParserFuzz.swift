import PolicyModel
import PolicyParsing

/// The parser: any bytes give a policy or a `LoadError`; a policy keeps the invariants the
/// corpus tests check (clean non-empty titles and texts, blocks in source order, every range
/// inside its block's text).
enum ParserFuzz {
    static func run(_ bytes: [UInt8]) {
        // The first byte's low bit picks the file name, so both readers are fuzzed.
        let file = (bytes.first ?? 0) & 1 == 0 ? "fuzz.md" : "fuzz.txt"
        guard let policy = try? PolicyParser.parse(bytes, file: file).policy else { return }
        check(policy, lineCount: bytes.count { $0 == 0x0A || $0 == 0x0D } + 1)
    }

    static func check(_ policy: Policy, lineCount: Int) {
        require(!policy.title.isEmpty, "empty policy title")
        var lastLine = 0
        for block in policy.preamble { check(block, after: &lastLine, lineCount: lineCount) }
        for (_, section) in policy.flattenedSections {
            require(!section.title.isEmpty, "empty section title at line \(section.line)")
            require(isClean(section.title, allowingNewline: false), "control character in title \(section.title.debugDescription)")
            require(section.line >= lastLine && section.line >= 1 && section.line <= lineCount, "section line \(section.line) after \(lastLine)")
            lastLine = section.line
            for block in section.blocks { check(block, after: &lastLine, lineCount: lineCount) }
        }
    }

    private static func check(_ block: Block, after lastLine: inout Int, lineCount: Int) {
        require(!block.text.isEmpty, "empty block at line \(block.line)")
        require(isClean(block.text, allowingNewline: true), "control character in \(block.text.debugDescription)")
        require(block.line >= lastLine && block.line >= 1 && block.line <= lineCount, "block line \(block.line) after \(lastLine)")
        lastLine = block.line
        let length = block.text.unicodeScalars.count
        var previousEnd = 0
        for range in block.sentences {
            require(range.start >= previousEnd && range.end <= length && !range.isEmpty, "sentence \(range) in \(length) scalars")
            previousEnd = range.end
        }
        for link in block.links { require(link.range.start >= 0 && link.range.end <= length, "link \(link.range) in \(length) scalars") }
        for cell in block.cells {
            require(cell.range.start >= 0 && cell.range.end <= length && cell.column >= 0, "cell \(cell) in \(length) scalars")
        }
    }

    /// No C0 (but `\n` where allowed), DEL or C1 control characters.
    static func isClean(_ text: String, allowingNewline: Bool) -> Bool {
        !text.unicodeScalars.contains { ($0.value < 0x20 && !(allowingNewline && $0 == "\n")) || (0x7F...0x9F).contains($0.value) }
    }
}
