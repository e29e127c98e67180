/// Answers the yes/no questions of ``AnswerRules`` from sentence evidence.
///
/// Each sentence that meets a rule's requirement gets a strength: the requirement's weight
/// times the classifier's support (the sentence's blended score in the rule's categories,
/// lifted by the rule's floor), lowered when a requirement leaned on headings or when a denial
/// carries exceptions. Strengths of one polarity combine as independent signals
/// (`1 - Π(1 - s)`); the stronger side above ``threshold`` wins, or the denial when the rule
/// says denials win.
struct YesNoAnswerer {
    /// Combined strength needed for a yes or a no.
    static let threshold = 0.4
    /// Evidence sentences shown per answer.
    static let evidenceLimit = 3
    /// Factor for a requirement met with help from headings or a lead-in.
    static let contextFactor = 0.85
    /// Factor for a denial with exceptions ("we do not share ... except...").
    static let exceptionFactor = 0.85
    /// Classifier support credited to a sentence whose heading names the rule's head attribute.
    static let headingSupport = 0.6
    /// Factor for a sentence that hedges ("no method ... is 100% secure"): it stays evidence,
    /// but ranks below plain statements.
    static let hedgeFactor = 0.5
    /// The most confidence an answer resting only on indirect requirements gets.
    static let indirectConfidence = 0.35
    private static let hedge: Set<AttributePattern> = [.exact(.action(.disclaim))]

    let facts: SentenceEvidence

    func answer(_ question: Question, by rule: AnswerRule) -> Answer {
        var positives: [(Int, Double)] = []
        var negatives: [(Int, Double)] = []
        var direct = (positive: false, negative: false)
        var decisive: [(Int, Double)] = []
        for i in facts.sentences.indices where !facts.isTableHeader(i) {
            guard let reading = bestReading(of: i, under: rule) else { continue }
            if reading.decisive && !reading.negated { decisive.append((i, reading.strength)) }
            if reading.negated {
                negatives.append((i, reading.strength))
                direct.negative = direct.negative || !reading.indirect
            } else {
                positives.append((i, reading.strength))
                direct.positive = direct.positive || !reading.indirect
            }
        }
        // What table cells state ("Sold: No"): direct, and a strong yes is decisive. Rows are
        // categories of data: one row's yes is not contradicted by another's no.
        let tableSaysYes = facts.votes.contains { $0.question == question && !$0.negated }
        for (k, vote) in facts.votes.enumerated() where vote.question == question {
            let index = facts.sentences.count + k
            if vote.negated {
                guard !tableSaysYes else { continue }
                negatives.append((index, vote.strength))
                direct.negative = true
            } else {
                positives.append((index, vote.strength))
                direct.positive = true
                if vote.strength >= 0.8 { decisive.append((index, vote.strength)) }
            }
        }
        let pos = Self.combined(positives), neg = rule.allowsNo ? Self.combined(negatives) : 0
        let value: AnswerValue
        let confidence: Double
        let shown: [(Int, Double)]
        let saysNo = neg >= Self.threshold && (rule.negativeWins ? neg >= pos * 0.7 : pos < Self.threshold)
        if Self.combined(decisive) >= Self.threshold {
            value = .yes
            confidence = Self.combined(decisive)
            shown = decisive + positives.filter { p in !decisive.contains { $0.0 == p.0 } }
        } else if saysNo {
            value = .no
            confidence = direct.negative ? neg * (1 - 0.35 * pos) : min(Self.indirectConfidence, neg)
            shown = negatives
        } else if pos >= Self.threshold {
            value = .yes
            confidence = direct.positive ? pos * (1 - 0.35 * neg) : min(Self.indirectConfidence, pos)
            shown = positives
        } else {
            value = .notStated
            confidence = max(0.2, 1 - max(pos, neg) / Self.threshold * 0.6)
            shown = []
        }
        let evidence = Self.ranked(shown, facts: facts).prefix(Self.evidenceLimit)
            .map { facts.evidence($0.0, negated: value == .no) }
        return Answer(question: question, value: value, confidence: Self.rounded(confidence), evidence: evidence)
    }

