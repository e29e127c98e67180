import Foundation

/// How alike two sections are: their titles (the distinctive words, Dice coefficient) and their
/// texts (cosine of tf-idf weights). Words are lowercased, hyphens joined (`on-line` is `online`),
/// possessives and plural or verb endings cut (`children's`, `cookies`, `updating`), and
/// words every privacy policy uses in titles (`privacy`, `policy`, `information`, `personal`,
/// `data`) or that carry no topic (`the`, `our`, `how`) dropped.
public enum SectionSimilarity {
    /// The distinctive words of a title or a text, cut to their stems.
    public static func words(_ text: String) -> [String] {
        let joined = text.lowercased().filter { $0 != "-" }
        return joined.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }
            .map(stem)
            .filter { $0.count > 1 && !ignored.contains($0) }
    }

    /// The Dice coefficient of two titles' word sets: 1 for the same words, 0 for none shared.
    public static func titles(_ a: String, _ b: String) -> Double {
        let x = Set(words(a)), y = Set(words(b))
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }

    /// Each text's words weighted by tf-idf over all the texts given (a word in every text
    /// weighs nothing), for ``cosine(_:_:)``.
    public static func weights(_ texts: [String]) -> [[String: Double]] {
        let counts = texts.map { words($0).reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 } }
        var documents: [String: Int] = [:]
        for c in counts { for w in c.keys { documents[w, default: 0] += 1 } }
        let n = Double(counts.count)
        return counts.map { c in c.reduce(into: [:]) { $0[$1.key] = Double($1.value) * log(n / Double(documents[$1.key]!)) } }
    }

    /// The cosine of two weighted texts: 1 for the same words in the same proportions.
    public static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let dot = a.reduce(0.0) { $0 + $1.value * (b[$1.key] ?? 0) }
        let norm = { (v: [String: Double]) in v.values.reduce(0.0) { $0 + $1 * $1 }.squareRoot() }
        let n = norm(a) * norm(b)
        return n == 0 ? 0 : dot / n
    }

    /// A word without a possessive, a plural `s` or an `ing` when enough is left.
    static func stem(_ word: Substring) -> String {
        var w = String(word)
        for suffix in ["'s", "’s", "'", "’"] where w.hasSuffix(suffix) { w.removeLast(suffix.count) }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count >= 4 {
            w.removeLast()
        } else if w.hasSuffix("ing"), w.count >= 6 {
            w.removeLast(3)
        }
        return w
    }

    /// Words that say nothing about a section's topic.
    static let ignored: Set<String> = [
        "the", "and", "or", "of", "to", "for", "with", "in", "on", "by", "at", "as", "from", "about", "an",
        "our", "your", "you", "we", "us", "my", "how", "do", "doe", "this", "that", "these", "what", "is", "are", "it", "its",
        "be", "may", "can", "will", "not", "any", "all", "other", "such", "which", "who", "when", "if",
        "privacy", "policy", "policies", "information", "personal", "data", "site", "website", "service",
    ].reduce(into: Set<String>()) { $0.insert(stem($1[...])) }
}
