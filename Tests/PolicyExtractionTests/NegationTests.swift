import Testing
@testable import PolicyExtraction

@Suite("Polarity: negation, exceptions, conditions")
struct NegationTests {
    @Test func plainDenialIsNegated() throws {
        let a = Fixtures.attributes("We do not sell your personal information.")
        #expect(try #require(a.first(.action(.sell))).negated)
    }

    @Test func neverAndContractionsNegate() throws {
        #expect(try #require(Fixtures.attributes("We will never share your data with advertisers.").first(.action(.share))).negated)
        #expect(try #require(Fixtures.attributes("We don’t rent or sell your e-mail address.").first(.action(.sell))).negated)
        #expect(try #require(Fixtures.attributes("Your information will not be sold, exchanged, or given to any other company.").first(.action(.sell))).negated)
    }

    /// "whether" set off by commas is an aside, not a condition (losant.com); "whether" that
    /// opens the clause still is ("you choose whether or not to...", "whether you do not...").
    @Test func anAsideWithWhetherKeepsTheDenial() throws {
        let aside = Fixtures.attributes("Your information, whether public or private, will not be sold, exchanged, transferred, or given to any other company.")
        #expect(try #require(aside.first(.action(.sell))).negated)
        let condition = Fixtures.attributes("You decide whether we do not share your profile with advertisers.")
        #expect(try !#require(condition.first(.action(.share))).negated)
    }

    @Test func affirmationIsNotNegated() throws {
        #expect(try !#require(Fixtures.attributes("We may sell your personal information to marketers.").first(.action(.sell))).negated)
    }

    @Test func exceptionClauseIsPositiveAndFlagsTheDenial() throws {
        let a = Fixtures.attributes("We do not share your information with third parties, except as required by law.")
        let share = try #require(a.first(.action(.share)))
        #expect(share.negated)
        #expect(share.hasException)
        #expect(try !#require(a.first(.purpose(.legal))).negated)
    }

    @Test func otherThanCarvesOutRecipients() throws {
        let a = Fixtures.attributes("We do not give your information to anyone other than our service providers.")
        #expect(try !#require(a.first(.thirdParty(.serviceProviders))).negated)
    }

    @Test func doesNotIncludeIsAnException() throws {
        let a = Fixtures.attributes("This does not include trusted third parties who assist us in operating our website.")
        #expect(try !#require(a.first(.thirdParty(.serviceProviders))).negated)
    }

    @Test func notLimitedToDeniesNothing() throws {
        let a = Fixtures.attributes("We collect information including, but not limited to, your IP address and browser type.")
        #expect(try !#require(a.first(.dataType(.device))).negated)
        #expect(try !#require(a.first(.action(.collect))).negated)
    }

    @Test func conditionalNegationIsNotADenial() throws {
        let a = Fixtures.attributes("If you do not wish to receive newsletters, you can unsubscribe at any time.")
        #expect(try !#require(a.first(.choice(.unsubscribe))).negated)
        #expect(try !#require(a.first(.purpose(.marketing))).negated)
    }

    @Test func doNotTrackIsAPhraseNotANegation() throws {
        let honours = Fixtures.attributes("We honor Do Not Track signals from your browser.")
        #expect(try !#require(honours.first(.action(.honorDoNotTrack))).negated)
        let ignores = Fixtures.attributes("We do not respond to Do Not Track signals.")
        #expect(try #require(ignores.first(.action(.honor))).negated)
    }

    @Test func negationStopsAtTheClauseBoundary() throws {
        let a = Fixtures.attributes("We do not sell your data; we share it with service providers.")
        #expect(try #require(a.first(.action(.sell))).negated)
        #expect(try !#require(a.first(.thirdParty(.serviceProviders))).negated)
    }
}
