import PolicyModel

/// Variants of real files for checking that two parser builds agree byte for byte: each copy
/// gets snippets the fast paths must hand to their fallbacks (non-ASCII letters and digits,
/// mojibake, soft hyphens, controls, entities, escapes, emphasis debris, abbreviations, tables,
/// indented prose, CR line ends, invalid UTF-8) inserted at random character boundaries.
enum Variants {
    static let snippets: [[UInt8]] = ([
        "é", "’", "â€™", "Ã©", "â€œquotedâ€\u{9D}", "\u{00AD}", "\u{200B}", "\u{FEFF}", "\u{00A0}", "\u{2028}", "\u{3000}",
        "\t", "\r\n", "\r", "**", "***", "*", " * ", "__", "&amp;", "&#8217;", "&#x2019;", "&bogus;", "&#0;", "\\.", "\\-",
        "<br>", "<b>x</b>", "<li>", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{9C}", " e.g. Foo", " No. 5", " no. Yes", " U.S. Army",
        " A. Smith", " iv. Item", "1. ", "2.3. ", "\n\n", "\n", "  \n", "\n| a | b |\n|---|---|\n| c | d |\n",
        "\n\n    indented words here are many enough to count as prose in one line\n\n", "\n```\ncode\tline\n```\n", "> ", "# ",
        "\n### \n", "\n\n## Heading\n\n", "\n\nALL CAPS TITLE\n\n", "\n\n**Bold Title**\n\n", "…", "!? ", ". “Quoted", ". ¿Qué",
        "🙂", "中文字", "ß", "İstanbul", "ﬁle", "ǅ", "٣", "Ⅻ", "e\u{0301}", "Ωmega", "[link](http://web.archive.org/web/2001/http%3A//x.y/z)",
        "[](http://x.y)", "![img](a.png)", "`code`", "~~gone~~",
    ].map { Array($0.utf8) }) + [[0xFF], [0xC3], [0xE2, 0x80]]

    /// `count` variants of `bytes`, each with `edits` snippets inserted.
    static func make(_ bytes: [UInt8], count: Int, edits: Int, seed: UInt64) -> [[UInt8]] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var out = bytes
            for _ in 0..<edits where !out.isEmpty {
                var at = rng.below(out.count)
                while at > 0, out[at] & 0xC0 == 0x80 { at -= 1 }
                out.insert(contentsOf: snippets[rng.below(snippets.count)], at: at)
            }
            return out
        }
    }
}
