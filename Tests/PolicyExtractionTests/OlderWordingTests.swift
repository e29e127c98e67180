import Testing
@testable import PolicyExtraction

/// Wordings of policies of the 2000s and 2010s, each with the value a careful reader gives the
/// sentence alone: targeted advertising before the term, transfers implied by Safe Harbor or group
/// companies abroad, keeping without a period, desks that are not privacy contacts, sharing for
/// the recipients' marketing, and data received rather than shared.
@Suite("Answers: wordings of older policies")
struct OlderWordingTests {
    typealias Case = CommonWordingTests.Case

    static let targetedAdvertising: [Case] = [
        Case(question: .targetedAdvertising,
             text: "We may also use cookies to manage our banner advertisements displayed on other websites across the Internet.",
             value: .yes),
        Case(question: .targetedAdvertising, text: "Our advertising partners may show you ads tailored to your interests.", value: .yes),
        Case(question: .targetedAdvertising,
             text: "We use ad networks to serve ads based on your visits to this and other sites.", value: .yes),
        Case(question: .targetedAdvertising,
             text: "We may also use certain information that you provide in order to present you with advertising that you may find interesting.",
             value: .yes),
        Case(question: .targetedAdvertising,
             text: "We may provide our advertisers with information that will enable them to better target ads to specific types of visitors.",
             value: .yes),
        // A choice about it says it is done.
        Case(question: .targetedAdvertising,
             text: "To learn about your choices about not having this information used to target ads to you, please visit the NAI opt-out page.",
             value: .yes),
        // What is not done once the user opts out is done otherwise.
        Case(question: .targetedAdvertising,
             text: "If you opt out of receiving interest-based advertising, data associated with these cookies will not be used.",
             value: .yes),
        Case(question: .targetedAdvertising,
             text: "We do not use your personal information for interest-based advertising.", value: .no),
        Case(question: .targetedAdvertising,
             text: "We will never use the information we collect to target advertising to you.", value: .no),
        // Leaving the site through an ad, and remarks about the web in general, are not the practice.
        Case(question: .targetedAdvertising,
             text: "If you click on a banner advertisement, you will leave our site and go to the advertiser's site.",
             value: .notStated),
        Case(question: .targetedAdvertising,
             text: "Other times, Web sites collect this information to help target advertising and marketing.", value: .notStated),
    ]

