/// One screen cell: a grapheme, how many columns it takes, and its style role.
///
/// A wide character takes two cells: the first holds it with `width` 2, the second is a
/// continuation cell with empty `text` and `width` 0.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var role: StyleRole

    public init(_ text: String, width: Int = 1, role: StyleRole = .normal) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell(" ")
    public var isContinuation: Bool { width == 0 }
}

/// A screen-sized grid of cells that the renderer draws into and the shell copies out.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should sit (a prompt), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle with blanks of `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let r = rect.clipped(width: width, height: height)
        for y in r.y..<(r.y + r.height) {
            for x in r.x..<(r.x + r.width) { self[x, y] = Cell(" ", role: role) }
        }
    }

    /// Writes `text` from column `x` of row `y`, never past column `x + limit`; returns the
    /// columns used. Control characters are drawn as pictures; a wide character that does not
    /// fit is replaced by a space.
    @discardableResult
    public mutating func put(_ text: some Sequence<Character>, x: Int, y: Int, limit: Int, role: StyleRole) -> Int {
        var col = x
        let end = min(width, x + max(0, limit))
        guard y >= 0, y < height else { return 0 }
        for raw in text {
            let ch = CharWidth.sanitised(raw)
            let w = CharWidth.columns(ch)
            if w == 0 {
                if col > x { appendZeroWidth(ch, x: col - 1, y: y) }
                continue
            }
            if col + w > end {
                if col < end { self[col, y] = Cell(" ", role: role); col += 1 }
                break
            }
            put(ch, width: w, x: col, y: y, role: role)
            col += w
        }
        return col - x
    }

    /// Puts one grapheme of known width at a column, clearing any wide character it splits;
    /// control characters are drawn as pictures here too.
    public mutating func put(_ ch: Character, width w: Int, x: Int, y: Int, role: StyleRole) {
        guard x >= 0, x + w <= width, y >= 0, y < height else { return }
        if self[x, y].isContinuation, x > 0 { self[x - 1, y] = Cell(" ", role: self[x - 1, y].role) }
        if x + w < width, self[x + w, y].isContinuation { self[x + w, y] = Cell(" ", role: self[x + w, y].role) }
        self[x, y] = Cell(String(CharWidth.sanitised(ch)), width: w, role: role)
        if w == 2 { self[x + 1, y] = Cell("", width: 0, role: role) }
    }

    private mutating func appendZeroWidth(_ ch: Character, x: Int, y: Int) {
        var base = x
        while base > 0, self[base, y].isContinuation { base -= 1 }
        self[base, y].text += String(ch)
    }

    /// The grid's characters, one line per row, trailing spaces kept.
    public var text: String {
        (0..<height).map { y in
            (0..<width).map { x in self[x, y].text }.joined()
        }.joined(separator: "\n")
    }

    /// One role code per column and row (see ``StyleRole/code``).
    public var roleText: String {
        (0..<height).map { y in
            String((0..<width).map { x in self[x, y].role.code })
        }.joined(separator: "\n")
    }
}

/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    func clipped(width w: Int, height h: Int) -> Rect {
        let x0 = max(0, x), y0 = max(0, y)
        return Rect(x: x0, y: y0, width: min(x + width, w) - x0, height: min(y + height, h) - y0)
    }
}
