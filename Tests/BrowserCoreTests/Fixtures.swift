import BrowserCore
import PolicyModel

/// Hand-built policies, so snapshots do not move when the parser changes.
enum Fixtures {
    static func block(_ text: String, _ kind: BlockKind = .paragraph) -> Block {
        Block(kind: kind, text: text, line: 1)
    }

    static func section(_ title: String, level: Int = 2, _ blocks: [Block] = [], children: [Section] = []) -> Section {
        Section(title: title, level: level, style: .markdown, line: 1, blocks: blocks, children: children)
    }

    static func policy(_ domain: String, year: Int, title: String, preamble: [Block] = [], sections: [Section]) -> Policy {
        Policy(id: "\(domain)@\(year)-01-01", domain: domain, title: title, archivedOn: ArchiveDate(year: year, month: 1, day: 1),
               source: nil, file: "\(domain).md", format: .markdown, language: LanguageGuess(code: "en", confidence: 1),
               preamble: preamble, sections: sections)
    }

    /// An English policy: a root with children, one of them nested, cookies mentioned often.
    static let example = policy("example.com", year: 2019, title: "Example Privacy Policy",
        preamble: [block("Last updated: January 2019.")],
        sections: [section("Example Privacy Policy", level: 1, [block("This policy explains what we collect.")], children: [
            section("Information We Collect", [
                block("We collect your name, email address and the cookies your browser sends us when you visit."),
                block("Account details", .listItem(depth: 1, ordered: false)),
                block("Device identifiers", .listItem(depth: 1, ordered: false)),
            ], children: [
                section("Cookies", level: 3, [block("Cookies are small files. We use cookies to remember you; you can turn cookies off.")]),
            ]),
            section("How We Share Information", [block("We share data with service providers. We do not sell your data.")]),
            section("Contact", [block("Write to privacy@example.com.\u{1B}[31m")]),
        ])])

    /// A policy mixing CJK, emoji and combining marks.
    static let wide = policy("例え.jp", year: 2021, title: "プライバシーポリシー",
        sections: [section("プライバシーポリシー", level: 1, [block("当社は個人情報を大切にします。クッキー🍪を使用します。")], children: [
            section("収集する情報 📋", [block("氏名、メールアドレス、端末の識別子を収集します。Café crème e\u{301} 👍🏽 OK.")]),
            section("第三者への提供", [block("法令に基づく場合を除き、第三者に提供しません。")]),
        ])])

    static let other = policy("other.org", year: 2015, title: "Other",
        sections: [section("Privacy", level: 1, [block("Nothing here about biscuits.")], children: [
            section("Cookie Settings", [block("Settings.")]),
        ])])

    static var all: [Policy] { [example, wide, other] }
}

/// Marks every "cookie" as first-party collection and every "share" as third-party sharing.
struct WordHighlighter: HighlightProvider {
    func highlights(for block: Block, at location: BlockLocation, in policy: Policy) -> [Highlight] {
        let scalars = Array(block.text.lowercased().unicodeScalars)
        var out: [Highlight] = []
        for (word, category) in [("cookie", "First Party Collection/Use"), ("share", "Third Party Sharing/Collection")] {
            let w = Array(word.unicodeScalars)
            var i = 0
            while i + w.count <= scalars.count {
                if Array(scalars[i..<(i + w.count)]) == w {
                    out.append(Highlight(range: TextRange(start: i, end: i + w.count), category: category))
                    i += w.count
                } else {
                    i += 1
                }
            }
        }
        return out.sorted { $0.range < $1.range }
    }
}
