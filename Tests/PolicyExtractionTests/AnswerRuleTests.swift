import Testing
@testable import PolicyExtraction

/// The answer rules on small inline policies: affirmed, denied and silent versions of each.
@Suite("Answer rules on small policies")
struct AnswerRuleTests {
    private func practices(_ extra: String) throws -> PolicyPractices {
        try Fixtures.practices(adding: extra)
    }

    @Test func sellingAffirmedDeniedAndSilent() throws {
        let sells = try practices("## Sharing\n\nWe may sell or rent your personal information to other companies.\n")
        #expect(sells[.sellsData].value == .yes)
        let denies = try practices("## Sharing\n\nWe do not sell, rent or trade your personal information to anyone.\n")
        #expect(denies[.sellsData].value == .no)
        #expect(denies[.sellsData].evidence.first?.text.contains("do not sell") == true)
        #expect(denies[.sellsData].evidence.first?.negated == true)
        let silent = try practices("## Security\n\nWe use encryption to protect your data.\n")
        #expect(silent[.sellsData].value == .notStated)
        #expect(silent[.sellsData].evidence.isEmpty)
    }

    @Test func contactCollectionFromAListUnderACollectionHeading() throws {
        let p = try Fixtures.practices("""
        # Privacy Policy

        ## What Information Do We Collect?

          * Name, email address, phone number, physical address
          * Billing details for clients

        ## Contact

        Questions about privacy? Write to privacy@example.com.
        """)
        #expect(p[.collectsContact].value == .yes)
        #expect(p[.collectsFinancial].value == .yes)
        #expect(p[.collectsContact].evidence.first?.sectionPath == ["Privacy Policy", "What Information Do We Collect?"])
        #expect(p[.collectsLocation].value == .notStated)
        #expect(p[.privacyContact].value == .list(["privacy@example.com"]))
    }

    @Test func cookiesBeaconsAndThirdPartyTracking() throws {
        let p = try practices("""
        ## Cookies

        We use cookies and web beacons to remember your preferences.

        Third-party advertising networks may place cookies on your browser to collect information about your visits.
        """)
        #expect(p[.cookies].value == .yes)
        #expect(p[.webBeacons].value == .yes)
        #expect(p[.thirdPartyTracking].value == .yes)
        let none = try practices("## Cookies\n\nWe do not use cookies or any other tracking technology on this site.\n")
        #expect(none[.cookies].value == .no)
        #expect(none[.thirdPartyTracking].value == .notStated)
    }

    @Test func sharingQuestions() throws {
        let p = try practices("""
        ## How We Share Information

        We share personal information with service providers who perform services on our behalf.

        We may disclose your information when required by law, such as to comply with a subpoena.

        If we are involved in a merger, acquisition or sale of assets, your information may be transferred to the acquirer.

        We never share your personal information with third parties for their own marketing purposes.
        """)
        #expect(p[.sharesServiceProviders].value == .yes)
        #expect(p[.lawEnforcement].value == .yes)
        #expect(p[.mergerTransfer].value == .yes)
        #expect(p[.sharesMarketing].value == .no)
        let marketing = try practices("## Sharing\n\nWe may share your contact information with our partners for their own marketing purposes.\n")
        #expect(marketing[.sharesMarketing].value == .yes)
    }

    @Test func choicesAccessRetentionSecurity() throws {
        let p = try practices("""
        ## Your Choices

        You may opt out of receiving marketing e-mails by clicking the unsubscribe link in any message.

        ## Access

        You can access, correct or delete your personal information by logging into your account settings.

        ## Retention

        We retain your personal information for as long as your account is active.

        ## Security

        We use SSL encryption and firewalls to protect your personal information.
        """)
        #expect(p[.optOutMarketing].value == .yes)
        #expect(p[.accessEditDelete].value == .yes)
        #expect(p[.retention].value == .yes)
        #expect(p[.security].value == .yes)
        let silent = try practices("")
        for q in [Question.optOutMarketing, .accessEditDelete, .retention, .security, .doNotTrack, .internationalTransfer] {
            #expect(silent[q].value == .notStated, "\(q)")
        }
    }

    @Test func doNotTrackBothWays() throws {
        let no = try practices("## Do Not Track\n\nOur site does not respond to Do Not Track signals from your browser.\n")
        #expect(no[.doNotTrack].value == .no)
        let yes = try practices("## Do Not Track\n\nWe honor Do Not Track signals and do not track users who enable them.\n")
        #expect(yes[.doNotTrack].value == .yes)
    }

    @Test func valueQuestions() throws {
        let p = try practices("""
        ## Children

        Our services are not intended for children under the age of 16, and we comply with COPPA.

        ## Transfers

        Your information may be transferred to and processed in the United States and other countries.

        ## Changes

        We will post any changes to this policy on this page and, for material changes, notify you by email.
        """)
        #expect(p[.childrenMinAge].value == .integer(16))
        #expect(p[.internationalTransfer].value == .yes)
        #expect(p[.frameworks].value == .list(["coppa"]))
        guard case .list(let channels) = p[.changeNotice].value else {
            Issue.record("change-notice: \(p[.changeNotice].value)")
            return
        }
        #expect(channels.contains("posted") && channels.contains("email"))
    }

    @Test func everyQuestionIsAnsweredWithConfidenceInRange() throws {
        let p = try practices("")
        #expect(Set(p.answers.keys) == Set(Question.allCases))
        for answer in p.answers.values {
            #expect((0...1).contains(answer.confidence))
            if answer.value == .notStated { #expect(answer.evidence.isEmpty) }
        }
    }
}
