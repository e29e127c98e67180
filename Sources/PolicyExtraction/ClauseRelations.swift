/// What a verb is done to, read from the words of one sentence: the clauses (split at clause
/// punctuation, relative pronouns, subordinators, and commas before a new subject) and the
/// object of a selling verb. "We sell tickets", "websites that sell electric guitars" and
/// "apps who sell us advertising space" sell no personal data; "we do not sell or share your
/// personal information", "your data will not be sold" and "the sale of personal information"
/// do. This reads word order, not syntax: a verb whose object is a pronoun ("we never sell it")
/// or left unsaid keeps its old reading (the sentence's data words count).
enum ClauseRelations {
    /// Words that open a clause.
    static let openers: Set<String> = [
        "which", "that", "who", "whom", "whose", "where", "when", "if", "because", "although", "though", "while",
        "whereas", "unless", "but", "however", "since",
    ]
    /// Words that, after a comma, start a new clause as its subject.
    static let subjects: Set<String> = ["we", "you", "they", "it", "i", "he", "she", "there"]
    private static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being"]
    private static let coordination: Set<String> = ["or", "and", "nor", ",", "otherwise", "and/or"]
    /// An object that refers back (or is not said): the verb keeps its old reading.
    private static let backReferences: Set<String> = [
        "it", "them", "this", "that", "these", "those", "anything", "such", "anyone", "to", "with", "for",
        "or", "and", "in", "except", "unless", "without", "as", "under", "at", "on",
    ]
    /// Words between a verb and its object's noun.
    private static let determiners: Set<String> = [
        "your", "the", "our", "their", "a", "an", "any", "such", "his", "her", "its", "all", "some", "of", "other",
        "certain", "users", "user's", "users'", "customer", "customers", "customers'", "us", "away", "out", "up",
        "over", "back", "otherwise", "knowingly", "ever",
    ]
    private static let passiveForms: Set<String> = ["sold", "rented", "traded", "leased"]
    /// Data words that are never what a company sells in the sense of the question.
    static let notObjects: Set<DataType> = [.deidentified, .cookies, .webBeacons]

