import Testing
import PolicyModel
@testable import PolicyIndex

@Suite struct FilterAndRankingTests {
    static let policies = [
        makePolicy(id: "a.com@2012-01-02", domain: "a.com", year: 2012, title: "Data Retention",
                   sentences: ["We retain your data for one year.", "We sell nothing.", "Cookies are small files."]),
        makePolicy(id: "shop.b.org@2014-01-02", domain: "shop.b.org", year: 2014, title: "Sharing",
                   sentences: ["We sell your data to partners.", "We retain logs."]),
        makePolicy(id: "c.de@2016-01-02", domain: "c.de", year: 2016, language: "de", title: "Datenschutz",
                   sentences: ["Wir speichern Daten.", "sells selling"]),
    ]

    static let annotations: [String: IndexAnnotations] = [
        "a.com@2012-01-02": IndexAnnotations(
            categories: [SentenceAddress(section: 1, block: 0, sentence: 0): ["Data Retention"],
                         SentenceAddress(section: 1, block: 1, sentence: 0): ["Third Party Sharing/Collection"]],
            answers: ["sells-data": "No"]),
        "shop.b.org@2014-01-02": IndexAnnotations(
            categories: [SentenceAddress(section: 1, block: 0, sentence: 0): ["Third Party Sharing/Collection"],
                         SentenceAddress(section: 1, block: 1, sentence: 0): ["Data Retention"]],
            answers: ["sells-data": "yes"]),
    ]

    func index() async -> PolicyIndex {
        await PolicyIndex.build(policies: Self.policies, annotations: Self.annotations)
    }

    func ids(_ index: PolicyIndex, _ query: String) throws -> [String] {
        try index.search(query, limit: 50).map { "\($0.policyID.prefix(1))\($0.blockIndex)" }
    }

    @Test func categoryByLabelAndAlias() async throws {
        let index = await index()
        #expect(try ids(index, #"category:"Data Retention""#) == ["a0", "s1"])
        #expect(try ids(index, "category:retention") == ["a0", "s1"])
        #expect(try ids(index, "category:third sell") == ["s0", "a1"] || ids(index, "category:third sell") == ["a1", "s0"])
        #expect(try ids(index, "retain -category:retention").isEmpty)
        #expect(throws: QueryError.unknownCategory("colour", known: ["Data Retention", "Third Party Sharing/Collection"])) {
            try index.search("category:colour")
        }
    }

    @Test func metadataAndAnswerFilters() async throws {
        let index = await index()
        #expect(try ids(index, "sell domain:a.com") == ["a1"])
        #expect(try ids(index, "sell domain:b.org") == ["s0"]) // sub-domains match
        #expect(try ids(index, "data year:2013..2015") == ["s0"])
        #expect(try ids(index, "year:..2012") == ["a0", "a1", "a2"])
        #expect(try ids(index, "sell answer:sells-data=no") == ["a1"])
        #expect(try ids(index, "sell answer:sells-data=YES") == ["s0"])
        #expect(try ids(index, "sell (domain:a.com OR domain:c.de)") == ["a1"])
    }

    @Test func nonEnglishPoliciesAreNotStemmed() async throws {
        let index = await index()
        let hits = try index.search("sell", limit: 10)
        #expect(!hits.contains { $0.policyID.hasPrefix("c.de") })
        #expect(try index.search("sells", limit: 10).contains { $0.policyID.hasPrefix("c.de") })
    }

    @Test func titleFieldBoostsAndTiesGoToPolicyOrder() async throws {
        let index = await index()
        // "retain" occurs once in a.com (section "Data Retention") and once in shop.b.org.
        let retention = try index.search("retain* OR retention", limit: 10)
        #expect(retention.first?.policyID.hasPrefix("a.com") == true)
        // "sell" alone in a.com ("We sell nothing.", 3 words) vs longer sentence: shorter wins.
        let ties = try index.search("we", limit: 10)
        let equal = ties.filter { $0.score == ties[0].score }
        #expect(equal.map(\.policyIndex) == equal.map(\.policyIndex).sorted())
    }

    @Test func snippetMarksAndCutsLongSentences() {
        let long = String(repeating: "word ", count: 80) + "privacy matters " + String(repeating: "tail ", count: 80)
        let start = long.unicodeScalars.count - 16 - 400
        let snippet = Snippet.make(sentence: long, matches: [TextRange(start: start, end: start + 7)])
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
        #expect(snippet.text.unicodeScalars.count <= Snippet.maxLength + 2)
        #expect(snippet.marked().contains("«privacy»"))
    }

    @Test func sectionJumpIsFuzzy() async throws {
        let index = await index()
        #expect(index.sections(matching: "retention", limit: 5).first?.titlePath == ["Data Retention"])
        #expect(index.sections(matching: "retension", limit: 5).first?.titlePath == ["Data Retention"])
        #expect(index.sections(matching: "dr", limit: 5).first?.titlePath == ["Data Retention"])
        #expect(index.sections(matching: "shar", limit: 5).map(\.policyID) == ["shop.b.org@2014-01-02"])
        #expect(index.sections(matching: "zzzz", limit: 5).isEmpty)
    }

    @Test func footprintIsCounted() async {
        let index = await index()
        #expect(index.footprint.total > 0)
        #expect(index.footprint.postings > 0)
        #expect(index.textByteCount > 0)
    }
}
