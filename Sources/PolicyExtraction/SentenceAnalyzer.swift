import PolicyModel

/// Finds a sentence's attributes: the pattern-table phrases with their polarity, and the
/// scanned values (e-mail addresses, ages, retention periods, dates).
struct SentenceAnalyzer: Sendable {
    let lexicon: Lexicon

    /// The attributes of `scalars` (one sentence, or a heading). `offset` is the block offset of
    /// the slice's first scalar; returned ranges are block offsets.
    func attributes(of scalars: ArraySlice<Unicode.Scalar>, offset: Int) -> [AttributeMatch] {
        analyze(scalars, offset: offset).attributes
    }

    /// The attributes of `scalars` and the document-level signals its words give (read from
    /// the same tokens).
    func analyze(_ scalars: ArraySlice<Unicode.Scalar>, offset: Int) -> (attributes: [AttributeMatch], signals: SentenceSignals) {
        let tokens = Tokenizer.tokenize(scalars)
        guard !tokens.isEmpty else { return ([], SentenceSignals()) }
        return (attributes(tokens, scalars, offset), SentenceSignals(tokens))
    }

    private func attributes(_ tokens: [Token], _ scalars: ArraySlice<Unicode.Scalar>, _ offset: Int) -> [AttributeMatch] {
        let matches = lexicon.matcher.matches(in: tokens)
        let relation = ClauseRelations.relationClauses(tokens)
        let polarity = PolarityResolver(tokens: tokens, matches: matches, clauses: relation)
        var out: [AttributeMatch] = []
        /// The token range of each of `out`'s table matches, by index.
        var tokenRanges: [Int: Range<Int>] = [:]
        var claimed: [Attribute: [Range<Int>]] = [:]
        var retentionRules: [Range<Int>] = []
        func range(_ tokenRange: Range<Int>) -> TextRange {
            TextRange(start: offset + tokens[tokenRange.lowerBound].start, end: offset + tokens[tokenRange.upperBound - 1].end)
        }
        func add(_ attribute: Attribute, _ tokenRange: Range<Int>) {
            if let taken = claimed[attribute], taken.contains(where: { $0.overlaps(tokenRange) }) { return }
            claimed[attribute, default: []].append(tokenRange)
            tokenRanges[out.count] = tokenRange
            let (negated, exception) = polarity.polarity(at: tokenRange.lowerBound)
            out.append(AttributeMatch(
                attribute: attribute, range: range(tokenRange), negated: negated, hasException: exception,
                clause: relation[tokenRange.lowerBound]))
        }
        // Longest first at each start, so "third party advertisers" claims its words before "third party".
        let ordered = matches.sorted { ($0.tokens.lowerBound, -$0.tokens.count) < ($1.tokens.lowerBound, -$1.tokens.count) }
        let overrides = Self.overrides(in: matches)
        for match in ordered {
            switch match.payload {
            case .attribute(let attribute):
                // A narrower reading wins where its phrase overlaps and is the longer one ("geo-location
                // via IP" over "geo-location"; "location information" does not undo "precise location").
                if overrides.contains(where: { $0.replaced == attribute && $0.tokens.overlaps(match.tokens) && $0.tokens.count > match.tokens.count }) { continue }
                add(attribute, match.tokens)
            case .retentionRule: retentionRules.append(match.tokens)
            case .polarity: break
            }
        }
        // A period is how long data is kept when it stands in the clause of a keeping verb.
        if let keeping = claimed[.action(.retain)].map({ Set($0.map { relation[$0.lowerBound] }) }) {
            for duration in ValueScanners.durations(in: tokens) where keeping.contains(relation[duration.lowerBound]) {
                add(.retentionPeriod(Self.text(scalars, tokens, duration)), duration)
            }
            for rule in retentionRules where keeping.contains(relation[rule.lowerBound]) {
                var end = rule.upperBound
                while end < tokens.count, end - rule.lowerBound < 12, !tokens[end].isPunctuation { end += 1 }
                add(.retentionPeriod(Self.text(scalars, tokens, rule.lowerBound..<end)), rule.lowerBound..<end)
            }
        }
        Self.statePeriodLimits(&out, tokenRanges, tokens)
        for sale in ClauseRelations.salesUnderLaw(tokens) { add(.action(.saleUnderLaw), sale) }
        for (age, tokenRange) in ValueScanners.ages(in: tokens) { add(.age(age), tokenRange) }
        Self.turnInwardSharing(&out, tokenRanges, tokens, relation)
        Self.dropFirstPartyTracking(&out, tokenRanges, tokens)
        Self.distributeDenials(&out, tokenRanges, tokens)
        Self.markBackReferences(&out, tokenRanges, tokens)
        Self.dropSalesOfOtherThings(&out, tokenRanges, tokens)
        for (address, textRange) in ValueScanners.emails(in: scalars) {
            out.append(AttributeMatch(
                attribute: .email(address),
                range: TextRange(start: offset + textRange.start, end: offset + textRange.end),
                negated: false, hasException: false))
        }
        if let date = ValueScanners.lastUpdated(in: tokens) { add(.lastUpdated(Self.text(scalars, tokens, date)), date) }
        return out.sorted { $0.range < $1.range }
    }