    /// The clause of each token.
    static func clauses(_ tokens: [Token], dataStarts: Set<Int>) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(tokens.count)
        var clause = 0
        for (i, token) in tokens.enumerated() {
            if token.isPunctuation {
                if token.text != "," && token.text != "\"" && token.text != "“" && token.text != "”" { clause += 1 }
            } else if openers.contains(token.text) {
                // "that data" is a determiner and a noun, not a relative clause.
                if !((token.text == "that" || token.text == "which") && dataStarts.contains(i + 1)) { clause += 1 }
            } else if i > 0, tokens[i - 1].text == ",", subjects.contains(token.text) {
                clause += 1
            }
            out.append(clause)
        }
        return out
    }

    /// Words that open a clause contrasting with the one before ("we do not sell it, but we share
    /// it"); "but not limited to" and "but also" go on the clause.
    private static let contrasts: Set<String> = [
        "but", "however", "although", "though", "whereas", "while", "nevertheless", "instead", "yet",
    ]
    private static let continuesAfterBut: Set<String> = ["not", "also", "only"]
    private static let joiners: Set<String> = ["and", "or", "nor", "and/or", "then", "so"]
    /// Words that open a fronted condition, time or topic: the subject after its comma is the
    /// clause it belongs to ("if you have enabled Global Privacy Control, we will respect it").
    private static let fronting: Set<String> = [
        "if", "when", "where", "whenever", "wherever", "for", "in", "as", "because", "since", "to", "once", "after",
        "before", "unless", "depending", "with", "by", "upon", "under", "on", "from", "at", "during", "whether",
        "given", "subject", "should", "except",
    ]

    /// The clause of each token as relations read it: who does what to which data. Unlike
    /// ``clauses(_:dataStarts:)``, a relative clause ("partners who use it"), a condition ("if
    /// required by law"), an exception ("unless you consent"), a list after a colon or semicolon
    /// and a bracketed example stay with their verb. A clause starts at a new subject after
    /// punctuation or a conjunction ("…, and we share"), at a contrast ("but", "however",
    /// "although", "while"), and after a bracket that held a clause of its own.
    static func relationClauses(_ tokens: [Token]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(tokens.count)
        var clause = 0, next = 1
        var opened: [Int] = []
        var fronted = tokens.first.map { fronting.contains($0.text) } ?? false
        func start() { clause = next; next += 1; fronted = false }
        for (i, token) in tokens.enumerated() {
            let previous = i > 0 ? tokens[i - 1] : nil
            if fronted, subjects.contains(token.text) {
                // Inside a fronted condition ("if you have an account and you visit…"), and the
                // main clause after its comma, are one clause.
                if previous?.text == "," { fronted = false }
            } else if token.isPunctuation {
                if token.text == "(" || token.text == "[" { opened.append(clause) }
                if token.text == ")" || token.text == "]", let outer = opened.popLast(), outer != clause {
                    out.append(clause)
                    start()
                    continue
                }
            } else if contrasts.contains(token.text) {
                let following = i + 1 < tokens.count ? tokens[i + 1].text : ""
                if !(token.text == "but" && continuesAfterBut.contains(following)) { start() }
            } else if subjects.contains(token.text), token.text != "it", let previous,
                      previous.isPunctuation && previous.text != "\"" || joiners.contains(previous.text) {
                start()
            }
            out.append(clause)
        }
        return out
    }

    /// Whether the selling verb at `verb` sells something other than data: its object (after
    /// it, past coordinated verbs and determiners) or, in the passive, its subject is a word
    /// that no data phrase covers.
    static func sellsSomethingElse(
        verb: Range<Int>, tokens: [Token], clauses: [Int], data: [Range<Int>], verbs: [Range<Int>]
    ) -> Bool {
        if data.contains(where: { $0.overlaps(verb) }) { return false }
        let clause = clauses[verb.lowerBound]
        // The passive: "your data will not be sold" names what is sold before the verb.
        if passiveForms.contains(tokens[verb.lowerBound].text),
           tokens[max(0, verb.lowerBound - 3)..<verb.lowerBound].contains(where: { beForms.contains($0.text) }) {
            let start = max(0, verb.lowerBound - 10)
            return !data.contains { $0.lowerBound >= start && $0.lowerBound < verb.lowerBound && clauses[$0.lowerBound] == clause }
        }
        // A relative clause on a data noun: "personal information that we sell".
        if let opener = (0..<verb.lowerBound).first(where: { clauses[$0] == clause }), ["that", "which"].contains(tokens[opener].text),
           data.contains(where: { $0.upperBound == opener || $0.upperBound == opener - 1 }) {
            return false
        }
        // The object: past coordinated verbs ("sell, license or share"), particles and
        // determiners, the first word that is not data says what is sold.
        var k = verb.upperBound
        var afterCoordinator = false
        var sawWord = false
        while k < tokens.count, k < verb.upperBound + 12, clauses[k] == clause {
            let text = tokens[k].text
            if data.contains(where: { $0.lowerBound == k }) { return false }
            if coordination.contains(text) { afterCoordinator = true; k += 1; continue }
            if tokens[k].isPunctuation { break }
            if let other = verbs.filter({ $0.lowerBound == k }).min(by: { $0.count < $1.count }) {
                if data.contains(where: { other.contains($0.lowerBound) }) { return false }
                k = other.upperBound
                afterCoordinator = false
                continue
            }
            if !sawWord, backReferences.contains(text) { return false }
            sawWord = true
            if determiners.contains(text) { afterCoordinator = false; k += 1; continue }
            // A verb the tables do not know, in a list of verbs: "sell, license or share".
            if afterCoordinator, k + 1 < tokens.count, coordination.contains(tokens[k + 1].text) { k += 1; continue }
            return true
        }
        return false
    }

    private static let saleTriggers = ["consider", "deem", "constitut", "qualif", "defin", "treated as", "regarded"]
    private static let saleWords: Set<String> = ["sell", "selling", "sale", "sales", "sold"]

    /// "Some of these activities may be considered 'targeted advertising', 'sharing' or
    /// 'selling' under state laws": the token range from the word that classes an activity as
    /// a sale to the sale word, when the second follows within ten tokens (quotes included).
    static func salesUnderLaw(_ tokens: [Token]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for (i, token) in tokens.enumerated() where !token.isPunctuation {
            guard saleTriggers.contains(where: { token.text.hasPrefix($0) }) else { continue }
            if let end = (i + 1..<min(tokens.count, i + 11)).first(where: { saleWords.contains(tokens[$0].text) }) {
                found.append(i..<(end + 1))
            }
        }
        return found
    }
}
