import PolicyClassifier
import PolicyExtraction

/// Pairs the sections of two policies by their dominant practice category, for reading them
/// side by side: cookies beside cookies, retention beside retention.
///
/// The pairing keeps both documents in order (a longest common subsequence of categories), so
/// the two sides can scroll together; a section with no category, or none matching on the other
/// side in order, stays unpaired.
public enum SectionPairing {
    /// One row of the side-by-side reading: a section of each policy, or of one only.
    public struct Pair: Hashable, Sendable {
        /// Index into the left list (nil: nothing on the left).
        public var left: Int?
        /// Index into the right list (nil: nothing on the right).
        public var right: Int?

        public init(left: Int?, right: Int?) {
            self.left = left
            self.right = right
        }

        public var isPaired: Bool { left != nil && right != nil }
    }

    /// Every section of both lists exactly once, in order on each side; equal categories
    /// (never nil) pair. Unpaired sections of the left come before those of the right between
    /// two pairs.
    public static func pair<C: Hashable>(left: [C?], right: [C?]) -> [Pair] {
        let n = left.count, m = right.count
        // lcs[i][j]: pairs possible in left[i...] and right[j...].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    if let a = left[i], a == right[j] {
                        lcs[i][j] = lcs[i + 1][j + 1] + 1
                    } else {
                        lcs[i][j] = max(lcs[i + 1][j], lcs[i][j + 1])
                    }
                }
            }
        }
        var out: [Pair] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, let a = left[i], a == right[j], lcs[i][j] == lcs[i + 1][j + 1] + 1 {
                out.append(Pair(left: i, right: j))
                i += 1
                j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                out.append(Pair(left: i, right: nil))
                i += 1
            } else {
                out.append(Pair(left: nil, right: j))
                j += 1
            }
        }
        return out
    }

    /// The dominant category of each section (index 0 is the preamble, then
    /// ``PolicyModel/Policy/flattenedSections`` order): the category with the highest summed
    /// score over the section's own sentences' best categories; nil for a section with none.
    public static func dominantCategories(_ practices: PolicyPractices, sectionCount: Int) -> [OPP115Category?] {
        var totals = [[OPP115Category: Float]](repeating: [:], count: sectionCount + 1)
        for sentence in practices.sentences {
            let s = sentence.location.sectionNumber
            guard totals.indices.contains(s), let best = sentence.categories.first else { continue }
            totals[s][best.category, default: 0] += best.score
        }
        return totals.map { scores in
            scores.max { a, b in
                a.value != b.value ? a.value < b.value : a.key.rawValue > b.key.rawValue
            }?.key
        }
    }
}
