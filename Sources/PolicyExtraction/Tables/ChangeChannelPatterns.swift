/// Phrases naming how changes to a policy reach users (read only in policy-change sentences).
enum ChangeChannelPatterns {
    static let table: [(ChangeChannel, [String])] = [
        (.posted, [
            "post*", "this page", "update the ... date", "revise the ... date", "revis* the ... date", "date at the top", "updated date", "revision date",
            "last updated", "last modified", "effective date", "review ... frequently", "review ... periodically",
            "periodically review", "periodically check", "check back", "check this", "revisit", "reflected in",
            "reflected on", "indicate ... date", "publish*", "changes will be effective", "on this site",
            "updated policy", "revised policy", "amended policy", "review this", "review it",
            // "will be reflected first within this area of our Web sites"; "notify you by posting".
            "reflected ... within", "notify you by posting", "notify users by posting",
            // "you should check our Web site frequently to see recent changes".
            "check our web site*", "check our website*", "check our site*",
            // "we will notify you by publication here".
            "publication here", "publication on this page", "publication of the",
            // "The most current version of the policy ... will always be at twitter.com/privacy".
            "current version ... will always be", "and will always be at", "will always be available at",
        ]),
        (.email, [
            "e mail*", "email*", "send you", "notify you directly", "notifying you directly", "contact you",
            "notice to you", "mail to", "message to you", "sending you", "notify our users",
            "notify users", "the e mail address",
            // "If you wish to receive a notice when these changes take place, you may sign up for our newsletter".
            "newsletter*", "mailing list*",
        ]),
        (.prominentNotice, [
            "prominent*", "notice on our ... site*", "notice on the ... site*", "notice on this ... site*",
            "notice on our ... website*", "notice on the ... website*", "notice on our ... page",
            "notice on our ... home page", "home page", "homepage", "banner", "notice on our service*",
            "notice through", "notice within", "in app", "pop up", "notice posted on", "conspicuous*",
            "place* notice*", "place* a notice", "notices on", "notice on our site", "notice on the site",
            "notice provided through", "through the platform", "through our services", "through the services",
            "through the app", "in the app", "within the app", "in product", "app notification*", "in app notification*",
            "posting a message on", "posting a notice on", "message on the website", "message on our website",
            "notify you on our service*", "notify you through our service*", "notify you through the service*",
            "notify you via our service*", "notify you in our service*",
            // "a notice will be posted on our website", "by means of a notice on the Service",
            // "we will indicate on our sites that our practices have changed".
            "notice ... posted on", "notice will be posted", "notice on the service*", "by means of a notice",
            "indicate on our site*", "indicate on our web site*", "indicate on our website*",
            "notify you by placing", "notify users by placing",
            // "we may notify you on our Website, by a blog post"; "by posting notice of the change
            // on the 'Policy Update' page of our website".
            "notify you on our web site*", "notify you on our website*", "notify you on our site*",
            "notify you on the web site*", "notify you on the website*", "notify you on the site*",
            "a blog post", "on our blog", "posting notice*", "post notice*",
            // "additional notice (such as adding a statement to r/announcements, the front page of the Services ...)".
            "front page", "adding a statement", "add a statement",
            // "we will notify you by publication here and on the Facebook Site Governance Page":
            // a page of the site besides the policy's own.
            "here and on the ... page", "here and on our ... page",
        ]),
    ]
}
