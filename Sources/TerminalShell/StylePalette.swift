import BrowserCore
import CNcursesw

/// Style roles resolved once at start into curses attributes and colour pairs (practice
/// categories and headings from ``CategoryLooks``, at the terminal's colour depth).
///
/// Without colour every role still differs by bold, reverse or underline, so nothing relies
/// on colour alone.
struct StylePalette {
    private var styles: [StyleRole: (attr: attr_t, pair: Int16)] = [:]

    init(color: Bool) {
        let bold = ps_a_bold(), reverse = ps_a_reverse(), underline = ps_a_underline(), dim = ps_a_dim()
        let italic = ps_a_italic()
        let mono: [StyleRole: attr_t] = [
            .normal: 0, .dim: dim, .title: underline, .focusedTitle: reverse | bold, .separator: dim,
            .heading: bold, .selection: reverse, .inactiveSelection: underline, .match: bold | underline,
            .currentMatch: reverse | bold, .status: reverse, .prompt: bold, .message: reverse | bold,
            .overlay: 0, .overlayKey: bold,
            // Comparison: answers differ by attribute too (yes bold, no underlined, not stated
            // dim); added text bold, removed text dim and underlined.
            .marked: bold, .answerYes: bold, .answerNo: underline, .answerNotStated: dim, .answerValue: 0,
            .added: bold, .removed: dim | underline,
        ]
        for (role, attr) in mono { styles[role] = (attr, 0) }
        for n in 0..<StyleRole.categoryRoleCount {
            styles[.category(n)] = (underline | (n % 2 == 1 ? bold : 0), 0)
            // A denial: italic and dim instead of underlined, so it never reads as a statement.
            styles[.denial(n)] = (italic | dim, 0)
        }
        guard color else { return }

        start_color()
        use_default_colors()
        var nextPair: Int16 = 1
        func pair(_ fg: Int16, _ bg: Int16) -> Int16 {
            init_pair(nextPair, fg, bg)
            defer { nextPair += 1 }
            return nextPair
        }
        styles[.focusedTitle] = (bold, pair(Int16(COLOR_BLACK), Int16(COLOR_CYAN)))
        styles[.selection] = (bold, pair(Int16(COLOR_BLACK), Int16(COLOR_CYAN)))
        styles[.match] = (0, pair(Int16(COLOR_BLACK), Int16(COLOR_YELLOW)))
        styles[.currentMatch] = (bold, pair(Int16(COLOR_BLACK), Int16(COLOR_MAGENTA)))
        styles[.status] = (0, pair(Int16(COLOR_BLACK), Int16(COLOR_WHITE)))
        styles[.message] = (bold, pair(Int16(COLOR_WHITE), Int16(COLOR_BLUE)))
        styles[.overlay] = (0, pair(Int16(COLOR_WHITE), Int16(COLOR_BLUE)))
        styles[.overlayKey] = (bold, pair(Int16(COLOR_YELLOW), Int16(COLOR_BLUE)))
        styles[.marked] = (bold, pair(Int16(COLOR_GREEN), -1))
        styles[.answerYes] = (bold, pair(Int16(COLOR_GREEN), -1))
        styles[.answerNo] = (bold, pair(Int16(COLOR_RED), -1))
        styles[.answerValue] = (0, pair(Int16(COLOR_CYAN), -1))
        styles[.added] = (bold, pair(Int16(COLOR_GREEN), -1))
        styles[.removed] = (underline, pair(Int16(COLOR_RED), -1))
        let depth = ColorDepth(colors: Int(ps_colors()))
        func resolved(_ look: CellLook) -> (attr: attr_t, pair: Int16) {
            let attr = (look.bold ? bold : 0) | (look.underline ? underline : 0) | (look.reverse ? reverse : 0)
                | (look.italic ? italic : 0)
            return (attr, pair(look.fg, look.bg))
        }
        styles[.heading] = resolved(CategoryLooks.heading)
        for n in 0..<StyleRole.categoryRoleCount {
            styles[.category(n)] = resolved(CategoryLooks.statement(n, depth: depth))
            styles[.denial(n)] = resolved(CategoryLooks.denial(n, depth: depth))
        }
    }

    func style(_ role: StyleRole) -> (attr: attr_t, pair: Int16) {
        styles[role] ?? (0, 0)
    }
}
