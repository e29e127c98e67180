import BrowserCore
import CNcursesw
import CTerminalSignals
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the interactive screen could not start.
public enum TerminalError: Error, CustomStringConvertible {
    case unknownTerminal(String)
    case cannotAddressCursor(String)

    public var description: String {
        switch self {
        case .unknownTerminal(let term): "cannot use terminal type '\(term)' (see TERM)"
        case .cannotAddressCursor(let term): "terminal type '\(term)' cannot move the cursor"
        }
    }
}

/// The one curses screen: start-up, drawing a grid, reading input, and restoring the terminal.
final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: StylePalette
    private var shown: Grid?
    private var closed = false
    /// Consecutive reads that gave nothing while stdin was readable: end of file.
    private var emptyReads = 0
    /// Whether stdin was a terminal at the start (a hung-up one no longer answers `isatty`).
    private let stdinIsTerminal = isatty(0) != 0

    /// Starts curses on stdout/stdin. Call `setlocale` first.
    init(color: ColorMode, environment: [String: String], mouse: Bool = false) throws {
        let term = environment["TERM"] ?? ""
        ps_signals_claim_stop() // before curses, so that curses leaves SIGTSTP to us
        guard let screen = ps_newterm() else {
            signal(SIGTSTP, SIG_DFL)
            throw TerminalError.unknownTerminal(term)
        }
        self.screen = screen
        guard ps_can_address_cursor() != 0 else {
            signal(SIGTSTP, SIG_DFL)
            endwin()
            delscreen(screen)
            throw TerminalError.cannotAddressCursor(term)
        }
        window = ps_stdscr()
        ps_signals_install()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        wtimeout(window, 250)
        palette = StylePalette(color: color.usesColor(terminalHasColors: has_colors(), environment: environment))
        curs_set(0)
        if mouse { _ = ps_mouse_on() }
    }

    deinit { close() }

    /// Ends curses and puts the terminal back as it was. A deferred signal (INT, TERM, HUP, QUIT)
    /// that arrived after the key loop last looked is acted on now: the process dies of it.
    func close() {
        guard !closed else { return }
        closed = true
        endwin()
        delscreen(screen)
        ps_signals_reset()
        let pending = ps_signals_pending()
        if pending != 0 { ps_signals_die(pending) }
    }

    /// SIGTSTP (C-z, or `kill -TSTP`): leaves curses (the terminal as the shell had it), stops as
    /// the default action would, and on SIGCONT (`fg`) takes the screen back; the next draw
    /// repaints everything.
    func suspend() {
        def_prog_mode()
        endwin()
        ps_signals_stop()
        clearok(window, true)
        invalidate()
    }

    /// Whether the input ended because the terminal hung up (its window was closed): what
    /// SIGHUP means, so the key loop dies of SIGHUP even when the shell that would send it is gone.
    var hungUp: Bool { stdinIsTerminal && ps_stdin_hung_up() != 0 }

    /// The current size, after telling curses about any size change it has not noticed yet.
    var size: Size {
        var rows: Int32 = 0, cols: Int32 = 0
        if ps_tty_size(1, &rows, &cols) == 0, rows != ps_max_y(window) || cols != ps_max_x(window) {
            resizeterm(rows, cols)
        }
        return Size(width: Int(ps_max_x(window)), height: Int(ps_max_y(window)))
    }

    /// Copies a grid to the screen, touching only the cells that changed since the last draw.
    func draw(_ grid: Grid) {
        let full = shown.map { $0.width != grid.width || $0.height != grid.height } ?? true
        if full { werase(window) }
        var buffer: [wchar_t] = []
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if !full, let old = shown, old[x, y] == cell, x + 1 >= grid.width || old[x + 1, y] == grid[x + 1, y] { continue }
                buffer.removeAll(keepingCapacity: true)
                for s in cell.text.unicodeScalars { buffer.append(wchar_t(bitPattern: s.value)) }
                if buffer.isEmpty { buffer.append(32) }
                let style = palette.style(cell.role)
                ps_put(window, Int32(y), Int32(x), buffer, Int32(buffer.count), style.attr, style.pair)
            }
        }
        if let cursor = grid.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        shown = grid
    }

    /// Writes an escape sequence that draws nothing (OSC 52) straight to the terminal, after
    /// what curses has sent.
    func send(_ sequence: String) {
        let bytes = Array(sequence.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBufferPointer { write(1, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            sent += n
        }
    }

    /// Forgets what is on screen so the next draw repaints everything.
    func invalidate() { shown = nil }

    /// Waits up to `timeoutMs` for one key.
    func read(timeoutMs: Int32 = 250) -> InputEvent {
        wtimeout(window, timeoutMs)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        switch status {
        case OK:
            emptyReads = 0
            return KeyDecoder.character(UInt32(code)).map { .key($0) } ?? .idle
        case KEY_CODE_YES:
            emptyReads = 0
            if Int32(code) == KEY_MOUSE { return readMouse() }
            return KeyDecoder.functionKey(Int32(code)) ?? .idle
        default:
            // A timeout leaves stdin unreadable; ERR with stdin readable or hung up means EOF.
            if ps_stdin_readable_or_hung_up() != 0 {
                emptyReads += 1
                if emptyReads >= 3 { return .endOfInput }
            } else {
                emptyReads = 0
            }
            return .idle
        }
    }

    private func readMouse() -> InputEvent {
        var kind: Int32 = 0, x: Int32 = 0, y: Int32 = 0
        guard ps_get_mouse(&kind, &x, &y) == OK else { return .idle }
        return KeyDecoder.mouse(kind: kind, x: Int(x), y: Int(y)).map { .mouse($0) } ?? .idle
    }
}
