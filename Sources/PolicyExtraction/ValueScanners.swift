import PolicyModel

/// Finds the attributes that are values rather than phrases: e-mail addresses, ages, retention
/// periods and "last updated" dates. Offsets are relative to the scanned text.
enum ValueScanners {
    /// E-mail addresses (lowercased), with their ranges.
    static func emails(in scalars: ArraySlice<Unicode.Scalar>) -> [(String, TextRange)] {
        var found: [(String, TextRange)] = []
        let base = scalars.startIndex
        for at in scalars.indices where scalars[at] == "@" {
            var lo = at
            while lo > scalars.startIndex, isLocalPart(scalars[lo - 1]) { lo -= 1 }
            // An address spaced against harvesters ("privacy@ example. com") reads without its spaces.
            var first = at + 1
            if first + 1 < scalars.endIndex, scalars[first] == " ", isDomainPart(scalars[first + 1]) { first += 1 }
            var hi = first
            while hi < scalars.endIndex, isDomainPart(scalars[hi]) { hi += 1 }
            var domain = String(String.UnicodeScalarView(scalars[first..<hi]))
            if domain.hasSuffix("."), let end = spacedTopLevelDomain(in: scalars, at: hi) {
                domain += String(String.UnicodeScalarView(scalars[(hi + 1)..<end]))
                hi = end
            }
            while hi > first, scalars[hi - 1] == "." || scalars[hi - 1] == "-" { hi -= 1; domain.removeLast() }
            while lo < at, scalars[lo] == "." { lo += 1 }
            // A link's text run into the next word ("privacy@twitter.comor here"): the common
            // top-level domain, without the word.
            if let glued = gluedWord(after: domain) {
                domain.removeLast(glued)
                hi -= glued
            }
            guard lo < at, hi > first else { continue }
            // Two dots in a row make no address ("priv........@example.com" hides one).
            guard !zip(scalars[lo..<at], scalars[(lo + 1)...]).contains(where: { $0 == "." && $1 == "." }) else { continue }
            let parts = domain.split(separator: ".")
            guard parts.count >= 2, let tld = parts.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { continue }
            let address = (String(String.UnicodeScalarView(scalars[lo..<at])) + "@" + domain).lowercased()
            found.append((address, TextRange(start: lo - base, end: hi - base)))
        }
        let spelled = spelledOutEmails(in: scalars)
        return spelled.isEmpty ? found : (found + spelled).sorted { $0.1 < $1.1 }
    }

    /// Top-level domains a link's text may run into the next word from.
    private static let commonTopLevelDomains = ["com", "org", "net", "edu", "gov"]
    /// Short words that follow an address in a sentence ("...@example.comor here").
    private static let followingWords: Set<String> = ["or", "and", "to", "for", "if", "in", "on", "with"]

    /// How many letters of `domain`'s last label are a following word glued to a common
    /// top-level domain ("comor": 2), nil when none are.
    static func gluedWord(after domain: String) -> Int? {
        guard let dot = domain.lastIndex(of: ".") else { return nil }
        let label = domain[domain.index(after: dot)...].lowercased()
        for tld in commonTopLevelDomains where label.hasPrefix(tld) && label.count > tld.count {
            if followingWords.contains(String(label.dropFirst(tld.count))) { return label.count - tld.count }
        }
        return nil
    }

