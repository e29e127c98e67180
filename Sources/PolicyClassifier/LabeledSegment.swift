/// A privacy-policy segment and the OPP-115 categories annotators gave it.
public struct LabeledSegment: Sendable, Hashable, Codable {
    public var text: String
    public var labels: Set<OPP115Category>

    public init(text: String, labels: Set<OPP115Category>) {
        self.text = text
        self.labels = labels
    }
}

extension Array where Element == LabeledSegment {
    /// These segments followed by every segment of `others` whose text is not already present
    /// (the first occurrence of a text keeps its labels). Use it to add, say, the Union-only
    /// segments to the Majority training set.
    public func adding(newTextsFrom others: [LabeledSegment]) -> [LabeledSegment] {
        var seen = Set(map(\.text))
        var result = self
        for segment in others where seen.insert(segment.text).inserted {
            result.append(segment)
        }
        return result
    }

    /// These segments without any whose text occurs in `excluded` (for example, to keep
    /// validation texts out of a training set built from several splits).
    public func removing(textsIn excluded: [LabeledSegment]) -> [LabeledSegment] {
        let banned = Set(excluded.map(\.text))
        return filter { !banned.contains($0.text) }
    }
}