    /// Ways to stop marketing, notices of change, and what one's own marketing or a child's
    /// section does not say.
    static let choicesAndNotices: [Case] = [
        // A request that the company not send is the user's choice, not the company's denial.
        Case(question: .optOutMarketing,
             text: "You can request at any time that Example not send future e-mail to you by unsubscribing from the communication.",
             value: .yes),
        Case(question: .optOutMarketing,
             text: "Customers can opt out of being contacted by us at any time by sending an email to support@example.com.",
             value: .yes),
        Case(question: .optOutMarketing,
             text: "Example services may send you marketing communications about its product offerings, depending on your settings.",
             value: .yes),
        Case(question: .changeNotice,
             text: "When we change the policy in a material way a notice will be posted on our website along with the updated privacy policy.",
             value: .list([ChangeChannel.posted.rawValue, ChangeChannel.prominentNotice.rawValue])),
        // A notice on the site, a blog post or a notice posted on a page of the site is prominent;
        // checking the site for changes reads the posted policy.
        Case(question: .changeNotice,
             text: "If we make material changes to this policy, we may notify you on our Website or by email.",
             value: .list([ChangeChannel.email.rawValue, ChangeChannel.prominentNotice.rawValue])),
        Case(question: .changeNotice,
             text: "If the revised version includes a substantial change, we will provide you with 30 days prior notice by posting notice of the change on the Policy Update page of our website.",
             value: .list([ChangeChannel.posted.rawValue, ChangeChannel.prominentNotice.rawValue])),
        Case(question: .changeNotice,
             text: "Our business changes constantly, and this privacy notice may change too; you should check our Web site frequently to see recent changes.",
             value: .list([ChangeChannel.posted.rawValue])),
        // A statement on the front page is prominent; a newsletter that tells of changes is e-mail.
        Case(question: .changeNotice,
             text: "If we make a material change to this policy, we will provide you with additional notice (such as adding a statement to the front page of the Services or sending you a notification).",
             value: .list([ChangeChannel.email.rawValue, ChangeChannel.prominentNotice.rawValue])),
        Case(question: .changeNotice,
             text: "## Changes to this policy\n\nWe may update this privacy policy from time to time. If you wish to receive a notice when these changes take place, you may sign up for our newsletter.",
             value: .list([ChangeChannel.email.rawValue])),
        // A reply to a browser signal named in the sentence before answers Do Not Track; a
        // browser that supports the signal does not.
        Case(question: .doNotTrack,
             text: "Some browsers have a Do Not Track feature that tells websites that you do not want to be tracked. We do not currently respond to such signals.",
             value: .no),
        Case(question: .doNotTrack,
             text: "Most web browsers give you the option to send a Do Not Track signal. We do not take any action in response to this signal.",
             value: .no),
        Case(question: .doNotTrack,
             text: "Your browser may offer a Do Not Track setting. Most browsers support this setting.",
             value: .notStated),
        Case(question: .doNotTrack,
             text: "Your browser may let you send a Do Not Track signal. Many websites do not respond to such signals.",
             value: .notStated),
        // "notify you by" names no channel by itself: publication is posting.
        Case(question: .changeNotice,
             text: "If we make changes to this Privacy Policy we will notify you by publication here.",
             value: .list([ChangeChannel.posted.rawValue])),
        // "notify you by placing" names no e-mail.
        Case(question: .changeNotice,
             text: "For material changes to this statement, we will notify you by placing prominent notice on the Web site.",
             value: .list([ChangeChannel.prominentNotice.rawValue])),
        // Sharing within the group for the company's own marketing is not sharing for the recipients'.
        Case(question: .sharesMarketing,
             text: "We also share customer information within our family of companies for our own marketing purposes unless you advise us not to.",
             value: .notStated),
        Case(question: .sharesMarketing,
             text: "Be assured that Example does not sell or rent your contact information to other marketers.", value: .no),
        Case(question: .sensitiveData,
             text: "When you use our online prescription refill service, you provide us with your prescription number so that we can process your refill request.",
             value: .yes),
        // A key's fingerprint is no biometric; a server's diagnosis is no health data.
        Case(question: .sensitiveData,
             text: "The fingerprint of the directory is published into the Bitcoin block chain periodically.", value: .notStated),
        Case(question: .sensitiveData,
             text: "We log your IP address in order to help diagnose problems with our server.", value: .notStated),
        Case(question: .targetedAdvertising,
             text: "Example displays targeted advertisements based on personal information.", value: .yes),
        // Ad servers that collect through cookies to choose their ads target them; a cookie
        // that only counts visits does not.
        Case(question: .targetedAdvertising,
             text: "Third party advertisers or third party ad servers that place and present advertising on the Web site also may collect information from you via cookies, pixel tags or similar technologies.",
             value: .yes),
        Case(question: .targetedAdvertising,
             text: "We use cookies to count the visitors to our Web site.", value: .notStated),
        Case(question: .collectsDevice,
             text: "Example may also collect certain information from visitors to the Site, such as Internet addresses.", value: .yes),
        Case(question: .collectsFinancial,
             text: "This information is used to establish and maintain customer accounts and billing records.", value: .yes),
        // An address hidden by dots is no address.
        Case(question: .privacyContact,
             text: "For privacy questions, write to priv........@example.com.", value: .notStated),
        // An address spaced against harvesters reads without its spaces; a sentence that
        // follows a dot is no top-level domain.
        Case(question: .privacyContact,
             text: "If you have questions concerning this privacy policy, please contact privacy@ example. com.",
             value: .list(["privacy@example.com"])),
        Case(question: .privacyContact,
             text: "If you have questions concerning this privacy policy, please contact privacy@example. Company staff will answer.",
             value: .notStated),
        // An address written out against harvesters: "AT" and "DOT", or a plain "at" after a
        // word for e-mail; "visit us at" a site is no address.
        Case(question: .privacyContact,
             text: "In case of questions regarding this policy, please contact the Board via contact AT example DOT org.",
             value: .list(["contact@example.org"])),
        Case(question: .privacyContact,
             text: "If you have questions about our privacy practices, please send an e-mail to contact at example.com.",
             value: .list(["contact@example.com"])),
        Case(question: .privacyContact,
             text: "If you have questions about our privacy practices, visit us at example.com or write to our office.",
             value: .notStated),
        // A plain "at" with "dot" spelled out before a common top-level domain.
        Case(question: .privacyContact,
             text: "If you have any questions about this Privacy Policy, please contact us at privacy at example dot com.",
             value: .list(["privacy@example.com"])),
        Case(question: .privacyContact,
             text: "If you have any questions about this Privacy Policy, meet us at the lake dot museum.",
             value: .notStated),
        Case(question: .privacyContact,
             text: "If you have any questions about this Privacy Policy, the current policy is available at example dot com.",
             value: .notStated),
    ]

