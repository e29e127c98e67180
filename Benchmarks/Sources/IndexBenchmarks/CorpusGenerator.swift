import PolicyModel

/// Makes synthetic but realistic policies by recombining the sections of real ones: each new
/// policy takes a real policy's preamble and title, then 6-20 sections drawn from the whole
/// corpus (blocks kept whole, so sentence ranges stay valid), with a new domain and date.
/// Deterministic for a given seed.
///
/// Recombined sections repeat their sentences, which flatters anything that reuses work per
/// sentence. With `rewrite`, every sentence of a new policy is rewritten: a few of its words
/// swapped for others of the corpus vocabulary and its digits changed, so that nearly every
/// sentence is unique (``uniqueShare(of:)`` measures it).
struct CorpusGenerator {
    let sources: [Policy]
    let sectionPool: [Section]
    /// Words of the corpus (letters only, four or more), for rewriting.
    let vocabulary: [String]

    init(sources: [Policy]) {
        self.sources = sources
        sectionPool = sources.flatMap { p in p.flattenedSections.map(\.section) }
            .filter { !$0.blocks.isEmpty }
            .map { var s = $0; s.children = []; s.level = 2; return s }
        var words = Set<String>()
        for p in sources {
            for block in p.allBlocks {
                for w in block.text.split(separator: " ") where w.count >= 4 && w.allSatisfy(\.isLetter) { words.insert(w.lowercased()) }
            }
        }
        vocabulary = words.sorted()
    }

    func generate(count: Int, seed: UInt64, rewrite: Bool = false) -> [Policy] {
        var rng = SplitMix(seed: seed)
        var out: [Policy] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let base = sources[Int(rng.next() % UInt64(sources.count))]
            let n = 6 + Int(rng.next() % 15)
            var children: [Section] = []
            for _ in 0..<n { children.append(sectionPool[Int(rng.next() % UInt64(sectionPool.count))]) }
            if rewrite { children = children.map { rewritten($0, &rng) } }
            let year = 2005 + Int(rng.next() % 16)
            let date = ArchiveDate(year: year, month: 1 + Int(rng.next() % 12), day: 1 + Int(rng.next() % 28))!
            let domain = "site\(i)-\(rng.next() % 1000).example"
            let root = Section(title: "Privacy Policy - \(domain)", level: 1, style: .markdown, line: 1, children: children)
            out.append(Policy(
                id: "\(domain)@\(date)", domain: domain, title: root.title, archivedOn: date, source: nil,
                file: "\(domain).md", format: .markdown, language: base.language,
                preamble: base.preamble, sections: [root]))
        }
        return out
    }

    /// The section with every sentence of its blocks rewritten (links and table cells dropped:
    /// their ranges no longer hold).
    private func rewritten(_ section: Section, _ rng: inout SplitMix) -> Section {
        var out = section
        out.blocks = section.blocks.map { block in
            var text = ""
            var ranges: [TextRange] = []
            for sentence in block.sentenceTexts {
                let new = rewritten(sentence, &rng)
                if !text.isEmpty { text += " " }
                let start = text.unicodeScalars.count
                text += new
                ranges.append(TextRange(start: start, end: text.unicodeScalars.count))
            }
            return Block(kind: block.kind, text: text, sentences: ranges, line: block.line)
        }
        return out
    }

    /// A sentence with about one word in six (at least one) swapped for a corpus word, and its
    /// digits changed.
    private func rewritten(_ sentence: String, _ rng: inout SplitMix) -> String {
        var words = sentence.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let swaps = max(1, words.count / 6)
        for _ in 0..<swaps where !words.isEmpty && !vocabulary.isEmpty {
            let at = Int(rng.next() % UInt64(words.count))
            guard words[at].contains(where: \.isLetter) else { continue }
            words[at] = vocabulary[Int(rng.next() % UInt64(vocabulary.count))]
        }
        let joined = words.joined(separator: " ")
        guard joined.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return joined }
        return String(joined.map { ch -> Character in
            ch.isASCII && ch.isNumber ? Character(String(rng.next() % 10)) : ch
        })
    }

    /// The share of sentences that occur once in `policies`.
    static func uniqueShare(of policies: [Policy]) -> Double {
        var seen: [String: Int] = [:]
        var total = 0
        for p in policies {
            for block in p.allBlocks {
                for s in block.sentenceTexts { seen[s, default: 0] += 1; total += 1 }
            }
        }
        let once = seen.values.filter { $0 == 1 }.count
        return total == 0 ? 1 : Double(once) / Double(total)
    }

    /// The policy as Markdown, for ripgrep to scan.
    static func markdown(_ policy: Policy) -> String {
        var out = ""
        for block in policy.preamble { out += block.text + "\n\n" }
        for (location, section) in policy.flattenedSections {
            out += String(repeating: "#", count: location.depth) + " " + section.title + "\n\n"
            for block in section.blocks { out += block.text + "\n\n" }
        }
        return out
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1330_11EB
        return z ^ (z >> 31)
    }
}
