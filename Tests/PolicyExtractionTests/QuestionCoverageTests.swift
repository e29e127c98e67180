import Testing
@testable import PolicyExtraction

/// Every question with a statement that affirms it, one that denies it ("we do not..."), a
/// policy silent on it, and a trap: a sentence that looks relevant and is not (or that is,
/// against appearances). Questions answered yes or not-stated (retention, security, sharing
/// with service providers, third-party tracking, merger transfers, marketing opt-out, access)
/// leave a denial unanswered: never a yes; value questions give the denial's own value.
@Suite("Answers: every question affirmed, denied, silent and trapped")
struct QuestionCoverageTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var question: Question
        var affirmed: String
        var affirmedValue: AnswerValue = .yes
        var denied: String
        var deniedValue: AnswerValue = .no
        var trap: String
        var trapValue: AnswerValue = .notStated
        var trapIsKnownMiss = false
        var testDescription: String { question.rawValue }
    }

    /// A short policy: a title, an introduction and one section holding `text`.
    static func practices(_ text: String) throws -> PolicyPractices {
        try Fixtures.practices("""
        # Privacy Policy

        This privacy policy explains how Example Inc. collects, uses and shares personal information when you use our website and apps.

        ## Details

        \(text)
        """)
    }

    static let silent = "We are a small company based in Springfield. Our website offers recipes and cooking tips."

    static let cases: [Case] = [
        Case(question: .collectsContact,
             affirmed: "When you create an account, we collect your name, email address and phone number.",
             denied: "We do not collect your name, email address or phone number.",
             trap: "You can reach our support team by phone during business hours."),
        Case(question: .collectsFinancial,
             affirmed: "When you buy a subscription, we collect your credit card number and billing address.",
             denied: "We do not collect or store your credit card number or other payment information.",
             trap: "Financial institutions you link to have their own terms."),
        Case(question: .collectsDevice,
             affirmed: "We automatically collect your IP address, browser type and device identifiers.",
             denied: "We do not collect IP addresses, device identifiers or other log data.",
             trap: "You can turn off notifications in your device settings."),
        Case(question: .collectsLocation,
             affirmed: "With your permission, we collect the precise location of your device from GPS.",
             denied: "We do not collect precise geolocation data.",
             trap: "We may infer your approximate location, such as your city, from your IP address."),
        Case(question: .cookies,
             affirmed: "We use cookies to remember your preferences and keep you signed in.",
             denied: "We do not use cookies on this website.",
             trap: "Our cooking tips include a recipe for oatmeal biscuits."),
        Case(question: .webBeacons,
             affirmed: "Our emails contain web beacons (pixel tags) that tell us whether you opened them.",
             denied: "We do not use web beacons, pixel tags or clear GIFs.",
             trap: "Our apps run on Pixel phones and other Android devices."),
        Case(question: .thirdPartyTracking,
             affirmed: "Third-party advertising networks may collect information about your activity on our website using their own cookies.",
             denied: "We do not allow third-party advertising networks or analytics providers to collect information on our website.", deniedValue: .notStated,
             trap: "We receive information about you from third parties such as credit reference agencies."),
        Case(question: .sellsData,
             affirmed: "We may sell your personal information to data brokers.",
             denied: "We do not sell your personal information.",
             trap: "For every event for which we sell tickets, we will need to disclose your name to the venue."),
        Case(question: .sharesServiceProviders,
             affirmed: "We share your information with service providers who process it on our behalf, such as hosting companies.",
             // Only a yes or nothing: a denial leaves it unanswered.
             denied: "We do not share your information with service providers.", deniedValue: .notStated,
             trap: "Our service provides recipes to home cooks."),
        Case(question: .sharesMarketing,
             affirmed: "We may share your email address with third parties for their own marketing purposes.",
             denied: "We do not share your personal information with third parties for their own marketing purposes.",
             trap: "With respect to users under the age of 18, we do not disclose personal data to marketing partners by default."),
        Case(question: .lawEnforcement,
             affirmed: "We may disclose your information when required by law, such as in response to a subpoena or court order.",
             denied: "We never disclose your information to law enforcement agencies.",
             trap: "You must obey all local laws when you use our services."),
        Case(question: .mergerTransfer,
             affirmed: "If we are involved in a merger or acquisition, your information may be transferred to the buyer.",
             denied: "We will never transfer your personal information as part of a merger or acquisition.", deniedValue: .notStated,
             // An exception to a denial of selling is a yes here.
             trap: "We do not sell your personal information, except to a successor in a merger or acquisition.", trapValue: .yes),
        Case(question: .internationalTransfer,
             affirmed: "Your information may be transferred to and processed in countries other than your own, including the United States.",
             denied: "We do not transfer your personal data outside the European Union.",
             trap: "Our offices are located in several countries."),
        Case(question: .optOutMarketing,
             affirmed: "You can unsubscribe from our marketing emails at any time by clicking the link at the bottom of each email.",
             denied: "You cannot opt out of receiving our marketing emails while you have an account.", deniedValue: .notStated,
             trap: "We send service emails about your orders."),
        Case(question: .accessEditDelete,
             affirmed: "You can access, correct or delete your personal information in your account settings.",
             denied: "You cannot delete or correct your personal information once it is submitted.", deniedValue: .notStated,
             // Known miss: a deletion by the company reads as the user's right.
             trap: "We delete spam comments from the recipe pages.", trapIsKnownMiss: true),
        Case(question: .retention,
             affirmed: "We keep your account data for as long as your account is open and delete it within 30 days after you close it.",
             // Only a yes or nothing: saying what is not kept says nothing of how long the rest is.
             denied: "We do not keep voice recordings.", deniedValue: .notStated,
             trap: "Our recipes keep well for up to three days in the fridge."),
        Case(question: .security,
             affirmed: "We protect your data with encryption in transit and at rest, and restrict access to employees who need it.",
             denied: "We do not use encryption.", deniedValue: .notStated,
             trap: "Keep your password secret and choose a strong one."),
        Case(question: .childrenMinAge,
             affirmed: "You must be at least 13 years old to use the service.", affirmedValue: .integer(13),
             // A denial of collection below an age states the age.
             denied: "We do not knowingly collect personal information from children under 16.", deniedValue: .integer(16),
             trap: "With respect to users under the age of 18, we do not disclose personal data to marketing partners by default."),
        Case(question: .doNotTrack,
             affirmed: "We honor Do Not Track signals sent by your browser.",
             denied: "We do not respond to Do Not Track signals.",
             trap: "We honor Global Privacy Control signals as a request to opt out of sales."),
        Case(question: .changeNotice,
             affirmed: "If we make material changes to this policy, we will notify you by email.", affirmedValue: .list(["email"]),
             denied: "We may change this policy from time to time.", deniedValue: .notStated,
             trap: "You can change your email preferences at any time."),
        Case(question: .frameworks,
             affirmed: "We comply with the EU-U.S. Data Privacy Framework.", affirmedValue: .list(["data-privacy-framework"]),
             denied: "We do not participate in any privacy certification program.", deniedValue: .notStated,
             trap: "Our recipes follow the framework of classic French cooking."),
        Case(question: .privacyContact,
             affirmed: "Questions about this privacy policy can be sent to privacy@example.com.", affirmedValue: .list(["privacy@example.com"]),
             denied: "We do not answer privacy questions by email.", deniedValue: .notStated,
             trap: "You can complain to the Information Commissioner's Office, email: casework@ico.org.uk."),
        Case(question: .optOutSignals,
             affirmed: "If your browser sends a Global Privacy Control (GPC) signal, we treat it as a request to opt out of sales.",
             denied: "We do not respond to Global Privacy Control or other browser opt-out preference signals at this time.",
             trap: "We do not respond to Do Not Track signals."),
        Case(question: .targetedAdvertising,
             affirmed: "We use your activity to show you personalized ads based on your interests.",
             denied: "We do not use your personal data for targeted advertising.",
             trap: "We advertise our recipes on billboards."),
        Case(question: .aiTraining,
             affirmed: "We use the content you post to train and improve our machine learning models.",
             denied: "We do not use your personal data or your content to train artificial intelligence models.",
             trap: "Our support team may use automated tools to sort your requests."),
        Case(question: .sensitiveData,
             affirmed: "With your consent we collect biometric information, such as a scan of your face, to verify your identity.",
             denied: "We do not collect sensitive personal information such as health data, racial or ethnic origin or religious beliefs.",
             trap: "We collect crash reports and diagnostic information from your device."),
    ]

    @Test func everyQuestionHasACase() {
        #expect(Set(Self.cases.map(\.question)) == Set(Question.allCases))
    }

    @Test(arguments: cases) func affirmedDeniedSilentAndTrapped(_ c: Case) throws {
        let affirmed = try Self.practices(c.affirmed)[c.question]
        #expect(affirmed.value == c.affirmedValue, "affirmed: \(affirmed.value)")
        if c.affirmedValue.isStated { #expect(!affirmed.evidence.isEmpty) }
        let denied = try Self.practices(c.denied)[c.question]
        #expect(denied.value == c.deniedValue, "denied: \(denied.value)")
        if c.deniedValue == .no { #expect(denied.evidence.first?.negated == true) }
        #expect(try Self.practices(Self.silent)[c.question].value == .notStated)
        let trapped = try Self.practices(c.trap)[c.question]
        withKnownIssue("\(c.question.rawValue): trap") {
            #expect(trapped.value == c.trapValue, "trap: \(trapped.value) from \(trapped.evidence.map(\.text))")
        } when: { c.trapIsKnownMiss }
    }
}
