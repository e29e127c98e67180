/// Decides, for an attribute found at some token, whether its clause denies it.
///
/// Reading back from the attribute to the start of its clause (at most ``window`` words): a
/// negation word denies it, unless an exception marker ("except", "other than", "does not
/// include") stands between, or a condition ("if", "whether") stands before the negation
/// ("if you do not want..."). Clause punctuation and boundary words stop the search. Words
/// inside other matched phrases ("do not track", "not limited to", "no longer wish") never count
/// as negations.
struct PolarityResolver {
    /// How far back a negation reaches, in tokens.
    static let window = 9
    private static let coordinators: Set<String> = ["or", "and", "nor", "and/or"]

    /// Per token: its polarity role when it starts or lies inside a polarity phrase.
    private let roles: [PolarityPatterns.Role?]
    /// Per token: true when some attribute or inert phrase covers it.
    private let covered: [Bool]
    private let tokens: [Token]
    /// Per token: true past the first word of a matched phrase; a phrase counts as one word
    /// of the window ("third-party advertising networks or analytics providers").
    private let inner: [Bool]

    /// Per token: its clause (``ClauseRelations/relationClauses(_:)``); a negation never reaches
    /// into another clause ("we do not sell your data, and we share it with partners").
    private let clauses: [Int]

    /// The sentence opens with the user opting out ("If you opt out of receiving interest-based
    /// advertising, data ... will not be used"): what it then says is not done is done otherwise.
    private let optOutLead: Bool
    private static let leads: Set<String> = ["if", "once", "when", "after", "should"]
    private static let optingOut: Set<String> = ["opt", "opts", "disable", "unsubscribe", "decline", "object"]

    init(tokens: [Token], matches: [PhraseMatcher<Lexicon.Entry>.Match], clauses: [Int]) {
        self.clauses = clauses
        optOutLead = tokens.first.map { Self.leads.contains($0.text) } == true
            && tokens.prefix(5).contains { Self.optingOut.contains($0.text) }
        var roles = [PolarityPatterns.Role?](repeating: nil, count: tokens.count)
        var covered = [Bool](repeating: false, count: tokens.count)
        // Longer phrases first so that "does not include" (exception) wins over "not" (negation).
        let polarity = matches.compactMap { m -> (PolarityPatterns.Role, Range<Int>)? in
            if case .polarity(let role) = m.payload { return (role, m.tokens) }
            return nil
        }.sorted { $0.1.count > $1.1.count }
        for (role, range) in polarity {
            if role == .inert {
                // A longer phrase decided first ("no longer support" over "no longer") stands.
                for i in range where roles[i] == nil { covered[i] = true }
                continue
            }
            guard !range.contains(where: { roles[$0] != nil || covered[$0] }) else { continue }
            for i in range { roles[i] = role }
        }
        var inner = [Bool](repeating: false, count: tokens.count)
        for m in matches {
            guard case .attribute = m.payload else { continue }
            // A coordinated phrase ("a merger or acquisition") is one word of the window too.
            if m.tokens.upperBound < tokens.count, Self.coordinators.contains(tokens[m.tokens.upperBound].text) {
                for i in m.tokens { inner[i] = true }
                inner[m.tokens.upperBound] = true
            }
            guard m.tokens.count > 1 else { continue }
            for i in m.tokens where roles[i] == .negation { covered[i] = true }
            for i in m.tokens.dropFirst() { inner[i] = true }
        }
        self.roles = roles
        self.covered = covered
        self.inner = inner
        self.tokens = tokens
    }

    /// Whether the attribute starting at token `start` is denied, and whether the denial
    /// carries an exception later in the sentence.
    func polarity(at start: Int) -> (negated: Bool, hasException: Bool) {
        var j = start - 1
        var steps = 0
        while j >= 0 && steps < Self.window {
            defer { j -= 1; if !inner[j + 1] { steps += 1 } }
            let token = tokens[j]
            if clauses[j] != clauses[start] { return (false, false) }
            if token.isPunctuation {
                if token.text == "," || token.text == "\"" || token.text == "“" || token.text == "”" { continue }
                return (false, false)
            }
            if covered[j] { continue }
            switch roles[j] {
            case .boundary?, .exception?: return (false, false)
            case .negation?:
                if isConditional(before: j) || optOutLead { return (false, false) }
                return (true, hasException(after: start))
            default: continue
            }
        }
        return (false, false)
    }

    /// True when a condition word opens the clause holding the negation at `index`. A
    /// "whether" closed off by a comma is an aside, not a condition ("your information,
    /// whether public or private, will not be sold").
    private func isConditional(before index: Int) -> Bool {
        var j = index - 1
        var steps = 0
        var pastComma = false
        while j >= 0 && steps < 6 {
            if tokens[j].isPunctuation && tokens[j].text != "," { return false }
            if tokens[j].text == "," { pastComma = true }
            if roles[j] == .condition { return !(pastComma && tokens[j].text == "whether") }
            if roles[j] == .boundary { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    private func hasException(after index: Int) -> Bool {
        roles[index...].contains { $0 == .exception }
    }
}
