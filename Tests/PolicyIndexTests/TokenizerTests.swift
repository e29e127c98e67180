import Testing
import PolicyModel
@testable import PolicyIndex

@Suite struct TokenizerTests {
    @Test func foldsCaseAndDiacritics() {
        #expect(Tokenizer.words(of: "Café NAÏVE Straße ﬁle") == ["cafe", "naive", "straße", "file"])
    }

    @Test func joinsInnerApostrophesAndSplitsHyphens() {
        #expect(Tokenizer.words(of: "Don't use the user’s opt-out 'quoted' rock'n'roll") ==
            ["dont", "use", "the", "users", "opt", "out", "quoted", "rocknroll"])
    }

    @Test func keepsStopWordsAndDigits() {
        #expect(Tokenizer.words(of: "Of the 3rd party, in 2012.") == ["of", "the", "3rd", "party", "in", "2012"])
    }

    @Test func rangesAreScalarOffsets() {
        let text = "¿Qué? naïve-user"
        let tokens = Tokenizer.tokens(of: text)
        #expect(tokens.map(\.text) == ["que", "naive", "user"])
        #expect(tokens.map { $0.range.slice(of: text) } == ["Qué", "naïve", "user"])
    }

    @Test func softHyphenJoins() {
        #expect(Tokenizer.words(of: "pri\u{AD}vacy") == ["privacy"])
    }

    @Test func stemmerGroupsInflections() throws {
        let stemmer = try #require(SnowballStemmer())
        #expect(stemmer.stem("selling") == stemmer.stem("sells"))
        #expect(stemmer.stem("retained") == "retain")
    }
}
