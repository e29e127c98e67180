import Testing
@testable import PolicyExtraction

/// The questions added for current policies, and the relations that replaced co-occurrence:
/// for each, a positive, a negative ("we do not..."), a silent policy and the traps met on
/// current policies (Spotify, Pinterest, Bluesky, Reddit, LinkedIn in the pga bundle).
@Suite("Answers: questions of the 2020s, relations, traps")
struct QuestionsOf2020sTests {
    private func practices(_ extra: String) throws -> PolicyPractices {
        try Fixtures.practices(adding: extra)
    }

    private static let silent = "## Security\n\nWe use encryption to protect your data.\n"

    /// A question with a policy section that affirms it and one that denies it.
    struct Case: Sendable, CustomTestStringConvertible {
        var question: Question
        var affirmed: String
        var denied: String
        var testDescription: String { question.rawValue }
    }

    static let cases = [
        Case(question: .optOutSignals,
             affirmed: "## Your Choices\n\nIf your browser sends a Global Privacy Control (GPC) signal, we will treat it as a request to opt out of sales.\n",
             denied: "## Your Choices\n\nWe do not respond to Global Privacy Control or other browser opt-out preference signals at this time.\n"),
        Case(question: .targetedAdvertising,
             affirmed: "## Advertising\n\nWe use your activity to show you personalized ads, and you can opt out of interest-based advertising in your settings.\n",
             denied: "## Advertising\n\nWe do not sell or share personal data for the purpose of displaying advertisements selected from your activity (\"Targeted Advertising\").\n"),
        Case(question: .aiTraining,
             affirmed: "## How We Use Information\n\nWe use the content you post to train and improve our machine learning models.\n",
             denied: "## How We Use Information\n\nWe do not use your personal data or your content to train artificial intelligence models.\n"),
        Case(question: .sensitiveData,
             affirmed: "## Information We Collect\n\nWith your consent we collect biometric information, such as a scan of your face, to verify your identity.\n",
             denied: "## Information We Collect\n\nWe do not collect sensitive personal information such as health data, racial or ethnic origin or religious beliefs.\n"),
    ]

    @Test(arguments: cases) func affirmedDeniedAndSilent(_ c: Case) throws {
        #expect(try practices(c.affirmed)[c.question].value == .yes)
        let denied = try practices(c.denied)[c.question]
        #expect(denied.value == .no)
        #expect(denied.evidence.first?.negated == true)
        #expect(try practices(Self.silent)[c.question].value == .notStated)
    }

    /// GPC is not Do Not Track; "DNT signals or similar mechanisms" (Bluesky) covers both.
    @Test func optOutSignalsAreNotDoNotTrack() throws {
        #expect(try practices(Self.cases[0].affirmed)[.doNotTrack].value == .notStated)
        let both = try practices("## Do Not Track\n\nWe currently do not respond to or honor DNT signals or similar mechanisms transmitted by web browsers.\n")
        #expect(both[.doNotTrack].value == .no)
        #expect(both[.optOutSignals].value == .no)
    }

    /// Diagnostics are not health data; a denial of use or disclosure is no denial of collection.
    @Test func sensitiveDataTraps() throws {
        let diagnostics = try practices("## Information We Collect\n\nWe collect crash reports and diagnostic information from your device.\n")
        #expect(diagnostics[.sensitiveData].value == .notStated)
        let use = try practices("""
        ## Identity

        To pay creators we collect your tax details and a government ID.

        ## California

        We do not use or disclose sensitive personal information except to provide you the Services.
        """)
        #expect(use[.sensitiveData].value == .yes)
    }

    @Test func sellingNeedsDataAsWhatIsSold() throws {
        // Spotify and Pinterest: selling tickets, guitars or advertising space is not selling data.
        let tickets = try practices("""
        ## Information we may disclose

        For every event for which we sell tickets, we will need to disclose your name, email or other order details to our event partners.

        We receive data from websites and mobile apps who sell us advertising space on their services.

        For example, if you visit websites that sell electric guitars, we may suggest guitar Pins to you.
        """)
        #expect(tickets[.sellsData].value == .notStated)
        // "Trade union membership" is sensitive data, not trading data (LinkedIn).
        let union = try practices("## Sensitive data\n\nWe do not encourage you to provide data revealing trade union membership or political opinions.\n")
        #expect(union[.sellsData].value == .notStated)
        // What is sold is data: active, coordinated, passive, nominal.
        for sentence in [
            "We do not sell or share your personal information.",
            "We do not sell, rent, or otherwise provide your personal information to third parties.",
            "Your personal data will never be sold to anyone.",
            "We have never engaged in the sale of personal information.",
        ] {
            #expect(try practices("## Sharing\n\n\(sentence)\n")[.sellsData].value == .no, "\(sentence)")
        }
        #expect(try practices("## Sharing\n\nWe may sell your contact information to our partners.\n")[.sellsData].value == .yes)
    }

