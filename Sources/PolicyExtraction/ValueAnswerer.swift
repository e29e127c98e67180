import PolicyClassifier

/// Answers the questions whose values are found rather than decided: the minimum age, the
/// change-notice channels, the frameworks cited and the privacy e-mail addresses.
struct ValueAnswerer {
    let facts: SentenceEvidence

    /// The answer of one kind.
    func answer(_ kind: ValueAnswer) -> Answer {
        switch kind {
        case .minimumAge: minimumAge()
        case .changeNotice: changeNotice()
        case .frameworks: frameworks()
        case .privacyContacts: privacyContacts()
        }
    }

    /// The stated minimum age: the minimum age to use the service, or the age under which it
    /// knowingly collects no data. An age counts only in a sentence about children (in the
    /// sentence or its headings) or classified as specific audiences that states such a limit
    /// ("must be at least", "not intended for", "do not knowingly collect"): "users under 18 are
    /// not shown ads" states none. When several apply, the lowest, and ages stated only for other
    /// regions ("16 in the EEA") give way to the others.
    func minimumAge() -> Answer {
        var candidates: [(age: Int, score: Double, sentence: Int, foreign: Bool)] = []
        for (i, sentence) in facts.sentences.enumerated() {
            let ages = sentence.attributes.compactMap { m -> (age: Int, end: Int)? in
                if case .age(let a) = m.attribute { return (a, m.range.end) }; return nil
            }
            guard !ages.isEmpty else { continue }
            let audience = Double(sentence.score(.internationalSpecificAudiences))
            let aboutChildren = !facts.matches(i, ValueAnswerCues.childrenContext).isEmpty || facts.contextHas(i, ValueAnswerCues.childrenContext)
            guard aboutChildren || audience >= 0.5 else { continue }
            let lowered = sentence.text.lowercased()
            let explicit = ValueAnswerCues.containsPhrase(lowered, ValueAnswerCues.explicitMinimumAge)
            guard explicit || ValueAnswerCues.containsPhrase(lowered, ValueAnswerCues.minimumAge) else { continue }
            let foreign = ValueAnswerCues.containsPhrase(lowered, ValueAnswerCues.otherRegions)
            let score = 0.45 + 0.3 * audience + (explicit ? 0.35 : 0.2) + (aboutChildren ? 0.1 : 0)
            // An age followed by its own region ("under the age of 13 in the United States, under
            // the age of 11 in Thailand") applies there only.
            let regions = ages.map { Self.region(after: $0.end, in: sentence) }
            let namesUS = regions.contains(.us)
            for (age, region) in zip(ages.map(\.age), regions) {
                candidates.append((age, score, i, region == .other || (region == nil && foreign && !namesUS)))
            }
        }
        if candidates.contains(where: { !$0.foreign }) { candidates.removeAll(where: \.foreign) }
        let lowest = candidates.map(\.age).min()
        guard let lowest, let best = candidates.filter({ $0.age == lowest }).max(by: { $0.score < $1.score }) else {
            return notStated(.childrenMinAge)
        }
        return Answer(
            question: .childrenMinAge, value: .integer(best.age), confidence: YesNoAnswerer.rounded(best.score),
            evidence: [facts.evidence(best.sentence, negated: false)])
    }

    enum Region { case us, other }

    /// The region named right after an age (up to the next comma, semicolon or bracket), if any.
    static func region(after end: Int, in sentence: AnalyzedSentence) -> Region? {
        let scalars = Array(sentence.text.lowercased().unicodeScalars)
        let from = min(scalars.count, max(0, end - sentence.range.start))
        let tail = scalars[from...].prefix { !",;)(".unicodeScalars.contains($0) }.prefix(40)
        let text = String(String.UnicodeScalarView(tail))
        if ValueAnswerCues.containsPhrase(text, ValueAnswerCues.unitedStates) { return .us }
        if ValueAnswerCues.containsPhrase(text, ValueAnswerCues.otherRegions) { return .other }
        return nil
    }

