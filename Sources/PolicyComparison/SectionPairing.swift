import PolicyClassifier
import PolicyExtraction

/// Pairs the sections of two policies for reading them side by side: cookies beside cookies,
/// security beside security.
///
/// Each section of the left policy faces the right section most like it, tried in this order:
/// the same title (`=`); a title sharing most of its distinctive words (`~`,
/// ``SectionSimilarity``); the two documents' openings (`^`: preamble or title section); the
/// text most alike when clearly alike (texts by tf-idf cosine over both documents' sections),
/// `c` when the two share their practice category, `t` when not; else, for a narrow category
/// (contact, changes, security, retention), the text of that category most alike when
/// somewhat alike (`c`). Introductions pair by title only: their words are everyone's. One right section may face several left ones. The rows follow the
/// left policy; a right section that no left one chose comes before the first row whose partner
/// follows it, so both sides keep their order where their topics do.
public enum SectionPairing {
    /// How a pair was made.
    public enum Basis: String, Sendable, CaseIterable {
        /// The same title (numbering, case and punctuation aside).
        case sameTitle = "="
        /// Titles that share most of their distinctive words.
        case similarTitle = "~"
        /// Each document's opening: its preamble, or the title section that holds the rest.
        case opening = "^"
        /// The same category, and texts alike.
        case sameCategory = "c"
        /// Texts clearly alike, of different categories.
        case similarText = "t"
    }

    /// What pairing needs of one section.
    public struct Facts: Sendable {
        public var title: String
        /// The dominant category's name (nil: none).
        public var category: String?
        public var text: String
        /// The document's preamble, or its title section holding every other section.
        public var isOpening: Bool

        public init(title: String, category: String?, text: String, isOpening: Bool = false) {
            self.title = title
            self.category = category
            self.text = text
            self.isOpening = isOpening
        }
    }

    /// One row of the side-by-side reading: a section of each policy, or of one only.
    public struct Pair: Hashable, Sendable {
        /// Index into the left list (nil: nothing on the left).
        public var left: Int?
        /// Index into the right list (nil: nothing on the right).
        public var right: Int?
        /// How the two were paired (nil when one side is empty).
        public var basis: Basis?

        public init(left: Int?, right: Int?, basis: Basis? = nil) {
            self.left = left
            self.right = right
            self.basis = basis
        }

        public var isPaired: Bool { left != nil && right != nil }
    }

    /// Titles at least this alike (Dice coefficient of their words) pair as similar.
    public static let similarTitle = 0.4
    /// Texts of one narrow category at least this alike (tf-idf cosine) pair.
    public static let sameCategoryText = 0.06
    /// Texts at least this alike pair whatever their categories.
    public static let similarText = 0.095
    /// Categories that do not make two sections alike: the catch-all, and specific audiences
    /// (children, California residents and Europeans are different audiences).
    static let mixedCategories: Set<String> = ["other", "audiences"]
    /// Categories narrow enough that sharing one lowers the bar for texts alike.
    static let narrowCategories: Set<String> = ["contact", "changes", "security", "retention"]

    /// Every left section once, in order, each with its partner if it has one; every right
    /// section at least once.
    public static func pair(left: [Facts], right: [Facts]) -> [Pair] {
        let weights = SectionSimilarity.weights((left + right).map(\.text))
        let matches = left.indices.map { i in
            partner(of: left[i], in: right, texts: right.indices.map { SectionSimilarity.cosine(weights[i], weights[left.count + $0]) })
        }
        let chosen = Set(matches.compactMap { $0?.index })
        var out: [Pair] = [], shown = Set<Int>()
        func showUnchosen(before limit: Int) {
            for k in 0..<limit where !chosen.contains(k) && !shown.contains(k) {
                out.append(Pair(left: nil, right: k))
                shown.insert(k)
            }
        }
        for (i, match) in matches.enumerated() {
            guard let match else {
                out.append(Pair(left: i, right: nil))
                continue
            }
            showUnchosen(before: match.index)
            out.append(Pair(left: i, right: match.index, basis: match.basis))
            shown.insert(match.index)
        }
        showUnchosen(before: right.count)
        return out
    }

    /// The right section most like `section`, and how; `texts`: its text's likeness to each.
    static func partner(of section: Facts, in right: [Facts], texts: [Double]) -> (index: Int, basis: Basis)? {
        let key = VersionDiffer.titleKey(section.title)
        if !key.isEmpty, let j = right.firstIndex(where: { VersionDiffer.titleKey($0.title) == key }) {
            return (j, .sameTitle)
        }
        let titles = right.map { SectionSimilarity.titles(section.title, $0.title) }
        if let j = best(titles, among: right.indices), titles[j] >= similarTitle { return (j, .similarTitle) }
        if section.isOpening, let j = right.firstIndex(where: \.isOpening) { return (j, .opening) }
        // An introduction's words are everyone's: it pairs by title only.
        guard section.category != "introduction" else { return nil }
        let candidates = right.indices.filter { right[$0].category != "introduction" }
        // The text decides; a narrow category shared lowers the bar.
        if let j = best(texts, among: candidates), texts[j] >= similarText {
            let shared = section.category.map { right[j].category == $0 && !mixedCategories.contains($0) } ?? false
            return (j, shared ? .sameCategory : .similarText)
        }
        if let category = section.category, narrowCategories.contains(category),
           let j = best(texts, among: candidates.filter { right[$0].category == category }), texts[j] >= sameCategoryText {
            return (j, .sameCategory)
        }
        return nil
    }

    /// The index of the highest score (the first of equals).
    private static func best(_ scores: [Double], among indices: some Collection<Int>) -> Int? {
        indices.max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }
    }

    /// The dominant category of each section (index 0 is the preamble, then
    /// ``PolicyModel/Policy/flattenedSections`` order): the category with the highest summed
    /// score over the section's own sentences' best categories; nil for a section with none.
    public static func dominantCategories(_ practices: PolicyPractices, sectionCount: Int) -> [OPP115Category?] {
        dominantCategories(practices.sentences.compactMap { sentence in
            sentence.categories.first.map { (sentence.location.sectionNumber, $0.category, $0.score) }
        }, sectionCount: sectionCount)
    }

    /// The same from a stored record (its spans give each sentence's best category).
    public static func dominantCategories(_ record: PracticeRecord, sectionCount: Int) -> [OPP115Category?] {
        dominantCategories(record.bestCategories, sectionCount: sectionCount)
    }

    private static func dominantCategories(
        _ best: [(sectionNumber: Int, category: OPP115Category, score: Float)], sectionCount: Int
    ) -> [OPP115Category?] {
        var totals = [[OPP115Category: Float]](repeating: [:], count: sectionCount + 1)
        for sentence in best where totals.indices.contains(sentence.sectionNumber) {
            totals[sentence.sectionNumber][sentence.category, default: 0] += sentence.score
        }
        return totals.map { scores in
            scores.max { a, b in
                a.value != b.value ? a.value < b.value : a.key.rawValue > b.key.rawValue
            }?.key
        }
    }
}
