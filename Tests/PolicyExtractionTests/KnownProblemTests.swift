import Testing
@testable import PolicyExtraction

/// The general rules behind the fixes of the known accuracy problems: approximate location,
/// blanket denials, third-party tracking phrasings, hedging evidence, privacy addresses.
@Suite("Rules for known accuracy problems")
struct KnownProblemTests {
    private func practices(_ extra: String) throws -> PolicyPractices {
        try Fixtures.practices(
            adding: extra, collection: "When you register, we ask for your name and e-mail address. We collect your IP address and browser type.")
    }

    @Test func locationInferredFromIPIsNotPrecise() throws {
        for sentence in [
            "We receive data from third parties (e.g. geo-location via IP address).",
            "We may use your IP address to determine your approximate location.",
            "We infer your general location, such as city and country, from your IP address.",
        ] {
            let p = try practices("## Location\n\n\(sentence)\n")
            #expect(p[.collectsLocation].value == .notStated, "\(sentence)")
        }
        let precise = try practices("## Location\n\nWith your permission we collect the precise location of your device using GPS.\n")
        #expect(precise[.collectsLocation].value == .yes)
        #expect(Fixtures.attributes("geo-location via IP address").has(.dataType(.approximateLocation)))
        #expect(!Fixtures.attributes("geo-location via IP address").has(.dataType(.location)))
    }

    @Test func aBlanketDenialIsNotAMarketingAnswer() throws {
        let blanket = try practices("## Sharing\n\nWe will never pass your personal information to third parties without your consent.\n")
        #expect(blanket[.sharesMarketing].value == .notStated)
        let two = try practices("""
        ## Sharing

        We will never pass your personal information to third parties without your consent.

        We do not share your personal information with other companies.
        """)
        #expect(two[.sharesMarketing].value != .yes)
        #expect(two[.sharesMarketing].confidence <= YesNoAnswerer.indirectConfidence)
        let marketing = try practices("## Sharing\n\nWe do not share your personal information with third parties for their marketing purposes.\n")
        #expect(marketing[.sharesMarketing].value == .no)
        #expect(marketing[.sharesMarketing].confidence > YesNoAnswerer.indirectConfidence)
    }

    @Test func thirdPartyTrackingPhrasings() throws {
        for sentence in [
            "Such third parties may use cookies to help track visitor behavior.",
            "We may allow third party business partners to monitor our sites and to set their cookies on your computer.",
            "These may include third-party web beacons.",
        ] {
            let p = try practices("## Cookies\n\nWe use cookies to remember your preferences. \(sentence)\n")
            #expect(p[.thirdPartyTracking].value == .yes, "\(sentence)")
        }
    }

    @Test func hedgesRankBelowSecurityMeasures() throws {
        let p = try practices("""
        ## Security

        No method of transmission over the Internet, or any method of electronic storage, is 100% secure. \
        We use SSL encryption to protect your personal information. \
        Access to your data is restricted to employees who need it. \
        We store passwords in hashed form on secured servers.
        """)
        #expect(p[.security].value == .yes)
        #expect(!p[.security].evidence.contains { $0.text.contains("100%") }, "\(p[.security].evidence.map(\.text))")
    }

    @Test func protectingRightsIsNotASecurityMeasure() throws {
        let p = try practices("## Disclosure\n\nWe may disclose information to protect our rights, property or safety.\n")
        #expect(p[.security].value == .notStated)
    }

    @Test func privacyContactPrefersPrivacyAddresses() throws {
        let p = try practices("""
        ## Choices

        If you do not wish to receive marketing e-mail from us, you can opt out by writing to marketing@example.com.

        ## Contact Us

        If you have questions about this privacy policy, please contact privacy@example.com.
        """)
        #expect(p[.privacyContact].value == .list(["privacy@example.com"]))
    }

    @Test func editingFilesIsNotEditingYourData() throws {
        let p = try practices("## Editor\n\nThe app receives information about each edit you make in your editor.\n")
        #expect(p[.accessEditDelete].value == .notStated)
    }

    /// The minimum age is the age to use the service or the age under which no data is knowingly
    /// collected; when several apply, the lowest (the rule the 2020s hand readers followed).
    @Test func theLowestStatedLimitIsTheMinimumAge() throws {
        let p = try practices("""
        ## Children

        You must be 18 years of age or older to subscribe. We do not knowingly collect personal information from children under 13.
        """)
        #expect(p[.childrenMinAge].value == .integer(13))
        let use = try practices("## Children\n\nYou must be at least 16 years old to use the service.\n")
        #expect(use[.childrenMinAge].value == .integer(16))
    }

    /// An age with no limit on use or collection is not a minimum age (Spotify: "users under the
    /// age of 18, we do not disclose personal data to marketing partners by default").
    @Test func anAgeThatLimitsSomethingElseIsNoMinimumAge() throws {
        let p = try practices("""
        ## Advertising

        With respect to users under the age of 18, we do not disclose personal data to marketing partners by default.
        """)
        #expect(p[.childrenMinAge].value == .notStated)
        let regional = try practices("""
        ## Children

        You must be at least 13 years old to use the service. In the EEA you must be at least 16 years old to use the service.
        """)
        #expect(regional[.childrenMinAge].value == .integer(13))
    }
}
