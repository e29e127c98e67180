/// Words that policy headings use ("Information we collect", "Cookies", "Your choices") and
/// article titles rarely do; matched as lowercase substrings.
enum PolicyVocabulary {
    static let headingWords: [String] = [
        "information", "data", "cookie", "collect", "share", "sharing", "disclos", "contact", "changes",
        "security", "secure", "children", "child", "privacy rights", "your rights", "choice", "consent", "access",
        "retention", "retain", "third part", "third-part", "opt out", "opt-out", "personal", "policy", "privacy statement", "privacy notice",
        "tracking", "advertis", "safe harbor", "questions", "updates", "how we use", "we use",
        "protect", "storage", "transfer", "email", "e-mail", "privacy policy", "your privacy", "gdpr", "ccpa", "do not track",
    ]

    /// Phrases with which a policy names itself ("this policy", "our privacy notice"): a lead
    /// word, then a noun within two words (after "our", only with "privacy" between).
    static let selfReferenceLeads: Set<String> = ["this", "our"]
    static let selfReferenceNouns: Set<String> = ["policy", "statement", "notice"]

    /// Heading phrases that title a privacy policy.
    static let policyTitles: [String] = [
        "privacy policy", "privacy statement", "privacy notice", "data policy", "data protection policy",
        "privacy and cookie", "privacy & cookie", "privacy pledge", "privacy practices",
    ]

    /// Words addressing the reader ("your data").
    static let secondPerson: Set<String> = ["you", "your", "you're", "you'll", "yours", "you've"]
}