    /// A period denied as a limit states one: "will not be kept for more than 60 days" keeps data
    /// up to 60 days, so the period is not negated.
    private static func statePeriodLimits(_ out: inout [AttributeMatch], _ ranges: [Int: Range<Int>], _ tokens: [Token]) {
        for i in out.indices where out[i].negated {
            guard case .retentionPeriod = out[i].attribute, let range = ranges[i] else { continue }
            if tokens[max(0, range.lowerBound - 2)..<range.lowerBound].contains(where: { limitWords.contains($0.text) }) {
                out[i].negated = false
            }
        }
    }

    private static let limitWords: Set<String> = ["than", "beyond", "exceed", "exceeding", "past"]

    /// Removes the selling verbs whose object is not data ("we sell tickets"; see
    /// ``ClauseRelations``).
    private static func dropSalesOfOtherThings(_ out: inout [AttributeMatch], _ ranges: [Int: Range<Int>], _ tokens: [Token]) {
        let sells = out.indices.filter { out[$0].attribute == .action(.sell) && ranges[$0] != nil }
        guard !sells.isEmpty else { return }
        var data: [Range<Int>] = [], verbs: [Range<Int>] = []
        for (i, match) in out.enumerated() {
            guard let range = ranges[i] else { continue }
            switch match.attribute {
            case .dataType(let kind) where !ClauseRelations.notObjects.contains(kind): data.append(range)
            case .action: verbs.append(range)
            default: break
            }
        }
        let clauses = ClauseRelations.clauses(tokens, dataStarts: Set(data.map(\.lowerBound)))
        let dropped = Set(sells.filter {
            ClauseRelations.sellsSomethingElse(verb: ranges[$0]!, tokens: tokens, clauses: clauses, data: data, verbs: verbs)
        })
        if !dropped.isEmpty { out = out.indices.filter { !dropped.contains($0) }.map { out[$0] } }
    }

    /// A denial covers every verb of its list: in "we do not 'sell' or 'share' your personal
    /// information for advertising, collect any 'sensitive' personal information, or engage in
    /// profiling", "collect" is denied too. A verb that follows a comma (and "or", "and", "nor")
    /// takes the polarity of the nearest verb before it in its clause when that one is denied.
    private static func distributeDenials(_ out: inout [AttributeMatch], _ ranges: [Int: Range<Int>], _ tokens: [Token]) {
        let verbs = out.indices.filter { i in
            if case .action = out[i].attribute { return ranges[i] != nil }
            return false
        }.sorted { ranges[$0]!.lowerBound < ranges[$1]!.lowerBound }
        for (n, i) in verbs.enumerated() where n > 0 && !out[i].negated {
            var k = ranges[i]!.lowerBound - 1
            if k >= 0, ["or", "and", "nor"].contains(tokens[k].text) { k -= 1 }
            guard k >= 0, tokens[k].text == "," else { continue }
            guard let before = verbs[..<n].last(where: { ranges[$0]!.upperBound <= k }) else { continue }
            if out[before].negated, out[before].clause == out[i].clause {
                out[i].negated = true
                out[i].hasException = out[before].hasException
            }
        }
    }