    static let internationalTransfer: [Case] = [
        Case(question: .internationalTransfer,
             text: "Example Inc. complies with the U.S. – E.U. Safe Harbor Framework as set forth by the U.S. Department of Commerce.",
             value: .yes),
        Case(question: .internationalTransfer,
             text: "We may share some of your personal information with our parent company, our subsidiaries and sister companies around the world.",
             value: .yes),
        Case(question: .internationalTransfer,
             text: "Your personal information may be stored and processed in the United States and other countries.", value: .yes),
        Case(question: .internationalTransfer,
             text: "Your personal information may be transferred to countries outside your country of residence.", value: .yes),
        Case(question: .internationalTransfer,
             text: "We do not transfer your personal data outside the European Economic Area.", value: .no),
        Case(question: .internationalTransfer,
             text: "Millions of people around the world read our newsletter every week.", value: .notStated),
    ]

    static let retention: [Case] = [
        // Keeping, without how long, is not a retention period.
        Case(question: .retention,
             text: "After we receive your request we will remove your information from our active database, but some information may remain in our archives.",
             value: .notStated),
        Case(question: .retention, text: "We also may retain a copy of that customer information in our backup copies.", value: .notStated),
        Case(question: .retention, text: "We retain your information for as long as your account is active.", value: .yes),
        Case(question: .retention,
             text: "All user information is retained in raw form for such time as deemed appropriate by the company.", value: .yes),
        Case(question: .retention,
             text: "We will retain your personal information as necessary in order to comply with our legal obligations.",
             value: .yes),
        // Deleting after a time or on an event, or keeping for an indefinite period, says how long.
        Case(question: .retention, text: "Server logs may persist for an indefinite period.", value: .yes),
        Case(question: .retention, text: "We remove the last octet of IP addresses after 9 months.", value: .yes),
        Case(question: .retention, text: "Your profile information is removed when your account is deleted or upon request.", value: .yes),
        Case(question: .retention, text: "We may remove content that violates these terms at any time.", value: .notStated),
        Case(question: .retention, text: "Some data might remain in our archived records after your account has been deleted.", value: .notStated),
        Case(question: .retention, text: "You can delete your saved searches when you no longer want them.", value: .notStated),
        // A period denied as a limit states it.
        Case(question: .retention,
             text: "After a transaction, your private information (credit cards, financials, etc.) will not be kept on file for more than 60 days.",
             value: .yes),
        Case(question: .retention, text: "We do not keep your payment card number.", value: .notStated),
    ]

    static let sharing: [Case] = [
        Case(question: .sharesMarketing,
             text: "We may share your information with third parties so that they may offer you products and services.", value: .yes),
        Case(question: .sharesMarketing, text: "We may rent or share our mailing list with other companies.", value: .yes),
        Case(question: .sharesMarketing,
             text: "We may share your contact information with our co-branded partners, who may contact you with offers.",
             value: .yes),
        // A denial with a consent exception stays a denial.
        Case(question: .sharesMarketing,
             text: "We do not share your personal information with third parties for their marketing purposes without your consent.",
             value: .no),
        // Data the company receives is not data it shares.
        Case(question: .sharesMarketing,
             text: "Our marketing partners may share information about you with us so that we can offer you products.",
             value: .notStated),
        Case(question: .sellsData, text: "Advertisers may rent us lists of e-mail addresses of their customers.", value: .notStated),
        Case(question: .mergerTransfer,
             text: "If some or all of the business assets of our website are sold or transferred, we would transfer the corresponding customer information.",
             value: .yes),
        Case(question: .sensitiveData,
             text: "When you enter sensitive information (such as a credit card number) on our order forms, we encrypt it.",
             value: .notStated),
        Case(question: .collectsFinancial,
             text: "When you enter sensitive information (such as a credit card number) on our order forms, we encrypt it.",
             value: .yes),
        // What the company receives from third parties is not their tracking; what they collect
        // from the device with their own tools is.
        Case(question: .thirdPartyTracking,
             text: "We may also receive information about you from advertisers and analytics companies.", value: .notStated),
        Case(question: .thirdPartyTracking,
             text: "These partners may collect information directly from your device through their own tools, such as cookies.",
             value: .yes),
        // A parent site or company is the company's relative, not a child's parent: the
        // sentence is about adults' data.
        Case(question: .collectsDevice,
             text: "This site (and its parent site) collects no information about you beyond the data that all web servers collect in the course of normal operations (IP address, pages being loaded, etc).",
             value: .yes),
        // The user's own Internet provider does not act for the company.
        Case(question: .sharesServiceProviders,
             text: "Sometimes this personal information is needed when you sign up with an Internet Service Provider.",
             value: .notStated),
    ]