    /// Channels named in sentences about policy changes (by the classifier, or under a heading
    /// about changes).
    func changeNotice() -> Answer {
        var strength: [ChangeChannel: Double] = [:]
        var evidence: [(Int, Double)] = []
        for (i, sentence) in facts.sentences.enumerated() {
            guard sentence.attributes.contains(where: { if case .changeChannel = $0.attribute { true } else { false } }) else { continue }
            let title = sentence.sectionPath.last?.lowercased() ?? ""
            // "How to make changes to your information" ("How do I change my personal
            // information?", "How You Can View, Change, or Remove Information") is about the
            // user's data, not the policy.
            let words = title.split(whereSeparator: { !$0.isLetter })
            let aboutUsersData = (title.contains("your") || words.contains("my")
                || ValueAnswerCues.userDataActionWords.contains { words.contains(Substring($0)) })
                && !ValueAnswerCues.policyWords.contains { title.contains($0) }
            let heading = ValueAnswerCues.changeHeadingWords.contains { title.contains($0) } && !aboutUsersData
                && !ValueAnswerCues.ownershipChangeWords.contains { title.contains($0) }
                ? YesNoAnswerer.headingSupport : 0
            let support = max(Double(sentence.score(.policyChange)), heading)
            guard support >= 0.35 else { continue }
            var found = false
            for match in sentence.attributes {
                guard case .changeChannel(let channel) = match.attribute, !match.negated else { continue }
                strength[channel] = 1 - (1 - (strength[channel] ?? 0)) * (1 - support)
                found = true
            }
            if found { evidence.append((i, support)) }
        }
        let channels = ChangeChannel.allCases.filter { (strength[$0] ?? 0) >= 0.4 }
        guard !channels.isEmpty else { return notStated(.changeNotice) }
        return Answer(
            question: .changeNotice, value: .list(channels.map(\.rawValue)),
            confidence: YesNoAnswerer.rounded(channels.map { strength[$0]! }.min()!),
            evidence: evidence.sorted { $0.1 > $1.1 }.prefix(YesNoAnswerer.evidenceLimit).map { facts.evidence($0.0, negated: false) })
    }

    /// Frameworks, seals and laws named anywhere (and not denied), in sentences or headings;
    /// a heading's evidence is the first sentence under it.
    func frameworks() -> Answer {
        var first: [Framework: Int] = [:]
        for (i, sentence) in facts.sentences.enumerated() {
            for match in sentence.attributes {
                if case .framework(let f) = match.attribute, !match.negated || Self.laws.contains(f), first[f] == nil { first[f] = i }
            }
            for f in Framework.allCases where first[f] == nil && facts.context[i].contains(.exact(.framework(f))) {
                first[f] = i
            }
        }
        let cited = Framework.allCases.filter { first[$0] != nil }
        guard !cited.isEmpty else { return notStated(.frameworks) }
        let sentences = Array(Set(cited.map { first[$0]! })).sorted()
        return Answer(
            question: .frameworks, value: .list(cited.map(\.rawValue)), confidence: 0.9,
            evidence: sentences.prefix(YesNoAnswerer.evidenceLimit + 1).map { facts.evidence($0, negated: false) })
    }

    /// Laws, cited even in a denial ("purposes that do not require an option to limit under
    /// California law"); a program or seal denied ("we do not participate in the Privacy
    /// Shield") is not claimed.
    static let laws: Set<Framework> = [.gdpr, .ccpa, .coppa, .caloppa]

