/// Phrases that state a retention rule rather than a fixed period ("as long as your account is
/// active", "no longer than necessary").
enum RetentionRulePatterns {
    static let table: [String] = [
        "as long as", "for so long as", "until", "no longer than", "no longer necessary", "no longer needed",
        "as necessary to", "as needed to", "as reasonably necessary", "period of time", "for the duration",
        "required to retain", "retention period*", "deleted after", "delete ... after", "purge* ... after",
        // Criteria of older policies: "for such time as deemed appropriate", "as needed for our
        // business purposes", "as required by law", kept "indefinitely".
        "for such time", "as needed for", "as necessary in", "as needed in", "as reasonably needed", "as necessary for", "as required by", "for a period", "for the period",
        "indefinitely", "permanently", "for a limited time", "for a reasonable time", "for a reasonable period",
        "indefinite period", "when your account", "when you close your account",
    ]
}
