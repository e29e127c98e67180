import PolicyExtraction
import PolicyModel
import Testing
@testable import PolicyHistory

/// Trends over small made histories: which version each year reads, and the counts.
@Suite struct TrendsTests {
    static func record(_ doc: String, _ date: String) -> VersionRecord {
        VersionRecord(document: DocumentName(service: doc), date: ArchiveDate(date)!, source: .file(path: "/\(doc)/\(date).md"))
    }

    /// A: 2010-03-01, 2010-11-30, 2012-06-01. B: 2011-12-31, 2013-01-01. Years 2010-2013.
    static let histories = HistoryBuilder.histories([
        record("A", "2010-03-01"), record("A", "2010-11-30"), record("A", "2012-06-01"),
        record("B", "2011-12-31"), record("B", "2013-01-01"),
    ])

    static func sample(_ id: String, words: Int, _ answers: [Question: AnswerValue]) -> (String, TrendSample) {
        let version = histories.flatMap(\.versions).first { $0.id == id }!
        return (id, TrendSample(version: version, words: words, answers: answers.mapValues {
            Answer(question: .cookies, value: $0, confidence: 1, evidence: [])
        }))
    }

    static let samples = Dictionary(uniqueKeysWithValues: [
        sample("A@2010-03-01", words: 100, [.cookies: .yes, .childrenMinAge: .integer(13), .frameworks: .list(["COPPA"])]),
        sample("A@2010-11-30", words: 300, [.cookies: .no, .childrenMinAge: .integer(13), .frameworks: .list(["COPPA", "GDPR"])]),
        sample("A@2012-06-01", words: 500, [.cookies: .yes, .childrenMinAge: .integer(16), .frameworks: .list(["GDPR"])]),
        sample("B@2011-12-31", words: 200, [.cookies: .yes]),
        sample("B@2013-01-01", words: 400, [.cookies: .yes, .childrenMinAge: .integer(18)]),
    ])

    @Test func eachYearReadsTheVersionInForceOn31December() {
        let plan = TrendPlan(Self.histories)
        #expect(plan.years.map(\.year) == [2010, 2011, 2012, 2013])
        #expect(plan.years.map { $0.versions.map(\.id) } == [
            ["A@2010-11-30"],
            ["A@2010-11-30", "B@2011-12-31"],
            ["A@2012-06-01", "B@2011-12-31"],
            ["A@2012-06-01", "B@2013-01-01"],
        ])
        // A@2010-03-01 is in force on no 31 December: never read.
        #expect(plan.distinctVersions.map(\.id) == ["A@2010-11-30", "A@2012-06-01", "B@2011-12-31", "B@2013-01-01"])
        #expect(TrendPlan([]).years.isEmpty)
    }

    @Test func yesNoCountsAndShares() {
        let trends = Trends(TrendPlan(Self.histories), samples: Self.samples)
        #expect(trends.years == [2010, 2011, 2012, 2013])
        #expect(trends.documents[2011] == ["A@2010-11-30", "B@2011-12-31"])
        let y2011 = trends.tally(.cookies, 2011)
        #expect(y2011.bars.map(\.value) == ["yes", "no", "not-stated"])
        #expect(y2011.bars.map(\.count) == [1, 1, 0])
        #expect(y2011.share("yes") == 0.5)
        #expect(y2011.bar("no")?.versions == ["A@2010-11-30"])
        #expect(trends.tally(.cookies, 2013).bars.map(\.count) == [2, 0, 0])
        // A question nobody answered counts every document as not stated.
        #expect(trends.tally(.sellsData, 2012).bars.map(\.count) == [0, 0, 2])
    }

    @Test func agesShareStatedAndMedian() {
        let trends = Trends(TrendPlan(Self.histories), samples: Self.samples)
        let y2011 = trends.tally(.childrenMinAge, 2011)
        #expect(y2011.bars.map(\.value) == ["13", "not-stated"], "only the ages stated that year, then not-stated")
        #expect(y2011.stated == 1 && y2011.total == 2 && y2011.median == 13)
        let y2013 = trends.tally(.childrenMinAge, 2013)
        #expect(y2013.bars.map(\.value) == ["16", "18", "not-stated"])
        #expect(y2013.median == 17, "the mean of the two middle ages")
    }

    @Test func listsCountEachNamedValue() {
        let trends = Trends(TrendPlan(Self.histories), samples: Self.samples)
        // GDPR is named in three year-ends, COPPA in two: GDPR first.
        #expect(trends.tally(.frameworks, 2010).bars.map(\.value) == ["GDPR", "COPPA", "not-stated"])
        #expect(trends.tally(.frameworks, 2010).bars.map(\.count) == [1, 1, 0])
        #expect(trends.tally(.frameworks, 2012).bars.map(\.value) == ["GDPR", "not-stated"])
        #expect(trends.tally(.frameworks, 2012).bars.map(\.count) == [1, 1])
    }

    @Test func medianWordsAndMissingSamples() {
        let trends = Trends(TrendPlan(Self.histories), samples: Self.samples)
        #expect(trends.words == [2010: 300, 2011: 250, 2012: 350, 2013: 450])
        // A version without a sample is left out of its year.
        var fewer = Self.samples
        fewer["B@2011-12-31"] = nil
        let partial = Trends(TrendPlan(Self.histories), samples: fewer, questions: [.cookies])
        #expect(partial.documents[2012] == ["A@2012-06-01"])
        #expect(partial.tally(.cookies, 2012).total == 1)
        #expect(partial.tallies.keys.sorted() == [.cookies])
    }

    @Test func medians() {
        #expect(Trends.median([]) == nil)
        #expect(Trends.median([5]) == 5)
        #expect(Trends.median([9, 1, 4]) == 4)
        #expect(Trends.median([1, 2, 3, 10]) == 2.5)
    }

    @Test func questionKinds() {
        #expect(Question.cookies.kind == .yesNo)
        #expect(Question.childrenMinAge.kind == .number)
        #expect([Question.changeNotice, .frameworks, .privacyContact].allSatisfy { $0.kind == .list })
        #expect(Question.allCases.filter { $0.kind == .yesNo }.count == 22)
    }
}

@Suite struct TrendsDisplayTests {
    @Test func mediansShowAtMostOneDecimal() {
        #expect(Trends.display(13) == "13")
        #expect(Trends.display(783.5) == "783.5")
        #expect(Trends.display(14.25) == "14.3")
    }
}
