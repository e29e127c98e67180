import PolicyModel

/// Pathological Markdown inputs of a given size, one per shape the parser must stay linear on
/// (issue 15 part 3): each is built from corpus words so the text stages see real prose.
/// Deterministic for a given seed.
enum Shape: String, CaseIterable {
    case headings, nestedLists = "nested-lists", emphasis, brackets, longLine = "long-line", tables, html, corpus

    /// About `bytes` bytes of this shape (`dense` makes the heading shape; `corpus` the real files).
    func generate(bytes target: Int, vocabulary: [String], dense: DenseGenerator, corpus: [[UInt8]], seed: UInt64) -> [UInt8] {
        if self == .headings { return dense.generate(bytes: target, seed: seed) }
        var rng = SplitMix64(seed: seed)
        var out: [UInt8] = []
        out.reserveCapacity(target + 4096)
        func put(_ s: String) { out.append(contentsOf: s.utf8) }
        func word() -> String { vocabulary[rng.below(vocabulary.count)] }
        func words(_ n: Int) -> String { (0..<n).map { _ in word() }.joined(separator: " ") }
        if self != .corpus && self != .longLine { put("# Privacy Policy\n\n") }
        var n = 0
        while out.count < target {
            n += 1
            switch self {
            case .headings, .corpus:
                let file = corpus[n % corpus.count]
                out.append(contentsOf: file)
                put("\n\n")
            case .nestedLists:
                // Items nested one level deeper each line, up to 24 levels, bullets and numbers mixed.
                let depth = n % 24
                let marker = depth % 3 == 2 ? "\(n % 9 + 1). " : "- "
                put(String(repeating: " ", count: depth * 3) + marker + words(4 + rng.below(8)).capitalizedFirst + ".\n")
                if depth == 23 { put("\n") }
            case .emphasis:
                // Unmatched and crossing delimiters: `**a *b _c ***d` with few closers.
                let delimiters = ["*", "**", "***", "_", "__", "~~", "****"]
                var line = ""
                for k in 0..<(40 + rng.below(40)) {
                    let d = delimiters[rng.below(delimiters.count)]
                    line += k % 3 == 0 ? d + word() + " " : word() + (k % 7 == 0 ? d : "") + " "
                }
                put(line + "\n" + (n % 4 == 0 ? "\n" : ""))
            case .brackets:
                // Open brackets, half-links and image starts that never close.
                let pieces = ["[", "[[", "](", "![", "[x](", "(", "]", "[a]:", "<", "`"]
                var line = ""
                for _ in 0..<(40 + rng.below(40)) {
                    line += pieces[rng.below(pieces.count)] + word() + " "
                }
                put(line + "\n" + (n % 4 == 0 ? "\n" : ""))
            case .longLine:
                // One paragraph on one line: sentences, never a newline.
                put(words(6 + rng.below(14)).capitalizedFirst + ". ")
            case .tables:
                if n == 1 { put("| Category | Examples | Source | Purpose | Shared with | Retention |\n|---|---|---|---|---|---|\n") }
                put("| " + (0..<6).map { _ in words(1 + rng.below(5)) }.joined(separator: " | ") + " |\n")
            case .html:
                put("<div class=\"section\">\n<p>\(words(10 + rng.below(20))) &amp; \(words(5))</p>\n<ul><li>\(words(6))</li></ul>\n</div>\n\n")
            }
        }
        return out
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
