/// How a cell looks, as data: colours by their curses/ANSI number (-1: the terminal's default)
/// and attributes. The palette turns looks into curses pairs; tests compare them.
struct CellLook: Hashable {
    var fg: Int16 = -1
    var bg: Int16 = -1
    var bold = false
    var underline = false
    var reverse = false
    var italic = false

    /// The eight basic colours' numbers.
    static let black: Int16 = 0, red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3
    static let blue: Int16 = 4, magenta: Int16 = 5, cyan: Int16 = 6, white: Int16 = 7
}

/// How many colours the palette may use.
enum ColorDepth: Hashable, CaseIterable {
    case eight, many

    /// The depth of a terminal reporting `colors` colours (`COLORS`).
    init(colors: Int) { self = colors >= 256 ? .many : .eight }
}

/// The look of every practice category (by style slot) and of the text pane's headings: each
/// category its own look at either colour depth, none like a heading. A statement is
/// underlined; a denial of the same category is italic instead.
enum CategoryLooks {
    /// Headings: bold yellow.
    static let heading = CellLook(fg: CellLook.yellow, bold: true)

    /// Eight colours: six hues underlined, three of them again bold (bright), and blue reversed.
    private static let eight: [CellLook] = [
        CellLook(fg: CellLook.green), CellLook(fg: CellLook.red), CellLook(fg: CellLook.cyan),
        CellLook(fg: CellLook.magenta), CellLook(fg: CellLook.blue), CellLook(fg: CellLook.yellow),
        CellLook(fg: CellLook.green, bold: true), CellLook(fg: CellLook.cyan, bold: true),
        CellLook(fg: CellLook.magenta, bold: true), CellLook(fg: CellLook.blue, reverse: true),
    ]

    /// 256 colours (xterm palette): ten hues around the wheel, readable on dark and light
    /// backgrounds: green, red, teal, magenta, azure, gold, orange, violet, rose, grey.
    private static let many: [Int16] = [34, 160, 37, 127, 33, 136, 166, 98, 168, 245]

    /// How many slots have a look of their own.
    static let count = 10

    /// A statement of the category in `slot`.
    static func statement(_ slot: Int, depth: ColorDepth) -> CellLook {
        var look = depth == .many ? CellLook(fg: many[slot % count]) : eight[slot % count]
        look.underline = true
        return look
    }

    /// A denial of the category in `slot`: its statement's look, italic and not underlined.
    static func denial(_ slot: Int, depth: ColorDepth) -> CellLook {
        var look = statement(slot, depth: depth)
        look.underline = false
        look.italic = true
        return look
    }
}
