import PolicyModel

/// A heading-dense Markdown file: short sections (one heading in every two or three lines) in
/// the corpus's heading styles (`##`, numbered `###`, bold, capitals, numbered lines, bold list
/// items), each followed by a sentence or two built from words of the corpus, with a link, an
/// entity or a curly quote now and then. Deterministic for a given seed.
struct DenseGenerator {
    /// Words of the corpus (letters only), in order of first appearance.
    let words: [String]

    init(corpus: [[UInt8]]) {
        var seen = Set<String>(), words: [String] = []
        for bytes in corpus {
            for token in bytes.split(whereSeparator: { !(($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }) where token.count >= 2 {
                let word = String(decoding: token, as: UTF8.self).lowercased()
                if seen.insert(word).inserted { words.append(word) }
            }
        }
        self.words = words.isEmpty ? ["privacy", "policy", "data"] : words
    }

    func generate(bytes target: Int, seed: UInt64) -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        var out = "# Privacy Policy\n\n"
        var n = 0
        func word() -> String { words[rng.below(words.count)] }
        func title() -> String {
            (0..<(2 + rng.below(4))).map { _ in let w = word(); return w.prefix(1).uppercased() + w.dropFirst() }.joined(separator: " ")
        }
        func sentence() -> String {
            var ws = (0..<(6 + rng.below(14))).map { _ in word() }
            ws[0] = ws[0].prefix(1).uppercased() + ws[0].dropFirst()
            switch rng.below(8) {
            case 0: ws[ws.count / 2] = "[\(ws[ws.count / 2])](https://web.archive.org/web/2015/http%3A//example.com/\(ws[1]))"
            case 1: ws[1] += " &amp;"
            case 2: ws[2] = "“\(ws[2])”"
            case 3: ws[3] += "’s"
            default: break
            }
            return ws.joined(separator: " ") + "."
        }
        while out.utf8.count < target {
            n += 1
            switch rng.below(6) {
            case 0: out += "## \(title())\n\n"
            case 1: out += "### \(n % 9 + 1).\(n % 7 + 1) \(title())\n\n"
            case 2: out += "**\(title())**\n\n"
            case 3: out += "\(title().uppercased())\n\n"
            case 4: out += "\(n % 20 + 1). \(title())\n\n"
            default: out += "- **\(title())**\n\n"
            }
            out += (0..<(1 + rng.below(2))).map { _ in sentence() }.joined(separator: " ") + "\n\n"
        }
        return Array(out.utf8)
    }
}