    @Test func aSaleAsStateLawsDefineItIsASale() throws {
        // Pinterest: "may be considered 'selling'" under state laws says that it sells in that sense.
        let p = try practices("""
        ## Advertising

        Some of these activities may be considered ‘targeted advertising’, ‘sharing’ or ‘selling’, as those terms are defined under certain state privacy laws.
        """)
        #expect(p[.sellsData].value == .yes)
        #expect(p[.sellsData].evidence.first?.text.contains("considered") == true)
        #expect(p[.targetedAdvertising].value == .yes)
        // Exceptions do not turn a no into a yes; a merger is not a sale of data.
        let merger = try practices("## Sharing\n\nWe do not sell personal information, except that it may be transferred in a merger or sale of our business.\n")
        #expect(merger[.sellsData].value == .no)
        #expect(merger[.mergerTransfer].value == .yes)
    }

    @Test func frameworksOfThe2020s() throws {
        let p = try practices("""
        ## International transfers

        We comply with the EU-U.S. Data Privacy Framework, the UK Extension and the Swiss-U.S. Data Privacy Framework.

        ## Your California Privacy Rights

        California residents may request the categories of personal information we disclosed.
        """)
        guard case .list(let items) = p[.frameworks].value else {
            Issue.record("frameworks: \(p[.frameworks].value)")
            return
        }
        #expect(items.contains("data-privacy-framework"))
        #expect(items.contains("ccpa"))
        #expect(!items.contains("privacy-shield"))
    }

    @Test func regulatorsAreNotPrivacyContacts() throws {
        let p = try practices("""
        ## Contact

        Questions about this policy? Email our data protection officer at dpo@example.com.

        In the UK, the relevant data protection authority is the Information Commissioner's Office, email: casework@ico.org.uk.
        """)
        #expect(p[.privacyContact].value == .list(["dpo@example.com"]))
    }

    /// Negation has a scope: the denial covers its own clause, "but" starts another.
    @Test func aDenialCoversItsClauseOnly() throws {
        let p = try practices("## Sharing\n\nWe don't sell your personal information, but we share it with our advertising partners so they can show you ads for their own products.\n")
        #expect(p[.sellsData].value == .no)
        #expect(p[.sharesMarketing].value == .yes)
        let both = try practices("## Sharing\n\nWe do not sell or share your personal information with third parties for their own marketing purposes.\n")
        #expect(both[.sellsData].value == .no)
        #expect(both[.sharesMarketing].value == .no)
    }

    /// Laws cited by their code sections or by the name of their regime.
    @Test func frameworksCitedByCodeSectionOrRegime() throws {
        let p = try practices("""
        ## Legal

        We do not respond to Do Not Track signals, as Cal. Bus. & Prof. Code § 22575(b) requires us to disclose.

        California residents have rights under Cal. Civ. Code § 1798.100 et seq.

        If European Union (EU) or United Kingdom (UK) data protection law applies to the processing of your information, you can ask us for a copy of it.
        """)
        #expect(p[.frameworks].value == .list(["caloppa", "gdpr", "ccpa"]))
        // A section number alone, outside a citation of its code, is still read as the citation:
        // these numbers are not used for anything else in privacy policies.
        #expect(try practices("## Data\n\nWe follow the data protection law of our home state.\n")[.frameworks].value == .notStated)
    }

    /// Precise location is GPS, the device's location services or "precise geolocation";
    /// "location information" alone, or a location derived from the IP address, is not.
    @Test func preciseLocationOnly() throws {
        let precise = try practices("## Location\n\nWith your permission, we may collect precise location-based information from the app.\n")
        #expect(precise[.collectsLocation].value == .yes)
        let device = try practices("## Location\n\nWe may collect the location information of your device when you use location features.\n")
        #expect(device[.collectsLocation].value == .yes)
        let generic = try practices("## Information\n\nWe collect location information, your interests and your purchase history.\n")
        #expect(generic[.collectsLocation].value == .notStated)
        let ip = try practices("## Information\n\nWe use geographical location to determine what localized information to show you.\n")
        #expect(ip[.collectsLocation].value == .notStated)
    }
}
