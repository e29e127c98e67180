import PolicyClassifier

/// Answers the questions whose values are found rather than decided: the minimum age, the
/// change-notice channels, the frameworks cited and the privacy e-mail addresses.
struct ValueAnswerer {
    let facts: SentenceEvidence

    /// The stated minimum age: ages in sentences about children (in the sentence or its
    /// headings) or classified as specific audiences, preferring sentences that state a limit
    /// ("not intended for", "at least"), then the higher age.
    func minimumAge() -> Answer {
        var best: (age: Int, score: Double, sentence: Int)?
        for (i, sentence) in facts.sentences.enumerated() {
            let ages = sentence.attributes.compactMap { m -> Int? in if case .age(let a) = m.attribute { return a }; return nil }
            guard !ages.isEmpty else { continue }
            let audience = Double(sentence.score(.internationalSpecificAudiences))
            let aboutChildren = !facts.matches(i, ValueAnswerCues.childrenContext).isEmpty || facts.contextHas(i, ValueAnswerCues.childrenContext)
            guard aboutChildren || audience >= 0.5 else { continue }
            let lowered = sentence.text.lowercased()
            let statesLimit = ValueAnswerCues.minimumAge.contains { lowered.contains($0) }
            let score = 0.45 + 0.3 * audience + (statesLimit ? 0.25 : 0) + (aboutChildren ? 0.1 : 0)
            for age in ages where best == nil || (score, age) > (best!.score, best!.age) {
                best = (age, score, i)
            }
        }
        guard let best else { return notStated(.childrenMinAge) }
        return Answer(
            question: .childrenMinAge, value: .integer(best.age), confidence: YesNoAnswerer.rounded(best.score),
            evidence: [facts.evidence(best.sentence, negated: false)])
    }

    /// Channels named in sentences about policy changes.
    func changeNotice() -> Answer {
        var strength: [ChangeChannel: Double] = [:]
        var evidence: [(Int, Double)] = []
        for (i, sentence) in facts.sentences.enumerated() {
            let support = Double(sentence.score(.policyChange))
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
                if case .framework(let f) = match.attribute, !match.negated, first[f] == nil { first[f] = i }
            }
            for f in Framework.allCases where first[f] == nil && facts.context[i].contains(Attribute.framework(f).name) {
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

    /// E-mail addresses given for privacy questions: in privacy-contact sentences, or next to
    /// contact, access or opt-out wording (in the sentence or its headings).
    func privacyContacts() -> Answer {
        var addresses: [String] = []
        var sentences: [Int] = []
        var support = 0.0
        for (i, sentence) in facts.sentences.enumerated() {
            let emails = sentence.attributes.compactMap { m -> String? in if case .email(let e) = m.attribute { return e }; return nil }
            guard !emails.isEmpty else { continue }
            let contact = Double(sentence.score(.privacyContactInformation))
            let cued = !facts.matches(i, ValueAnswerCues.contactContext).isEmpty || facts.contextHas(i, ValueAnswerCues.contactContext)
            let privacyWord = sentence.text.lowercased().contains("privacy")
            guard contact >= 0.3 || cued || privacyWord else { continue }
            support = max(support, 0.5 + 0.5 * max(contact, cued ? 0.6 : 0))
            for e in emails where !addresses.contains(e) { addresses.append(e) }
            if !sentences.contains(i) { sentences.append(i) }
        }
        guard !addresses.isEmpty else { return notStated(.privacyContact) }
        return Answer(
            question: .privacyContact, value: .list(addresses), confidence: YesNoAnswerer.rounded(support),
            evidence: sentences.prefix(YesNoAnswerer.evidenceLimit).map { facts.evidence($0, negated: false) })
    }

    private func notStated(_ question: Question) -> Answer {
        Answer(question: question, value: .notStated, confidence: 0.6, evidence: [])
    }
}
