/// Word lists for the value questions (minimum age, change notices, privacy contacts).
enum ValueAnswerCues {
    /// Words that make an age a stated minimum rather than a passing mention.
    static let minimumAge: [String] = [
        "intended", "directed", "at least", "must be", "knowingly", "permitted", "eligible", "allowed",
        "older", "not designed", "not meant", "may not use", "should not", "targeted", "prohibit",
    ]

    /// Attribute names that make a sentence's e-mail address one for privacy questions.
    static let contactContext: Set<String> = [
        Attribute.action(.contact).name, Attribute.choice(.contactUs).name, Attribute.action(.access).name,
        Attribute.action(.correct).name, Attribute.action(.delete).name, Attribute.choice(.optOut).name,
    ]

    /// Attribute names that make a sentence speak of children.
    static let childrenContext: Set<String> = [Attribute.dataType(.children).name, Attribute.framework(.coppa).name]
}
