/// The address of a section within its policy: its number (0 is the preamble, then 1, 2...
/// in document pre-order, as `outline` numbers them), its child-index path and its title path.
public struct SectionLocation: Sendable, Hashable {
    /// 0 for the preamble, else the 1-based position in document (pre-)order.
    public var number: Int
    /// Child indices from the top-level list down to this section (empty for the preamble).
    public var indexPath: [Int]
    /// Titles from the top-level ancestor down to this section (empty for the preamble).
    public var titlePath: [String]

    public init(number: Int, indexPath: [Int], titlePath: [String]) {
        self.number = number
        self.indexPath = indexPath
        self.titlePath = titlePath
    }

    /// The text before the first heading.
    public static let preamble = SectionLocation(number: 0, indexPath: [], titlePath: [])

    public var isPreamble: Bool { number == 0 }
    public var depth: Int { indexPath.count }

    /// The path as readers see it: the titles, or `["(preamble)"]` for the preamble.
    public var displayPath: [String] { SectionPath.display(titlePath) }
    /// The path joined for reading (`Privacy › Cookies`), `(preamble)` for the preamble.
    public var label: String { SectionPath.label(titlePath) }
}

/// How a section's title path is written for readers; the one place that knows the separator
/// and the preamble's label.
public enum SectionPath {
    /// Between the titles of a path.
    public static let separator = " › "
    /// What the preamble (the text before the first heading, whose path is empty) is called.
    public static let preambleLabel = "(preamble)"

    /// The titles joined with ``separator`` (empty for an empty path).
    public static func joined<Titles: Sequence<String>>(_ titles: Titles) -> String {
        titles.joined(separator: separator)
    }

    /// `titles`, or `[preambleLabel]` when empty.
    public static func display(_ titles: [String]) -> [String] {
        titles.isEmpty ? [preambleLabel] : titles
    }

    /// The titles joined, or ``preambleLabel`` when empty.
    public static func label(_ titles: [String]) -> String {
        titles.isEmpty ? preambleLabel : joined(titles)
    }
}

/// Where a block sits in a policy: its section and its index among that section's own blocks.
public struct BlockLocation: Sendable, Hashable, Comparable {
    /// ``SectionLocation/number``: 0 is the preamble.
    public var sectionNumber: Int
    public var blockIndex: Int

    public init(sectionNumber: Int, blockIndex: Int) {
        self.sectionNumber = sectionNumber
        self.blockIndex = blockIndex
    }

    public static func < (lhs: BlockLocation, rhs: BlockLocation) -> Bool {
        (lhs.sectionNumber, lhs.blockIndex) < (rhs.sectionNumber, rhs.blockIndex)
    }
}