    /// Addresses written out against harvesters: "contact AT example DOT org", "privacy [at]
    /// example [dot] com", "privacy(at)example.com". A lower-case " at " counts only between a
    /// name and a dotted domain, after a word for e-mail ("send an e-mail to contact at
    /// example.com"), so "visit us at example.com" is no address.
    static func spelledOutEmails(in scalars: ArraySlice<Unicode.Scalar>) -> [(String, TextRange)] {
        var found: [(String, TextRange)] = []
        let base = scalars.startIndex
        var i = scalars.startIndex
        while i < scalars.endIndex {
            // Every form of "at" starts with a space or a bracket before an "a" or a bracket.
            guard scalars[i] == " " || scalars[i] == "[" || scalars[i] == "(", i + 1 < scalars.endIndex,
                  scalars[i + 1] == "a" || scalars[i + 1] == "A" || scalars[i + 1] == "[" || scalars[i + 1] == "(",
                  let (afterAt, marked) = separator(atWords, in: scalars, at: i) else { i += 1; continue }
            defer { i = afterAt }
            var lo = i
            while lo > scalars.startIndex, isLocalPart(scalars[lo - 1]) { lo -= 1 }
            while lo < i, scalars[lo] == "." { lo += 1 }
            let local = String(String.UnicodeScalarView(scalars[lo..<i])).lowercased()
            guard !local.isEmpty, !notLocalParts.contains(local) else { continue }
            var labels: [String] = []
            var hi = afterAt
            var spelledDot = false
            while true {
                var end = hi
                while end < scalars.endIndex, isLabelPart(scalars[end]) { end += 1 }
                guard end > hi else { break }
                labels.append(String(String.UnicodeScalarView(scalars[hi..<end])).lowercased())
                hi = end
                if hi + 1 < scalars.endIndex, scalars[hi] == ".", isLabelPart(scalars[hi + 1]) { hi += 1; continue }
                if let (next, _) = separator(dotWords, in: scalars, at: hi), next < scalars.endIndex, isLabelPart(scalars[next]) {
                    hi = next
                    spelledDot = true
                    continue
                }
                break
            }
            guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter), labels[0] != "www" else { continue }
            if !marked {
                // A plain " at " needs a word for e-mail shortly before; with " dot " spelled out
                // before a common top-level domain, a word for contacting will do ("please
                // contact us at privacy at example dot com"; not "available at example dot com").
                let before = String(String.UnicodeScalarView(scalars[max(scalars.startIndex, lo - 60)..<lo])).lowercased()
                let contacting = spelledDot && commonTopLevelDomains.contains(tld) && before.contains("contact")
                guard before.contains("mail") || contacting else { continue }
            }
            found.append((local + "@" + labels.joined(separator: "."), TextRange(start: lo - base, end: hi - base)))
        }
        return found
    }

    /// A written-out form of "@" or ".": its scalars, whether it is unmistakable (not a plain
    /// " at "), and whether letters in it match either case (the bracketed forms).
    private struct Separator: Sendable {
        let scalars: [Unicode.Scalar]
        let marked: Bool
        let folds: Bool

        init(_ word: String, marked: Bool) {
            scalars = Array(word.unicodeScalars)
            self.marked = marked
            folds = word.contains("[") || word.contains("(")
        }
    }

    private static let atWords: [Separator] = [
        Separator(" AT ", marked: true), Separator(" [at] ", marked: true), Separator(" (at) ", marked: true),
        Separator("[at]", marked: true), Separator("(at)", marked: true), Separator(" at ", marked: false),
    ]
    private static let dotWords: [Separator] = [
        Separator(" DOT ", marked: true), Separator(" [dot] ", marked: true), Separator(" (dot) ", marked: true),
        Separator("[dot]", marked: true), Separator("(dot)", marked: true), Separator(" dot ", marked: true),
    ]

    /// Words before " at " that are no mailbox ("write to us at", "reach me at").
    private static let notLocalParts: Set<String> = ["us", "me", "you", "them", "him", "her", "it", "online", "here", "site", "website", "page", "or", "and"]

    /// The end of the first form in `words` that starts at `at`, and whether it is unmistakable.
    private static func separator(_ words: [Separator], in scalars: ArraySlice<Unicode.Scalar>, at: Int) -> (Int, Bool)? {
        for word in words where at + word.scalars.count <= scalars.endIndex {
            var k = at
            var same = true
            for p in word.scalars {
                let s = scalars[k]
                let lower = word.folds && ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s
                if lower != p { same = false; break }
                k += 1
            }
            if same { return (k, word.marked) }
        }
        return nil
    }

    private static func isLabelPart(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-")
    }

    /// Common top-level domains written apart from the name before them ("netflix. com").
    private static let spacedTopLevelDomains: Set<String> = ["com", "org", "net", "edu", "gov", "io", "co", "info"]

    /// The end of a lower-case top-level domain one space after `at` (which follows a dot), if
    /// the word is one of ``spacedTopLevelDomains``.
    private static func spacedTopLevelDomain(in scalars: ArraySlice<Unicode.Scalar>, at: Int) -> Int? {
        guard at < scalars.endIndex, scalars[at] == " " else { return nil }
        var end = at + 1
        while end < scalars.endIndex, ("a"..."z").contains(scalars[end]) { end += 1 }
        if end < scalars.endIndex, isDomainPart(scalars[end]), scalars[end] != "." { return nil }
        let word = String(String.UnicodeScalarView(scalars[(at + 1)..<end]))
        return spacedTopLevelDomains.contains(word) ? end : nil
    }

    private static func isLocalPart(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "._%+-".unicodeScalars.contains(s))
    }

    private static func isDomainPart(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "." || s == "-")
    }

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty one": 21, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
    ]

    /// The number a token spells (`13`, `thirteen`), if any.
    static func number(_ token: Token) -> Int? {
        if let n = Int(token.text), token.text.count <= 4 { return n }
        return numberWords[token.text]
    }

    private static let ageBefore: Set<String> = ["age", "aged", "under", "younger", "over", "least", "ages", "below"]
    private static let ageAfter: Set<String> = ["years", "year", "yrs"]
    private static let ageAfterSecond: Set<String> = ["old", "of", "or", "and"]

    /// Ages (10...21) named with age words: "under 13", "13 years of age", "age of eighteen".
    static func ages(in tokens: [Token]) -> [(Int, Range<Int>)] {
        var found: [(Int, Range<Int>)] = []
        for (i, token) in tokens.enumerated() {
            guard let n = number(token), (10...21).contains(n) else { continue }
            let before = tokens[max(0, i - 3)..<i].contains { ageBefore.contains($0.text) }
            var after = false
            if i + 1 < tokens.count, ageAfter.contains(tokens[i + 1].text) {
                after = i + 2 < tokens.count && ageAfterSecond.contains(tokens[i + 2].text)
            }
            if i + 2 < tokens.count, ["or", "and"].contains(tokens[i + 1].text), ["older", "over", "above"].contains(tokens[i + 2].text) {
                after = true
            }
            if before || after { found.append((n, i..<(i + 1))) }
        }
        return found
    }

    private static let durationUnits: Set<String> = [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "business",
    ]

    /// Durations ("30 days", "thirty (30) days", "two years"), as token ranges.
    static func durations(in tokens: [Token]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for (i, token) in tokens.enumerated() where durationUnits.contains(token.text) && token.text != "business" {
            var j = i - 1
            if j >= 0, tokens[j].text == "business" { j -= 1 }
            var start: Int?
            while j >= 0, tokens[j].isPunctuation ? (tokens[j].text == "(" || tokens[j].text == ")") : number(tokens[j]) != nil {
                if !tokens[j].isPunctuation { start = j }
                j -= 1
            }
            if let start { found.append(start..<(i + 1)) }
        }
        return found
    }

    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let dateCues: Set<String> = ["updated", "effective", "revised", "modified", "version", "dated", "amended", "update", "date"]

    /// A date (ending in a four-digit year) within eight tokens after a cue such as "updated",
    /// "effective" or "revised", as a token range.
    static func lastUpdated(in tokens: [Token]) -> Range<Int>? {
        for (i, token) in tokens.enumerated() where dateCues.contains(token.text) {
            for k in (i + 1)..<min(tokens.count, i + 9) {
                guard let year = Int(tokens[k].text), tokens[k].text.count == 4, (1990...2035).contains(year) else { continue }
                var start = k
                var j = k - 1
                while j > i, k - j <= 4, !tokens[j].isPunctuation || tokens[j].text == "," {
                    if months.contains(tokens[j].text) || Int(tokens[j].text) != nil { start = j }
                    j -= 1
                }
                if start < k || (k + 2 < tokens.count && Int(tokens[k + 1].text) != nil && Int(tokens[k + 2].text) != nil) {
                    let end = start < k ? k + 1 : k + 3
                    return start..<end
                }
            }
        }
        return nil
    }
}
