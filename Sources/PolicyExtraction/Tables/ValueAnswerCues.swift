/// Word lists for the value questions (minimum age, change notices, privacy contacts).
enum ValueAnswerCues {
    /// Words that make an age a stated minimum rather than a passing mention.
    static let minimumAge: [String] = [
        "intended", "directed", "knowingly", "permitted", "allowed", "not designed", "not meant", "may not use",
        "should not", "targeted", "prohibit",
    ]

    /// Words that state the age as a condition of use ("you must be 18 or older"): a firmer
    /// minimum than a children's-data notice ("we do not knowingly collect from under 13").
    static let explicitMinimumAge: [String] = [
        "at least", "must be", "or older", "and older", "or over", "and over", "eligible", "minimum age",
    ]

    /// Words in a sentence or its headings that make an address one for privacy questions.
    static let privacyWords: [String] = ["privacy", "data protection", "personal information", "personal data"]

    /// Heading words of a contact section.
    static let contactHeadingWords: [String] = ["contact", "question", "privacy", "how to reach", "comments"]

    /// Choices about marketing mail: an address given only for them (unsubscribing, opting
    /// out) is not where privacy questions go.
    static let marketingChoice: Set<AttributePattern> = [
        .exact(.choice(.optOut)), .exact(.choice(.unsubscribe)), .exact(.purpose(.marketing)),
    ]

    /// Attributes that make a sentence's e-mail address one for privacy questions.
    static let contactContext: Set<AttributePattern> = [
        .exact(.action(.contact)), .exact(.choice(.contactUs)), .exact(.action(.access)),
        .exact(.action(.correct)), .exact(.action(.delete)),
    ]

    /// Words of a section title about policy changes ("Changes", "Updates to this policy").
    static let changeHeadingWords: [String] = ["change", "updates to", "update to", "revision", "amendment", "modification"]

    /// Attributes that make a sentence speak of children.
    static let childrenContext: Set<AttributePattern> = [.exact(.dataType(.children)), .exact(.framework(.coppa))]
}
