/// Word lists for the value questions (minimum age, change notices, privacy contacts).
enum ValueAnswerCues {
    /// Words that make an age a stated minimum rather than a passing mention.
    static let minimumAge: [String] = [
        "intended", "directed", "knowingly", "permitted", "allowed", "not designed", "not meant", "may not use",
        "should not", "targeted", "prohibit", "prohibits", "prohibited", "do not use", "not use", "not to use", "cannot use", "can't use",
        "not eligible", "to use", "to create an account", "to register", "to sign up", "age requirement",
        "age limit", "do not collect", "don't collect", "not collect", "never collect", "block", "blocks",
        "parental consent", "consent from a parent", "consent of a parent",
    ]

    /// Regions other than the US: an age stated only for them ("16 in the EEA") gives way.
    static let otherRegions: [String] = [
        "eea", "european", "europe", "eu", "united kingdom", "uk", "switzerland", "korea", "japan", "brazil", "india",
        "canada", "quebec", "australia", "china", "indonesia", "thailand", "vietnam", "philippines", "taiwan", "singapore", "country", "countries", "jurisdiction", "jurisdictions",
    ]

    /// The United States, as an age's region is written.
    static let unitedStates: [String] = ["in the united states", "in the u.s", "in the us", "in the usa", "for the united states", "in the u. s"]

    /// Whether `text` (lower-cased) holds one of `phrases` as whole words ("to use" is not in
    /// "to users").
    static func containsPhrase(_ text: String, _ phrases: [String]) -> Bool {
        let scalars = Array(text.unicodeScalars)
        func isLetter(_ i: Int) -> Bool { scalars.indices.contains(i) && scalars[i].properties.isAlphabetic }
        for phrase in phrases {
            let needle = Array(phrase.unicodeScalars)
            guard needle.count <= scalars.count else { continue }
            for start in 0...(scalars.count - needle.count) where scalars[start] == needle[0] {
                if !isLetter(start - 1), !isLetter(start + needle.count), Array(scalars[start..<(start + needle.count)]) == needle {
                    return true
                }
            }
        }
        return false
    }

    /// Words that state the age as a condition of use ("you must be 18 or older"): a firmer
    /// minimum than a children's-data notice ("we do not knowingly collect from under 13").
    static let explicitMinimumAge: [String] = [
        "at least", "must be", "or older", "and older", "or over", "and over", "eligible", "minimum age",
    ]

    /// Words in a sentence or its headings that make an address one for privacy questions.
    static let privacyWords: [String] = [
        "privacy", "data protection", "personal information", "personal data", "dpo", "gdpr", "representative",
    ]

    /// Words naming a data protection regulator: addresses in such a sentence are the regulator's.
    static let regulatorWords: [String] = [
        "data protection authority", "supervisory authority", "data protection commission", "commissioner",
        "regulator", "ombudsman", "attorney general", "protection authority",
    ]

    /// Local parts of addresses for other business than privacy ("security@" reports
    /// vulnerabilities, "abuse@" spam): such an address takes privacy questions only when its
    /// sentence names them.
    static let otherDeskLocalParts: [String] = ["security", "abuse", "copyright", "dmca", "trademark", "phishing", "spoof"]

    /// Local parts of addresses named for privacy questions: such an address is listed with
    /// the best of its policy ("You may contact our DPO at ..., dpo@example.com").
    static let privacyLocalParts: [String] = [
        "privacy", "dpo", "gdpr", "dataprotection", "data.protection", "data-protection", "dataprivacy", "ccpa",
    ]

    /// Heading words of a contact section.
    static let contactHeadingWords: [String] = ["contact", "question", "privacy", "how to reach", "comments"]

    /// Choices about marketing mail: an address given only for them (unsubscribing, opting
    /// out) is not where privacy questions go.
    static let marketingChoice: Set<AttributePattern> = [
        .exact(.choice(.optOut)), .exact(.choice(.unsubscribe)), .exact(.purpose(.marketing)),
        .exact(.purpose(.ownMarketing)),
    ]

    /// Attributes that make a sentence's e-mail address one for privacy questions.
    static let contactContext: Set<AttributePattern> = [
        .exact(.action(.contact)), .exact(.choice(.contactUs)), .exact(.action(.access)),
        .exact(.action(.correct)), .exact(.action(.delete)),
    ]

    /// Words naming the policy itself in a section title ("Changes to this privacy notice").
    static let policyWords: [String] = ["policy", "notice", "statement", "privacy", "terms"]

    /// Words of a section title about policy changes ("Changes", "Updates to this policy").
    static let changeHeadingWords: [String] = ["change", "updates to", "update to", "revision", "amendment", "modification"]

    /// Words of a section title about what users do to their own data ("How You Can View, Change,
    /// or Remove Information"): its "change" is not the policy's.
    static let userDataActionWords: [String] = ["view", "remove", "delete", "deleting", "access", "correct", "edit", "review", "opt"]

    /// Section titles about the company changing hands ("What happens in the event of a change
    /// of control"): their "change" is not the policy's.
    static let ownershipChangeWords: [String] = ["change of control", "change in control", "change of ownership", "change in ownership"]

    /// Attributes that make a sentence speak of children.
    static let childrenContext: Set<AttributePattern> = [.exact(.dataType(.children)), .exact(.framework(.coppa))]
}