    /// E-mail addresses given for privacy questions (never a regulator's). Each address is scored by its best
    /// sentence: the classifier's privacy-contact score, privacy words or contact wording in the
    /// sentence, a contact or privacy heading, the policy's own domain; an address offered only
    /// for marketing choices (opting out, unsubscribing) scores low. Addresses close to the best
    /// are kept, best first.
    func privacyContacts() -> Answer {
        var best: [String: (score: Double, sentence: Int)] = [:]
        var order: [String] = []
        for (i, sentence) in facts.sentences.enumerated() {
            let emails = sentence.attributes.compactMap { m -> String? in if case .email(let e) = m.attribute { return e }; return nil }
            guard !emails.isEmpty else { continue }
            let base = sentenceContactScore(i)
            guard base > 0 else { continue }
            for e in emails where !isOtherDesk(e) || namesPrivacy(i) {
                let score = min(1, base + (isOwnAddress(e) ? 0.1 : 0))
                if best[e] == nil { order.append(e) }
                if score > best[e]?.score ?? -1 { best[e] = (score, i) }
            }
        }
        guard let top = best.values.map(\.score).max() else { return notStated(.privacyContact) }
        // An address named for privacy ("dpo@") is kept from any sentence that offers it.
        let kept = order.filter { best[$0]!.score >= top - Self.contactMargin || isPrivacyDesk($0) }
            .sorted { best[$0]!.score > best[$1]!.score }
        var sentences: [Int] = []
        for e in kept where !sentences.contains(best[e]!.sentence) { sentences.append(best[e]!.sentence) }
        return Answer(
            question: .privacyContact, value: .list(kept), confidence: YesNoAnswerer.rounded(top),
            evidence: sentences.prefix(YesNoAnswerer.evidenceLimit).map { facts.evidence($0, negated: false) })
    }

    /// How far below the best address another may score and still be listed.
    static let contactMargin = 0.2

    /// Whether address `e` is a desk for other business (``ValueAnswerCues/otherDeskLocalParts``).
    private func isOtherDesk(_ e: String) -> Bool {
        let local = e.prefix { $0 != "@" }
        return ValueAnswerCues.otherDeskLocalParts.contains { local.hasPrefix($0) }
    }

    /// Whether address `e` is named for privacy questions ("privacy@", "dpo@", "gdpr@").
    private func isPrivacyDesk(_ e: String) -> Bool {
        let local = e.prefix { $0 != "@" }
        return ValueAnswerCues.privacyLocalParts.contains { local.hasPrefix($0) }
    }

    /// Whether sentence `i` itself names privacy questions ("privacy", "personal data").
    private func namesPrivacy(_ i: Int) -> Bool {
        let lowered = facts.sentences[i].text.lowercased()
        return ValueAnswerCues.privacyWords.contains(where: lowered.containsPhrase)
    }

    /// How strongly sentence `i` offers its addresses for privacy questions (0 = not at all).
    private func sentenceContactScore(_ i: Int) -> Double {
        let sentence = facts.sentences[i]
        let classifier = Double(sentence.score(.privacyContactInformation))
        let lowered = sentence.text.lowercased()
        let privacy = namesPrivacy(i)
        let cued = !facts.matches(i, ValueAnswerCues.contactContext).isEmpty
        // The nearest heading below the document's title (which names the whole policy).
        let title = sentence.sectionPath.dropFirst().last?.lowercased() ?? ""
        let heading = ValueAnswerCues.contactHeadingWords.contains { title.contains($0) }
        let marketingOnly = facts.has(i, ValueAnswerCues.marketingChoice) && !privacy
        // A regulator's address ("the Information Commissioner's Office ... casework@ico.org.uk")
        // takes complaints about the company, not its privacy questions.
        guard !ValueAnswerCues.regulatorWords.contains(where: lowered.containsPhrase) else { return 0 }
        guard classifier >= 0.3 || privacy || cued || heading else { return 0 }
        var score = 0.45 + 0.35 * classifier + (privacy ? 0.2 : 0) + (cued ? 0.1 : 0) + (heading ? 0.1 : 0)
        if marketingOnly { score -= 0.3 }
        return max(0.05, min(1, score))
    }

    /// Whether address `e` is on the policy's own domain (or shares its name: `apple.com.au`).
    private func isOwnAddress(_ e: String) -> Bool {
        guard let domain = facts.domain?.lowercased(), let at = e.firstIndex(of: "@") else { return false }
        let host = e[e.index(after: at)...]
        let name = domain.split(separator: ".").dropLast().last.map(String.init) ?? domain
        return host == domain || host.hasSuffix("." + domain) || host.split(separator: ".").contains { $0 == name }
    }

    private func notStated(_ question: Question) -> Answer {
        Answer(question: question, value: .notStated, confidence: 0.6, evidence: [])
    }
}