    @Test(arguments: targetedAdvertising + internationalTransfer + retention + sharing + choicesAndNotices) func readsTheWording(_ c: Case) throws {
        let answer = try QuestionCoverageTests.practices(c.text)[c.question]
        #expect(answer.value == c.value, "\(answer.value) from \(answer.evidence.map(\.text))")
    }


    /// A section on changing one's own information says nothing of how policy changes are told.
    @Test func changesToYourInformationAreNoPolicyNotice() throws {
        let practices = try Fixtures.practices("""
        # Privacy Policy

        We may change this Privacy Policy from time to time, in which case we will post the changes on this website.

        ## How To Make Changes to Your Information

        If you have subscribed to our email newsletters, you may change your subscriber information or unsubscribe at any time.
        """)
        #expect(practices[.changeNotice].value == .list([ChangeChannel.posted.rawValue]))
    }

    /// A question heading in the user's voice ("How do I change my personal information?") is
    /// about the user's data too: its e-mail opt-out names no channel for policy changes.
    @Test func changingMyInformationIsNoPolicyNotice() throws {
        let practices = try Fixtures.practices("""
        # Privacy Policy

        We will post any changes to the privacy policy on the Web sites.

        ## How do I opt out or change my personal information?

        To opt out of further e-mail communications from us, just click on the opt-out controls in the e-mail.
        """)
        #expect(practices[.changeNotice].value == .list([ChangeChannel.posted.rawValue]))
    }

    /// A heading about what users do to their data ("How You Can View, Change, or Remove
    /// Information") is no section about policy changes, though it says "change": the e-mail
    /// there is no channel for them.
    @Test func viewingOrRemovingInformationIsNoPolicyNotice() throws {
        let practices = try Fixtures.practices("""
        # Privacy Policy

        If we make changes to this Privacy Policy we will notify you by publication here.

        ## 6. How You Can View, Change, or Remove Information

        If a user provides your email address to us and you want us to delete your address, you can do so on this help page.
        """)
        #expect(practices[.changeNotice].value == .list([ChangeChannel.posted.rawValue]))
    }

    /// Publication on another page of the site besides the policy's is a notice on the site.
    @Test func publicationOnAnotherPageIsANoticeOnTheSite() throws {
        let practices = try Fixtures.practices("""
        # Privacy Policy

        ## Changes

        If we make changes to this Privacy Policy we will notify you by publication here and on the Site Governance Page.
        """)
        #expect(practices[.changeNotice].value == .list([ChangeChannel.posted.rawValue, ChangeChannel.prominentNotice.rawValue]))
    }

    /// A tax ID is a government ID number; "sensitive information" that is a login is not special.
    @Test func taxIDsAreSensitiveAndLoginsAreNot() throws {
        let tax = try QuestionCoverageTests.practices("We collect data you submit or provide (e.g. name, address, email, phone, fax, photos, tax ID).")
        #expect(tax[.sensitiveData].value == .yes)
        let login = try QuestionCoverageTests.practices("""
        When you enter sensitive information (such as login credentials), we encrypt the transmission of that information using secure socket layer technology (SSL).
        """)
        #expect(login[.sensitiveData].value == .notStated)
        let special = try QuestionCoverageTests.practices("We may collect sensitive information such as your health condition.")
        #expect(special[.sensitiveData].value == .yes)
        let aboutYou = try QuestionCoverageTests.practices("We may collect sensitive information about you when you apply for a loan.")
        #expect(aboutYou[.sensitiveData].value == .yes)
    }

    /// Speech models built or speech recognition improved with users' voices is training on their data.
    @Test func speechModelsBuiltFromUsersVoicesAreTraining() throws {
        let speech = try QuestionCoverageTests.practices("""
        To help the assistant understand the way you speak, speech data is sent to us to build speech models and improve speech recognition.
        """)
        #expect(speech[.aiTraining].value == .yes)
        let service = try QuestionCoverageTests.practices("We offer speech recognition in twelve languages.")
        #expect(service[.aiTraining].value == .notStated)
        let transcribed = try QuestionCoverageTests.practices("We send your voice commands to third-party speech models that transcribe them.")
        #expect(transcribed[.aiTraining].value == .notStated)
    }

