/// What a cell means, not how it looks: the terminal shell maps roles to colours and attributes.
public enum StyleRole: Hashable, Sendable {
    case normal
    case dim
    case title
    case focusedTitle
    case separator
    case heading
    /// The cursor row of the focused pane.
    case selection
    /// The cursor row of a pane without focus.
    case inactiveSelection
    case match
    case currentMatch
    case status
    case prompt
    case message
    case overlay
    case overlayKey
    /// A practice highlight; the index selects one of ``categoryRoleCount`` category styles.
    case category(Int)

    /// How many distinct category styles there are; more categories reuse them in turn.
    public static let categoryRoleCount = 10

    /// One character per role, for text snapshots of a grid's styles.
    public var code: Character {
        switch self {
        case .normal: "."
        case .dim: "d"
        case .title: "t"
        case .focusedTitle: "T"
        case .separator: "|"
        case .heading: "H"
        case .selection: "S"
        case .inactiveSelection: "s"
        case .match: "m"
        case .currentMatch: "M"
        case .status: "b"
        case .prompt: "p"
        case .message: "!"
        case .overlay: "o"
        case .overlayKey: "O"
        case .category(let n): Character(String(n % Self.categoryRoleCount))
        }
    }
}
