import Testing
@testable import PolicyExtraction

/// The not-a-policy detector on small pages that are not privacy policies, and on unusual but
/// real policies (no headings, FAQ style, third person, very short).
@Suite("Not-a-policy: fixtures on both sides of the line")
struct StatusFixtureTests {
    /// A news article: English prose with no privacy practice in it.
    static let newsArticle = """
        # City council approves new bus lanes

        The council voted seven to two on Tuesday to add bus lanes on three downtown avenues. \
        Supporters said the lanes would cut commute times for thousands of riders. \
        Shop owners on Main Street worried that fewer parking spaces would hurt business. \
        The transit agency expects construction to begin in the spring and to last four months. \
        A similar project across the river was finished last year ahead of schedule. \
        The mayor is expected to sign the measure next week.
        """

    @Test func aNewsArticleIsNotAPolicy() throws {
        let p = try Fixtures.practices(Self.newsArticle)
        #expect(p.status.name == "not-a-policy", "\(p.status.explanation)")
    }

    @Test func aProductPageIsNotAPolicy() throws {
        let p = try Fixtures.practices("""
        # TrailRunner 3 headlamp

        ## Features

        Four hundred lumens on a single charge, with a red night mode that keeps your eyes adjusted. \
        The strap is soft, washable and stays put on steep descents.

        ## Battery

        The built-in battery charges over USB-C in two hours and lasts up to forty hours on the low setting.

        ## What's in the box

        One headlamp, one strap, one charging cable and a quick start guide.

        ## Reviews

        Runners love how light it is. Four point eight stars from over two thousand buyers.
        """)
        #expect(p.status.name == "not-a-policy", "\(p.status.explanation)")
    }

    @Test func termsOfServiceAreNotAPrivacyPolicy() throws {
        let p = try Fixtures.practices("""
        # Terms of Service

        ## Acceptance of these terms

        By using the service you agree to be bound by these terms. If you do not agree, do not use the service.

        ## Prohibited conduct

        You may not reverse engineer the software, resell the service, or use it to break the law. \
        You may not impersonate another person or interfere with the operation of the service.

        ## Intellectual property

        The service and its original content remain the exclusive property of the company and its licensors.

        ## Termination

        We may suspend or terminate the service at any time, without notice, for conduct that violates these terms.

        ## Disclaimer of warranties

        The service is provided as is and as available, without warranties of any kind.

        ## Limitation of liability

        In no event shall the company be liable for indirect, incidental or consequential damages.

        ## Governing law

        These terms are governed by the laws of the State of California, without regard to conflict of law rules.
        """)
        #expect(p.status.name == "not-a-policy", "\(p.status.explanation)")
    }

    @Test func aPolicyWithoutHeadingsIsAPolicy() throws {
        let p = try Fixtures.practices("""
        This policy explains what we do with your information. We collect your name and e-mail address when \
        you register. We use cookies to remember your preferences. We do not sell your personal information. \
        We may disclose information when required by law. You can delete your account at any time.
        """)
        #expect(p.status == .policy, "\(p.status.explanation)")
    }

    @Test func aThirdPersonFAQPolicyIsAPolicy() throws {
        let p = try Fixtures.practices("""
        # Toolbox - Privacy

        ## What information does Toolbox read on my computer?

        Toolbox reads the source files in the folders you enable. When you type in your editor, Toolbox \
        receives information about each change you make.

        ## What information does Toolbox send over the network?

        Toolbox sends the contents of enabled files and your usage information to its servers.

        ## How is this traffic secured?

        All traffic goes over https.
        """)
        #expect(p.status == .policy, "\(p.status.explanation)")
    }

    @Test func aVeryShortPolicyIsAPolicy() throws {
        let p = try Fixtures.practices("""
        # Privacy

        We do not collect personal information. Our web server keeps logs of IP addresses for seven days to \
        fight abuse, then deletes them. We use no cookies.
        """)
        #expect(p.status == .policy, "\(p.status.explanation)")
    }
}
