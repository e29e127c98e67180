/// Phrases that state a retention rule rather than a fixed period ("as long as your account is
/// active", "no longer than necessary").
enum RetentionRulePatterns {
    static let table: [String] = [
        "as long as", "for so long as", "until", "no longer than", "no longer necessary", "no longer needed",
        "as necessary to", "as needed to", "as reasonably necessary", "period of time", "for the duration",
        "required to retain", "retention period*", "deleted after", "delete ... after", "purge* ... after",
    ]
}