    /// Data sold with the business in a merger goes with it: no sale of data; a denial that
    /// names a merger as its exception still denies.
    @Test func dataSoldWithTheBusinessIsNoSale() throws {
        let merger = try QuestionCoverageTests.practices("""
        In the event that we are involved in a bankruptcy, merger, acquisition, reorganization or sale of assets, your information may be sold or transferred as part of that transaction.
        """)
        #expect(merger[.sellsData].value == .notStated)
        #expect(merger[.mergerTransfer].value == .yes)
        let denial = try QuestionCoverageTests.practices("We do not sell your personal information, except as part of a merger or acquisition.")
        #expect(denial[.sellsData].value == .no)
        let businesses = try QuestionCoverageTests.practices("We may sell your information to businesses that want to market to you.")
        #expect(businesses[.sellsData].value == .yes)
    }

    /// "No longer" denies an honouring verb ("we no longer support Do Not Track"), not a need.
    @Test func noLongerSupportingDoNotTrackDeniesIt() throws {
        #expect(try QuestionCoverageTests.practices("We no longer support the Do Not Track browser option.")[.doNotTrack].value == .no)
        let kept = try QuestionCoverageTests.practices("We delete your log data when it is no longer needed, after at most 90 days.")
        #expect(kept[.retention].value == .yes)
    }

    /// Legal disclosures "to address fraud, security or technical issues", the Safe Harbor
    /// principles by name and pages named for security describe no security measure.
    @Test func securityNamedInPassingIsNoMeasure() throws {
        let text = """
        We may disclose your information to comply with a law; to protect the safety of any person; to address fraud, security or technical issues; or to protect our rights.         We comply with the Safe Harbor Privacy Principles of notice, choice, onward transfer, security, data integrity, access, and enforcement.         To learn more, visit the Example Security Help Center.
        """
        #expect(try QuestionCoverageTests.practices(text)[.security].value == .notStated)
        #expect(try QuestionCoverageTests.practices("We use encryption to protect your data in transit.")[.security].value == .yes)
    }

    /// The current version always at an address is a posted notice; a section on a change of
    /// control speaks of mergers, not of changes to the policy.
    @Test func changeNoticesAndChangesOfControl() throws {
        let posted = try Fixtures.practices("""
        # Privacy Policy

        ## Changes to this Policy

        The most current version of the policy will govern our use of your information and will always be at https://example.com/privacy.
        """)
        #expect(posted[.changeNotice].value == .list([ChangeChannel.posted.rawValue]))
        let control = try Fixtures.practices("""
        # Privacy Policy

        ## What happens in the event of a change of control

        Your information such as your name and email address may be among the items sold or transferred to the buyer.
        """)
        #expect(control[.changeNotice].value == .notStated)
    }

    /// A link's text run into the next word ("privacy@example.comor here") is the address alone.
    @Test func anAddressGluedToTheNextWordIsTheAddress() throws {
        let text = "If you have any questions about this Privacy Policy, please contact us at privacy@example.comor here."
        #expect(try QuestionCoverageTests.practices(text)[.privacyContact].value == .list(["privacy@example.com"]))
        #expect(ValueScanners.gluedWord(after: "example.company") == nil)
        #expect(ValueScanners.gluedWord(after: "example.network") == nil)
    }

    /// An address named for privacy is listed with the best, from whatever sentence offers it.
    @Test func privacyNamedAddressIsListed() throws {
        let text = """
        For questions about this Privacy Policy or your personal data, contact privacy@example.com. \
        Example has appointed a Data Protection Officer, reachable at Lakeside Offices, Thorn Business Park, \
        Hereford, HR2 6JT, dpo@example-group.com.
        """
        let value = try QuestionCoverageTests.practices(text)[.privacyContact].value
        #expect(value == .list(["privacy@example.com", "dpo@example-group.com"]) || value == .list(["dpo@example-group.com", "privacy@example.com"]), "\(value)")
    }

    /// A security desk takes privacy questions only when its sentence names them.
    @Test func securityDeskIsNotPrivacyContact() throws {
        let text = """
        If you have any questions about security on our website, you can contact us at security@example.com. \
        For questions about your personal information, please contact privacy@example.com.
        """
        #expect(try QuestionCoverageTests.practices(text)[.privacyContact].value == .list(["privacy@example.com"]))
        let named = "To report a privacy concern or a security issue, e-mail security@example.com."
        #expect(try QuestionCoverageTests.practices(named)[.privacyContact].value == .list(["security@example.com"]))
    }
}