    /// Sharing toward the company is collecting: "advertisers provide us with lists", "partners
    /// may share information with us", "information that third parties send to us". A giving
    /// verb whose receiver, in its clause and within a few words, is "us" becomes a collecting
    /// one, so data the company receives never reads as data it shares.
    private static func turnInwardSharing(_ out: inout [AttributeMatch], _ ranges: [Int: Range<Int>], _ tokens: [Token], _ clauses: [Int]) {
        for i in out.indices where out[i].attribute == .action(.share) || out[i].attribute == .action(.sell) {
            guard let range = ranges[i] else { continue }
            let end = min(tokens.count, range.upperBound + inwardWindow)
            var k = range.upperBound
            var inward = false
            while k < end, clauses[k] == clauses[range.lowerBound], !tokens[k].isPunctuation {
                let word = tokens[k].text
                let previous = k > 0 ? tokens[k - 1].text : ""
                if word == "us" && (k == range.upperBound || previous == "with" || previous == "to") { inward = true; break }
                k += 1
            }
            if inward { out[i].attribute = .action(.collect) }
        }
    }

    /// A tracking verb whose subject is "we" ("data we receive from third parties", "we may
    /// also obtain information from ad partners") is the company's own collection, not tracking
    /// by third parties.
    private static func dropFirstPartyTracking(_ out: inout [AttributeMatch], _ ranges: [Int: Range<Int>], _ tokens: [Token]) {
        let dropped = Set(out.indices.filter { i in
            guard out[i].attribute == .action(.track), let range = ranges[i] else { return false }
            var k = range.lowerBound - 1
            while k >= 0, range.lowerBound - k <= 3, modals.contains(tokens[k].text) { k -= 1 }
            return k >= 0 && tokens[k].text == "we"
        })
        if !dropped.isEmpty { out = out.indices.filter { !dropped.contains($0) }.map { out[$0] } }
    }

    private static let modals: Set<String> = ["may", "might", "can", "could", "will", "would", "also", "then", "do", "does", "sometimes", "often"]

    /// How many words after a giving verb its receiver ("with us") may stand.
    private static let inwardWindow = 8

    /// Verbs done to a pronoun ("selling it", "share them with", "it will not be shared") get
    /// ``AttributeMatch/anyClause``: what they refer to may stand in another clause.
    private static func markBackReferences(_ out: inout [AttributeMatch], _ ranges: [Int: Range<Int>], _ tokens: [Token]) {
        let verbTokens = Set(out.indices.flatMap { i -> Range<Int> in
            if case .action = out[i].attribute, let r = ranges[i] { return r }
            return 0..<0
        })
        for i in out.indices {
            guard case .action = out[i].attribute, let range = ranges[i] else { continue }
            var k = range.upperBound
            while k < tokens.count, k < range.upperBound + 6, verbTokens.contains(k) || listWords.contains(tokens[k].text) { k += 1 }
            let object = k < tokens.count && pronouns.contains(tokens[k].text)
            let before = tokens[max(0, range.lowerBound - 4)..<range.lowerBound]
            let subject = before.contains { $0.text == "it" || $0.text == "they" } && before.contains { beForms.contains($0.text) }
            if object || subject { out[i].clause = AttributeMatch.anyClause }
        }
    }

    private static let pronouns: Set<String> = ["it", "them", "this", "these", "those", "such"]
    private static let listWords: Set<String> = [",", "or", "and", "nor", "otherwise", "not", "never"]
    private static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been"]

    /// The matches that override others where they overlap (see ``OverridePatterns``).
    private static func overrides(in matches: [PhraseMatcher<Lexicon.Entry>.Match]) -> [(replaced: Attribute, tokens: Range<Int>)] {
        var out: [(replaced: Attribute, tokens: Range<Int>)] = []
        for match in matches {
            guard case .attribute(let attribute) = match.payload else { continue }
            for (narrower, replaced) in OverridePatterns.table where narrower == attribute {
                out.append((replaced, match.tokens))
            }
        }
        return out
    }

    /// The source text a token range covers.
    private static func text(_ scalars: ArraySlice<Unicode.Scalar>, _ tokens: [Token], _ range: Range<Int>) -> String {
        let base = scalars.startIndex
        let lo = base + tokens[range.lowerBound].start, hi = base + tokens[range.upperBound - 1].end
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }
}
