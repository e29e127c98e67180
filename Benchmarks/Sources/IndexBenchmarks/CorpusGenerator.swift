import PolicyModel

/// Makes synthetic but realistic policies by recombining the sections of real ones: each new
/// policy takes a real policy's preamble and title, then 6-20 sections drawn from the whole
/// corpus (blocks kept whole, so sentence ranges stay valid), with a new domain and date.
/// Deterministic for a given seed.
struct CorpusGenerator {
    let sources: [Policy]
    let sectionPool: [Section]

    init(sources: [Policy]) {
        self.sources = sources
        sectionPool = sources.flatMap { p in p.flattenedSections.map(\.section) }
            .filter { !$0.blocks.isEmpty }
            .map { var s = $0; s.children = []; s.level = 2; return s }
    }

    func generate(count: Int, seed: UInt64) -> [Policy] {
        var rng = SplitMix(seed: seed)
        var out: [Policy] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let base = sources[Int(rng.next() % UInt64(sources.count))]
            let n = 6 + Int(rng.next() % 15)
            var children: [Section] = []
            for _ in 0..<n { children.append(sectionPool[Int(rng.next() % UInt64(sectionPool.count))]) }
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
