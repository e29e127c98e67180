import Testing
@testable import PolicyExtraction

/// Relations instead of co-occurrence: a verb and its data (or recipient, or period) count
/// together only in one clause, a denial reaches the verbs of its list and stops at the next
/// clause, and values (ages, addresses, laws) are read where they are stated.
@Suite("Answers: clause relations for share, collect and retain")
struct ClauseRelationTests {
    private func practices(_ extra: String) throws -> PolicyPractices {
        try Fixtures.practices(adding: extra, collection: "We ask for your e-mail address when you register.")
    }

    private func clauses(_ sentence: String) -> [String: Int] {
        let tokens = Tokenizer.tokenize(sentence)
        let clauses = ClauseRelations.relationClauses(tokens)
        var out: [String: Int] = [:]
        for (token, clause) in zip(tokens, clauses) where out[token.text] == nil { out[token.text] = clause }
        return out
    }

    @Test func aNewSubjectOrAContrastStartsAClause() {
        let c = clauses("We don't sell your data, and we share your address with partners; however, they may call you.")
        #expect(c["sell"] == c["data"])
        #expect(c["share"] == c["address"])
        #expect(c["sell"] != c["share"])
        #expect(c["however"] != c["share"])
    }

    @Test func conditionsRelativeClausesAndExamplesStayWithTheirVerb() {
        let fronted = clauses("If you have enabled Global Privacy Control and you visit our site, we will honor it.")
        #expect(fronted["global"] == fronted["honor"])
        let relative = clauses("We share data with partners who use it for marketing (such as newsletters), unless you object.")
        #expect(relative["share"] == relative["marketing"])
        #expect(relative["share"] == relative["newsletters"])
        #expect(relative["share"] == relative["unless"])
        let notLimited = clauses("We collect data including, but not limited to, your name.")
        #expect(notLimited["collect"] == notLimited["name"])
        let bracket = clauses("Location data (we don't collect precise location, but infer a region) helps us.")
        #expect(bracket["location"] != bracket["collect"])
        #expect(bracket["helps"] != bracket["collect"])
    }

    /// A data word in another clause than the verb is no evidence: the card number goes to the
    /// payment processor, not to the company.
    @Test func collectingNeedsItsDataInTheClause() throws {
        let p = try practices("## Payments\n\nWe collect your name when you sign up, but your payment card details go directly to our payment processor.\n")
        #expect(p[.collectsFinancial].value == .notStated)
        let q = try practices("## Payments\n\nWe collect your payment card details when you subscribe.\n")
        #expect(q[.collectsFinancial].value == .yes)
    }

    /// A denial stops at the next clause ("…, and we share…") and reaches every verb of its list.
    @Test func aDenialHasAScope() throws {
        let shared = try practices("## Sharing\n\nWe do not sell your personal information, and we share your e-mail address with partners for their own marketing purposes.\n")
        #expect(shared[.sellsData].value == .no)
        #expect(shared[.sharesMarketing].value == .yes)
        let list = Fixtures.attributes("We do not ‘sell’ or ‘share’ your personal information for advertising, collect any ‘sensitive’ personal information, or engage in profiling.")
        #expect(try #require(list.first(.action(.collect))).negated)
        let quoted = try practices("## Your Rights\n\nWe currently do not ‘sell’ or ‘share’ your personal information for targeted advertising purposes, collect any ‘sensitive’ personal information, or engage in any profiling.\n")
        #expect(quoted[.sensitiveData].value == .no)
        let affirmed = Fixtures.attributes("We do not sell your data, we collect it to run the service.")
        #expect(try !#require(affirmed.first(.action(.collect))).negated)
    }

    /// A period is how long data is kept only in the clause of a keeping verb.
    @Test func aRetentionPeriodBelongsToItsVerb() {
        let kept = Fixtures.attributes("We retain your messages for 30 days after you delete them.")
        #expect(kept.contains { $0.attribute.family == .retention })
        let other = Fixtures.attributes("We retain server logs, and you may try the premium plan for 30 days.")
        #expect(!other.contains { $0.attribute.family == .retention })
    }

    /// Identity documents and faces taken to verify who someone is are sensitive data.
    @Test func identityDocumentsAndSelfiesAreSensitive() throws {
        let id = try practices("## Verification\n\nTo verify your account we may ask you for a copy of your ID document or a video selfie.\n")
        #expect(id[.sensitiveData].value == .yes)
        let denial = try practices("## California\n\nWe do not collect or process your sensitive (and potentially sensitive) personal information except where it is strictly necessary.\n")
        #expect(denial[.sensitiveData].value == .no)
    }

    /// A law is cited even inside a denial; the denial still denies its practice.
    @Test func lawsAreCitedInDenials() throws {
        let p = try practices("## Sensitive Information\n\nWe process sensitive personal information only for purposes that do not require an option to limit under California law.\n")
        #expect(p[.frameworks].value == .list(["ccpa"]))
    }

    /// An age followed by its own region applies there only; the US one is the answer.
    @Test func agesByRegion() throws {
        let p = try practices("## Children\n\nWe do not knowingly collect personal data from minors (under the age of 13 in the United States, under the age of 16 in Europe and under the age of 11 in Thailand).\n")
        #expect(p[.childrenMinAge].value == .integer(13))
    }

    /// An address given only as a link's target ("contact us [here](mailto:…)") is a contact.
    @Test func addressesInLinks() throws {
        let p = try practices("## Contact Us\n\nFor questions about your personal data, please contact our data protection officer [here](mailto:dpo@example.com).\n")
        #expect(p[.privacyContact].value == .list(["dpo@example.com"]))
    }

    /// Personal data kept from advertisers denies sharing for their marketing (weakly: it is read
    /// off a broader statement); service providers named as the exception do not undo a denial.
    @Test func marketingDenials() throws {
        let advertisers = try practices("## Sharing\n\nWe don’t share information that personally identifies you with advertisers, such as your name or email, unless you ask us to.\n")
        #expect(advertisers[.sharesMarketing].value == .no)
        let exception = try practices("## Sharing\n\nWe do not share your information with third parties, except where we need to in order to provide the service (e.g., SMS service providers).\n")
        #expect(exception[.sharesMarketing].value != .yes)
    }

    /// A change notice "on our Services" is a notice in the service.
    @Test func noticeOnTheServices() throws {
        let p = try practices("## Changes to This Policy\n\nWhen we make material changes to this Policy, we will notify you on our Services.\n")
        #expect(p[.changeNotice].value == .list(["prominent-notice"]))
    }
}
