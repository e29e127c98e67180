/// Attributes that, where their phrase overlaps another's and is longer, say what the words mean instead:
/// "geo-location via IP address" is approximate, not precise, location; "protect our rights"
/// is not a security measure; "no method ... is perfectly secure" hedges rather than describes.
enum OverridePatterns {
    /// (the narrower reading, the reading it replaces where their words overlap).
    static let table: [(Attribute, Attribute)] = [
        (.dataType(.approximateLocation), .dataType(.location)),
        (.action(.protectOther), .action(.protect)),
        (.action(.disclaim), .action(.protect)),
        // "trade union membership" is sensitive data, not trading data.
        (.dataType(.sensitive), .action(.sell)),
        // "your Internet Service Provider" is the user's provider, not one of the company's.
        (.thirdParty(.unspecified), .thirdParty(.serviceProviders)),
        // "for our own marketing purposes" is the company's marketing, not the recipients'.
        (.purpose(.ownMarketing), .purpose(.theirMarketing)),
        (.purpose(.ownMarketing), .purpose(.marketing)),
        // "transferred outside of the United States" crosses a border; it names no recipient.
        (.action(.transferAbroad), .thirdParty(.unspecified)),
        // "notify you by placing prominent notice on the Web site" names no e-mail.
        (.changeChannel(.prominentNotice), .changeChannel(.email)),
        (.changeChannel(.posted), .changeChannel(.email)),
        // "its parent site", "our parent company": a parent of the company, not of a child.
        (.thirdParty(.affiliates), .dataType(.children)),
        // "sensitive information (such as a credit card number)" is payment data.
        (.dataType(.financial), .dataType(.sensitive)),
        // "sensitive information (such as login credentials)" is account data, no special category.
        (.dataType(.unspecified), .dataType(.sensitive)),
    ]
}
