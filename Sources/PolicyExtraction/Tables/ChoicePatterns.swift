/// Phrases naming each way of exercising a choice.
enum ChoicePatterns {
    static let table: [(ChoiceKind, [String])] = [
        (.optOut, [
            "opt* out", "optout", "choose not to receive", "choose not to", "decline to receive",
            "stop receiving", "no longer wish to receive", "no longer want to receive", "no longer wish",
            "no longer receive", "withdraw ... consent", "opt* out of", "remove ... from ... mailing list*",
            "remove ... from our contact list", "removed from ... list*", "change your ... preferences",
            "change ... marketing preferences", "manage ... preferences", "update your ... preferences",
            // "may send you marketing communications ..., depending on your settings".
            "depending on your ... settings", "depending on your settings", "communication preferences",
            "email preferences", "e mail preferences", "notification settings", "notifications settings", "not to receive", "not wish to receive", "choose whether",
            "you may choose", "you can choose", "option not to", "your choices", "elect not to", "object to", "right to object",
        ]),
        (.optOutLink, [
            "opt* out link*", "unsubscribe link*", "link in ... e mail*", "link in ... email*", "link ... bottom of",
            "click* ... link", "click* here", "click* on ... opt", "instructions ... in ... e mail*",
            "instructions ... in ... email*", "instructions contained in", "instructions included in",
            "following the instructions", "opt out controls", "appropriate box", "link provided",
            "opt out page", "opt out mechanism",
        ]),
        (.unsubscribe, ["unsubscrib*"]),
        (.optOutSignal, [
            "global privacy control", "gpc", "opt out preference signal*", "preference signal*", "opt out signal*",
            "universal opt out mechanism*", "browser signal*", "browser based signal*", "privacy signal*",
            "browser privacy control*", "privacy preference signal*", "similar mechanism*", "similar signal*",
        ]),
        (.browserSettings, [
            "browser settings", "browser ... settings", "browser preferences", "set your browser", "setting your browser",
            "configure your browser", "browser to refuse", "browser to reject", "browser to block", "browser to decline",
            "disable cookies", "reject cookies", "refuse cookies", "block cookies", "decline cookies", "delete cookies",
            "browser help", "browser's help", "turn off cookies", "cookie settings", "set to reject", "set to refuse",
            "browser is set", "browser options", "internet options", "tools menu",
        ]),
        (.contactUs, [
            "contact us", "contacting us", "e mail us", "email us", "emailing us", "e mailing us", "write to us",
            "write us", "call us", "send us", "let us know", "notify us", "contact our", "sending an e mail",
            "sending an email", "by e mail to", "by email to", "mail us", "writing to us", "request to",
        ]),
        (.accountSettings, [
            "account settings", "your account", "logging into", "logging in", "log into", "log in to", "login to",
            "sign in", "account page", "profile page", "control panel", "preferences page", "privacy settings",
            "edit your profile", "my account", "account information page", "your profile", "settings page",
            "user settings", "account preferences", "member center", "preference center",
        ]),
    ]
}
