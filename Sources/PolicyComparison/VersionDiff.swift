import PolicyModel

/// What changed between two versions of one site's policy, section by section.
public struct VersionDiff: Sendable {
    public var oldID: String
    public var newID: String
    /// Added and changed sections in the new version's order, then removed ones in the old order.
    public var sections: [SectionChange]
    /// Sections present in both versions with the same text.
    public var unchangedCount: Int
}

/// One section that was added, removed or changed.
public struct SectionChange: Sendable {
    public enum Kind: String, Sendable { case added, removed, changed }

    public var kind: Kind
    /// The section in the old version (nil when added).
    public var old: SectionLocation?
    /// The section in the new version (nil when removed).
    public var new: SectionLocation?
    /// Sentence-level changes (for every kind: an added section lists its sentences as added).
    public var sentences: [SentenceChange]

    /// The old section's path as readers see it (nil when added).
    public var oldPath: [String]? { old?.displayPath }
    /// The new section's path as readers see it (nil when removed).
    public var newPath: [String]? { new?.displayPath }

}

/// One sentence added, removed, or reworded.
public struct SentenceChange: Sendable {
    public enum Kind: String, Sendable { case added, removed, changed }

    public var kind: Kind
    public var old: String?
    public var new: String?
    /// For `changed`: the word-level diff of `old` and `new`.
    public var words: WordDiff?
}