    /// The strongest way sentence `i` meets one of the rule's requirements, with its polarity.
    private func bestReading(of i: Int, under rule: AnswerRule) -> (strength: Double, negated: Bool, indirect: Bool, decisive: Bool)? {
        // A sentence without attributes meets no requirement.
        guard !facts.patternSets[i].isEmpty else { return nil }
        var support = 0.0
        for category in rule.categories { support = max(support, Double(facts.sentences[i].score(category))) }
        var best: (strength: Double, negated: Bool, indirect: Bool, decisive: Bool)?
        let hedged = facts.has(i, Self.hedge)
        for requirement in rule.requirements where facts.has(i, requirement.groups[0]) {
            // A heading that names the same thing ("How do we secure your data?") supports the
            // sentence as the classifier would.
            let headingAgrees = facts.contextHas(i, requirement.groups[0])
            let lifted = rule.floor + (1 - rule.floor) * max(support, headingAgrees ? Self.headingSupport : 0)
            if facts.has(i, requirement.excluding) || facts.contextHas(i, requirement.excluding) { continue }
            guard let (heads, polarityMatches, usedContext) = related(i, requirement) else { continue }
            let attributes = governing(polarityMatches, heads: heads, in: facts.sentences[i])
            let negated = !attributes.isEmpty && attributes.allSatisfy(\.negated)
            switch requirement.polarity {
            case .positiveOnly where negated, .negativeOnly where !negated: continue
            default: break
            }
            var strength = requirement.weight * lifted
            if usedContext { strength *= Self.contextFactor }
            if negated && attributes.contains(where: \.hasException) { strength *= Self.exceptionFactor }
            if hedged { strength *= Self.hedgeFactor }
            if best == nil || strength > best!.strength || (requirement.decisive && !negated && strength >= best!.strength * 0.8) {
                best = (strength, negated, requirement.indirect, requirement.decisive)
            }
        }
        return best
    }

    /// How sentence `i` meets the requirement's groups: the head matches (group 0) that stand in
    /// a clause with a match of every other group the sentence holds ("we share your data with
    /// advertisers"; not "we do not sell your data, but advertisers may set cookies"), the
    /// polarity group's matches in those clauses, and whether a group was met only by the
    /// headings or a lead-in. Nil when some group is met neither in a related clause nor by the
    /// context.
    private func related(_ i: Int, _ requirement: AnswerRule.Requirement) -> (heads: [Int], polarity: [Int], usedContext: Bool)? {
        let attributes = facts.sentences[i].attributes
        var heads = facts.matches(i, requirement.groups[0])
        var usedContext = false
        var inSentence: [Int: [Int]] = [:]
        func relates(_ a: Int, _ b: Int) -> Bool {
            let x = attributes[a].clause, y = attributes[b].clause
            return x == y || x == AttributeMatch.anyClause || y == AttributeMatch.anyClause
        }
        for (g, group) in requirement.groups.enumerated().dropFirst() {
            let found = facts.matches(i, group).filter { k in heads.contains { relates($0, k) } }
            if !found.isEmpty {
                heads = heads.filter { h in found.contains { relates(h, $0) } }
                inSentence[g] = found
            } else if facts.contextHas(i, group) {
                usedContext = true
            } else {
                return nil
            }
        }
        guard !heads.isEmpty else { return nil }
        let polarity = requirement.polarityGroup == 0
            ? heads : (inSentence[requirement.polarityGroup] ?? []).filter { k in heads.contains { relates($0, k) } }
        return (heads, polarity, usedContext)
    }

    /// The polarity-group matches that govern the head matches: for each head, the nearest
    /// polarity match before it (or after it, when none precedes). When the head group is the
    /// polarity group, the heads themselves.
    private func governing(_ polarity: [Int], heads: [Int], in sentence: AnalyzedSentence) -> [AttributeMatch] {
        let matches = polarity.map { sentence.attributes[$0] }
        guard !matches.isEmpty, Set(polarity) != Set(heads) else { return matches }
        var out: [AttributeMatch] = []
        for head in heads.map({ sentence.attributes[$0] }) {
            let before = matches.filter { $0.range.start <= head.range.start }.max { $0.range.start < $1.range.start }
            if let chosen = before ?? matches.min(by: { $0.range.start < $1.range.start }) { out.append(chosen) }
        }
        return out
    }

    /// Strongest first; among facts about as strong (within ``rankSlack``), a sentence of
    /// plain length (``plainLength``) before a label or a long list that mentions the practice:
    /// a reader signs the plain sentence sooner.
    static func ranked(_ shown: [(Int, Double)], facts: SentenceEvidence) -> [(Int, Double)] {
        let plain = Dictionary(shown.map { ($0.0, plainLength.contains(facts.length(of: $0.0))) }) { a, _ in a }
        return shown.sorted { a, b in
            if abs(a.1 - b.1) > Self.rankSlack || plain[a.0] == plain[b.0] { return a.1 > b.1 }
            return plain[a.0]!
        }
    }

    /// Strengths closer than this rank by length.
    static let rankSlack = 0.05
    /// The length, in characters, of a sentence a reader takes in at once.
    static let plainLength = 40...300

    static func combined(_ strengths: [(Int, Double)]) -> Double {
        1 - strengths.reduce(1.0) { $0 * (1 - min(1, $1.1)) }
    }

    static func rounded(_ x: Double) -> Double {
        (min(1, max(0, x)) * 100).rounded() / 100
    }
}
