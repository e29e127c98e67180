import Testing
@testable import PolicyExtraction

@Suite("Attributes: one test per family")
struct AttributeTests {
    @Test func patternTablesCompile() throws {
        let lexicon = try Lexicon(entries: Lexicon.allEntries)
        #expect(lexicon.matcher.matches(in: Tokenizer.tokenize("third party advertisers")).count >= 2)
        #expect(throws: PatternError.self) { try PhrasePattern("... cookies") }
        #expect(throws: PatternError.self) { try PhrasePattern("co*") }
        #expect(throws: PatternError.self) { try PhrasePattern("") }
    }

    @Test func tokenizerLowercasesAndSplitsHyphens() {
        let tokens = Tokenizer.tokenize("We DON’T e-mail you; ever.")
        #expect(tokens.map(\.text) == ["we", "don't", "e", "mail", "you", ";", "ever"])
        #expect(tokens[2].start == 9 && tokens[3].end == 15)
    }

    /// A web address reads as its site's name: one word per run of its label before the
    /// top-level domain (and before "co." and the like), spanning the whole address.
    @Test func webAddressesReadAsTheirSiteName() {
        let text = "See https://secure.gamespot.com/rps/manage, www.example.co.uk or HTTP://feedback-form.truste.com/x."
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.text) == ["see", "gamespot", ",", "example", "or", "truste"])
        #expect(tokens[1].start == 4 && tokens[1].end == 42)
        // Words that only start like one stay words.
        #expect(Tokenizer.tokenize("we which http www how").map(\.text) == ["we", "which", "http", "www", "how"])
    }

    @Test func dataTypes() {
        let a = Fixtures.attributes(
            "We collect your name, e-mail address, credit card number, IP address, precise location, "
            + "date of birth, health records and photos you upload, using cookies and web beacons.")
        for type in [DataType.contact, .financial, .device, .location, .demographic, .health, .userContent, .cookies, .webBeacons] {
            #expect(a.has(.dataType(type)), "missing \(type)")
        }
        #expect(Fixtures.attributes("We do not knowingly collect data from children under 13.").has(.dataType(.children)))
    }

    @Test func purposes() {
        let a = Fixtures.attributes(
            "We use data to provide the service, for marketing and targeted advertising, to analyze trends, "
            + "to comply with a subpoena, to prevent fraud, and in a merger or acquisition.")
        for purpose in [Purpose.service, .marketing, .advertising, .analytics, .legal, .security, .merger] {
            #expect(a.has(.purpose(purpose)), "missing \(purpose)")
        }
        #expect(Fixtures.attributes("We share lists with partners for their own marketing purposes.").has(.purpose(.theirMarketing)))
        // The company's own marketing is not the recipients'.
        let own = Fixtures.attributes("We share customer information within our family of companies for our own marketing purposes.")
        #expect(own.has(.purpose(.ownMarketing)) && !own.has(.purpose(.theirMarketing)) && !own.has(.purpose(.marketing)))
    }

    @Test func thirdPartyKinds() {
        let a = Fixtures.attributes(
            "We disclose data to service providers, advertisers, our affiliates, law enforcement agencies and "
            + "any acquirer of our business.")
        for kind in [ThirdPartyKind.serviceProviders, .advertisers, .affiliates, .lawEnforcement, .acquirers] {
            #expect(a.has(.thirdParty(kind)), "missing \(kind)")
        }
    }

    @Test func choices() {
        let a = Fixtures.attributes(
            "You may opt out by clicking the unsubscribe link in any e-mail, change your browser settings to refuse "
            + "cookies, contact us, or log into your account settings.")
        for choice in [ChoiceKind.optOut, .optOutLink, .unsubscribe, .browserSettings, .contactUs, .accountSettings] {
            #expect(a.has(.choice(choice)), "missing \(choice)")
        }
    }

    @Test func frameworks() {
        let a = Fixtures.attributes(
            "We follow the EU-US Privacy Shield, the Safe Harbor principles, TRUSTe's seal, COPPA, the California "
            + "Online Privacy Protection Act, the GDPR, the California Consumer Privacy Act and the EU-U.S. Data Privacy Framework.")
        for framework in Framework.allCases {
            #expect(a.has(.framework(framework)), "missing \(framework)")
        }
    }

    @Test func retentionPeriodsNeedARetentionVerb() {
        let a = Fixtures.attributes("We retain log data for thirty (30) days and account data as long as your account is active.")
        let periods = a.compactMap { m -> String? in if case .retentionPeriod(let p) = m.attribute { return p }; return nil }
        #expect(periods.contains("thirty (30) days"))
        #expect(periods.contains { $0.hasPrefix("as long as your account is active") })
        #expect(!Fixtures.attributes("We will respond within 30 days.").contains { $0.attribute.familyWildcard == "retention:*" })
    }

    @Test func agesNeedAgeWords() {
        #expect(Fixtures.attributes("The site is not intended for children under the age of 13.").has(.age(13)))
        #expect(Fixtures.attributes("You must be 18 years of age or older.").has(.age(18)))
        #expect(Fixtures.attributes("You must be at least sixteen to register.").has(.age(16)))
        #expect(!Fixtures.attributes("Call us at 13 Main Street within 18 hours.").contains { $0.attribute.familyWildcard == "age:*" })
    }

    @Test func emailAddressesAndTheirRanges() throws {
        let text = "Write to Privacy@Example.com. or legal@example.co.uk, not to user@localhost."
        let a = Fixtures.attributes(text)
        let emails = a.compactMap { m -> String? in if case .email(let e) = m.attribute { return e }; return nil }
        #expect(emails == ["privacy@example.com", "legal@example.co.uk"])
        let first = try #require(a.first(.email("privacy@example.com")))
        #expect(first.range.slice(of: text) == "Privacy@Example.com")
    }

    @Test func lastUpdatedDates() {
        #expect(Fixtures.attributes("Last updated: April 4, 2013").has(.lastUpdated("April 4, 2013")))
        #expect(Fixtures.attributes("Effective date 2018-05-25.").has(.lastUpdated("2018-05-25")))
        #expect(Fixtures.attributes("Version: October 17, 2014").has(.lastUpdated("October 17, 2014")))
    }

    @Test func changeChannels() {
        let a = Fixtures.attributes("We will post changes on this page and notify you by email or by a prominent notice on our website.")
        for channel in ChangeChannel.allCases {
            #expect(a.has(.changeChannel(channel)), "missing \(channel)")
        }
    }
}
