import Testing
@testable import PolicyExtraction

/// Wordings of current policies that the tables read, each with the value a careful reader
/// gives the sentence alone.
@Suite("Answers: common wordings of current policies")
struct CommonWordingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var question: Question
        var text: String
        var value: AnswerValue
        var testDescription: String { "\(question.rawValue): \(text.prefix(60))" }
    }

    static let cases: [Case] = [
        // Do Not Track said as "browser requests not to be tracked", denied by what is not changed.
        Case(question: .doNotTrack,
             text: "Please note we do not change system behavior within our platform in response to browser requests not to be tracked.",
             value: .no),
        // Tracking a location is collecting it.
        Case(question: .collectsLocation, text: "We don’t track your precise location.", value: .no),
        // Geolocation read from the IP address is approximate.
        Case(question: .collectsLocation,
             text: "In the last 12 months, we collected the following categories of personal information: geolocation information based on your IP address.",
             value: .notStated),
        // The classic transfer sentence, with its dashes.
        Case(question: .internationalTransfer,
             text: "This information may be transferred to — and maintained on — computers located outside of your state, province, country or other governmental jurisdiction where the data protection laws may differ.",
             value: .yes),
        Case(question: .targetedAdvertising,
             text: "We use your approximate location to display location-based advertisements to you.", value: .yes),
        Case(question: .changeNotice,
             text: "If we make material changes to this Privacy Policy, we will tell you with a message on our website or in our app.",
             value: .list([ChangeChannel.prominentNotice.rawValue])),
        Case(question: .frameworks,
             text: "We do not process sensitive personal information for purposes that require an option to limit under California law.",
             value: .list([Framework.ccpa.rawValue])),
        Case(question: .frameworks,
             text: "If you live in the European Union, you have the right to lodge a complaint with your local supervisory authority.",
             value: .list([Framework.gdpr.rawValue])),
        // Legal bases alone do not name the GDPR.
        Case(question: .frameworks,
             text: "Some jurisdictions require that we state our legal basis for processing data for particular purposes.",
             value: .notStated),
        // A definition of personal data that lists sensitive kinds collects none of them.
        Case(question: .sensitiveData,
             text: "Personal Data means any information relating to you such as a name, an identification number, location data, or factors specific to your physical, genetic, mental or cultural identity.",
             value: .notStated),
        // Advice to the user is not a practice.
        Case(question: .sensitiveData,
             text: "You should not include sensitive personal information in any content or message you post.",
             value: .notStated),
        Case(question: .sensitiveData,
             text: "We collect health information and biometric data when you use the fitness features.", value: .yes),
        // A web address is its site's name, not words of the sentence.
        Case(question: .security, text: "Billing Management: https://secure.example.com/rps/manage/editbilling.php", value: .notStated),
        Case(question: .frameworks,
             text: "If you have an unresolved privacy concern, please contact TRUSTe (https://feedback-form.truste.com/watchdog/request).",
             value: .list([Framework.truste.rawValue])),
        // Authorities named for data protection take no security measure.
        Case(question: .security,
             text: "You have the right to lodge a complaint with the Irish Data Protection Commission.", value: .notStated),
    ]

    @Test(arguments: cases) func readsTheWording(_ c: Case) throws {
        let answer = try QuestionCoverageTests.practices(c.text)[c.question]
        #expect(answer.value == c.value, "\(answer.value) from \(answer.evidence.map(\.text))")
    }

    /// A section for children does not answer for all users: "we don't sell your information"
    /// under "For Children" says nothing of the adults' data.
    @Test func childrensSectionDoesNotAnswerSelling() throws {
        let practices = try Fixtures.practices(adding: """
        ## For Children

        We don't sell your information or share it to target ads based on your activity across different services.
        """)
        #expect(practices[.sellsData].value == .notStated, "\(practices[.sellsData].evidence.map(\.text))")
    }
}
