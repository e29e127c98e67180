import Testing
@testable import PolicyIndex

@Suite struct QueryParserTests {
    @Test func termsAreAndedAndFolded() throws {
        #expect(try Query.parse("Cookies  Third").root == .all([.term("cookies"), .term("third")]))
    }

    @Test func phrasesPrefixesExclusionsAndOr() throws {
        let q = try Query.parse(#""personal data" shar* -cookies sell OR rent"#)
        #expect(q.root == .all([
            .phrase([.exact("personal"), .exact("data")]), .prefix("shar"), .not(.term("cookies")),
            .any([.term("sell"), .term("rent")]),
        ]))
    }

    @Test func hyphenatedWordIsAPhrase() throws {
        #expect(try Query.parse("opt-out").root == .phrase([.exact("opt"), .exact("out")]))
    }

    @Test func groupsAndLowercaseOr() throws {
        #expect(try Query.parse("(a OR b) or").root == .all([.any([.term("a"), .term("b")]), .term("or")]))
    }

    @Test func filters() throws {
        let q = try Query.parse(#"category:"Data Retention" domain:www.Act-On.com year:2012..2015 answer:sells-data=No year:2014"#)
        #expect(q.root == .all([
            .filter(.category("Data Retention")), .filter(.domain("act-on.com")),
            .filter(.year(from: 2012, through: 2015)), .filter(.answer(question: "sells-data", value: "no")),
            .filter(.year(from: 2014, through: 2014)),
        ]))
        #expect(try Query.parse("year:..2013").root == .filter(.year(from: 0, through: 2013)))
    }

    @Test(arguments: [
        ("foo \"bar", QueryError.unclosedQuote(column: 5)),
        ("(a b", .unclosedParenthesis(column: 1)),
        ("a ) b", .unexpectedCloseParenthesis(column: 3)),
        ("a OR", .danglingOr(column: 3)),
        ("OR a", .danglingOr(column: 1)),
        ("a - b", .nothingToExclude(column: 3)),
        ("\"  \"", .emptyPhrase(column: 1)),
        ("*", .emptyPrefix(column: 1)),
        ("colour:red", .unknownField("colour", column: 1)),
        ("x domain:", .emptyFilterValue(field: "domain", column: 3)),
        ("year:20x2", .badYear("20x2", column: 1)),
        ("year:2015..2012", .badYear("2015..2012", column: 1)),
        ("answer:sells", .badAnswer("sells", column: 1)),
        ("   ", .emptyQuery),
    ])
    func errorsPointAtTheProblem(query: String, expected: QueryError) {
        #expect(throws: expected) { try Query.parse(query) }
    }

    @Test func errorMessageNamesTheColumn() {
        #expect(QueryError.unclosedQuote(column: 7).description == "unclosed quote at column 7")
    }
}
