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
    /// A policy marked for comparison.
    case marked
    /// Answer values in the matrix: yes, no, not stated, a number or list.
    case answerYes
    case answerNo
    case answerNotStated
    case answerValue
    /// Text added or removed between two versions.
    case added
    case removed
    /// A practice highlight; the index selects one of ``categoryRoleCount`` category styles.
    case category(Int)
    /// A practice highlight on a sentence that denies it ("we do not sell"), same index.
    case denial(Int)

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
        case .marked: "K"
        case .answerYes: "Y"
        case .answerNo: "N"
        case .answerNotStated: "_"
        case .answerValue: "V"
        case .added: "+"
        case .removed: "-"
        case .category(let n): Character(String(n % Self.categoryRoleCount))
        case .denial(let n): Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(n % Self.categoryRoleCount)))
        }
    }
}
