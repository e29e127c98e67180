import Testing
import PolicyModel
@testable import PolicyParsing

@Suite("Clean text")
struct TextCleaningTests {
    @Test func entitiesAndEscapes() throws {
        let p = try parse("# P\n\nAT&amp;T &#8217;s &copy; 1\\. item \\- dash &unknown;\n")
        #expect(p.sections[0].blocks[0].text == "AT&T ’s © 1. item - dash &unknown;")
    }

    @Test(arguments: [
        ("We donâ€™t sell", "We don’t sell"),
        ("cafÃ© rÃ©sumÃ©", "café résumé"),
        ("â€œquotedâ€\u{9D}", "“quoted”"),
        ("Ã€ la carte", "À la carte"),
        ("plain ASCII", "plain ASCII"),
        ("real accents: café, naïve, Ångström", "real accents: café, naïve, Ångström"),
    ])
    func mojibake(input: String, expected: String) {
        #expect(MojibakeRepair.repair(input) == expected)
    }

    @Test func controlCharactersBecomeVisible() throws {
        let p = try parse("# P\n\nEvil \u{1B}[31mred\u{1B}[0m and \u{7}bell.\n")
        let text = p.sections[0].blocks[0].text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(text == "Evil ␛[31mred␛[0m and ␇bell.")
    }

    @Test func sentencesSplitAtBoundariesNotAbbreviations() {
        let text = "We collect data, e.g. your name. We share it with Acme Inc. when needed! Do we sell it? No. See Sec. 4 for more."
        let ranges = SentenceSplitter.split(text)
        let sentences = ranges.map { $0.slice(of: text) }
        #expect(sentences == [
            "We collect data, e.g. your name.",
            "We share it with Acme Inc. when needed!",
            "Do we sell it?",
            "No.",
            "See Sec. 4 for more.",
        ])
    }

    @Test func sentenceRangesCountUnicodeScalars() {
        let text = "Café ☕ first. 日本語 second."
        let ranges = SentenceSplitter.split(text)
        #expect(ranges == [TextRange(start: 0, end: 13), TextRange(start: 14, end: 25)])
        #expect(ranges[1].slice(of: text) == "日本語 second.")
    }

    @Test func enumeratorsDoNotEndSentences() {
        #expect(SentenceSplitter.split("1. Introduction to this policy.").count == 1)
    }

    @Test(arguments: [
        ("This privacy policy describes how we collect and use your personal data and what you can do.", "en"),
        ("Diese Datenschutzerklärung beschreibt, wie wir die Daten erheben und für welche Zwecke wir sie nutzen, und Sie können widersprechen.", "de"),
        ("Esta política de privacidad describe cómo recopilamos los datos personales y para qué los usamos con su consentimiento.", "es"),
        ("Cette politique décrit comment nous collectons les données et pour quelles raisons nous les utilisons dans la société.", "fr"),
        ("本隐私政策说明我们如何收集和使用您的个人信息以及您享有的权利和选择方式以及联系方式。", "zh"),
    ])
    func languageGuess(text: String, code: String) {
        #expect(LanguageDetector.guess(text).code == code)
    }
}
