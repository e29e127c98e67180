/// Words that policy headings use ("Information we collect", "Cookies", "Your choices") and
/// article titles rarely do; matched as lowercase substrings.
enum PolicyVocabulary {
    static let headingWords: [String] = [
        "information", "data", "cookie", "collect", "share", "sharing", "disclos", "contact", "changes",
        "security", "secure", "children", "child", "rights", "choice", "consent", "access", "retention", "retain",
        "third part", "third-part", "opt", "personal", "your", "policy", "privacy statement", "privacy notice",
        "tracking", "advertis", "links", "safe harbor", "questions", "updates", "use of", "how we use", "we use",
        "protect", "storage", "transfer", "email", "e-mail", "account", "terms", "legal", "compliance",
    ]
}
