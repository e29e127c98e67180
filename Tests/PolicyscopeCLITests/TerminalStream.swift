/// The bytes a program sent to its terminal, read as a terminal reads them (ECMA-48: C0 controls,
/// escape sequences, CSI, control strings; UTF-8 text), and checked against what a curses program
/// is allowed to send.
///
/// Accepted, and nothing else:
/// - text: UTF-8 scalars other than C1 controls (U+0080-U+009F) and the bidirectional
///   embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069);
/// - C0 controls BS, TAB, LF, CR;
/// - CSI with parameter bytes only (digits, `;`, a leading `?`), no intermediates, and a final
///   byte that moves, erases, scrolls, inserts, sets modes or styles: `@ A B C D E F G H J K L M
///   P S T X d f h l m r t` (so no device queries such as `6n` or `c`);
/// - `ESC =`, `ESC >` (keypad), `ESC 7`, `ESC 8` (save and restore the cursor), `ESC M` (reverse
///   index), `ESC ( B`, `ESC ( 0`, `ESC ) 0` (character sets);
/// - no control string at all (OSC, DCS, SOS, PM, APC), except OSC 104 without parameters (the
///   terminfo `oc` string: reset the colour palette, which ncurses sends when it takes the screen
///   back) and OSC 52 with exactly the payload a test expects (the browser's own copy on `y`).
struct TerminalStream {
    enum Item: Equatable {
        case text(Unicode.Scalar)
        case control(UInt8)
        /// `ESC [` parameters, intermediates, final.
        case csi(String, String, UInt8)
        /// `ESC` intermediates and final (not `[`, not a control string).
        case escape(String)
        /// A control string: its introducer (`]` OSC, `P` DCS, `X` SOS, `^` PM, `_` APC) and body.
        case string(UInt8, [UInt8])
        /// A byte that is not UTF-8 here (such as a Latin-1 C1 control, 0x80-0x9F).
        case invalid(UInt8)
    }

    private(set) var items: [Item] = []

    init(_ bytes: some Collection<UInt8>) {
        let b = Array(bytes)
        var i = 0
        while i < b.count {
            let byte = b[i]
            if byte == 0x1B {
                i = escape(b, from: i + 1)
            } else if byte < 0x20 || byte == 0x7F {
                items.append(.control(byte))
                i += 1
            } else if byte < 0x80 {
                items.append(.text(Unicode.Scalar(byte)))
                i += 1
            } else if let (scalar, length) = Self.decode(b, at: i) {
                items.append(.text(scalar))
                i += length
            } else {
                items.append(.invalid(byte))
                i += 1
            }
        }
    }

    private mutating func escape(_ b: [UInt8], from start: Int) -> Int {
        guard start < b.count else { items.append(.escape("")); return start }
        let kind = b[start]
        if kind == UInt8(ascii: "[") {
            var i = start + 1, params = "", intermediates = ""
            while i < b.count, (0x30...0x3F).contains(b[i]) { params.append(Character(Unicode.Scalar(b[i]))); i += 1 }
            while i < b.count, (0x20...0x2F).contains(b[i]) { intermediates.append(Character(Unicode.Scalar(b[i]))); i += 1 }
            let final = i < b.count ? b[i] : 0
            items.append(.csi(params, intermediates, final))
            return i + 1
        }
        if [UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_")].contains(kind) {
            // Ends at BEL, ST (ESC \) or a C1 ST (U+009C in UTF-8), as terminals end them.
            var i = start + 1, body: [UInt8] = []
            while i < b.count {
                if b[i] == 0x07 { i += 1; break }
                if b[i] == 0x1B, i + 1 < b.count, b[i + 1] == UInt8(ascii: "\\") { i += 2; break }
                if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0x9C { i += 2; break }
                body.append(b[i])
                i += 1
            }
            items.append(.string(kind, body))
            return i
        }
        var i = start, text = ""
        while i < b.count, (0x20...0x2F).contains(b[i]) { text.append(Character(Unicode.Scalar(b[i]))); i += 1 }
        if i < b.count { text.append(Character(Unicode.Scalar(b[i]))) }
        items.append(.escape(text))
        return i + 1
    }

    private static func decode(_ b: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        let lead = b[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard length > 0, i + length <= b.count else { return nil }
        var decoder = UTF8()
        var iterator = b[i..<(i + length)].makeIterator()
        if case .scalarValue(let s) = decoder.decode(&iterator) { return (s, length) }
        return nil
    }

    static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    /// Every item a curses program may not send, described; `osc52` is the one clipboard payload
    /// (base64) allowed, if any.
    func problems(osc52: String? = nil) -> [String] {
        var found: [String] = []
        for item in items {
            switch item {
            case .text(let s):
                if (0x80...0x9F).contains(s.value) { found.append("C1 control U+\(hex(s.value)) in UTF-8") }
                if Self.isBidiControl(s) { found.append("bidi control U+\(hex(s.value))") }
            case .control(let c):
                if ![0x08, 0x09, 0x0A, 0x0D].contains(c) { found.append("control 0x\(hex(UInt32(c)))") }
            case .csi(let params, let intermediates, let final):
                let paramsOK = params.drop(while: { $0 == "?" }).allSatisfy { $0.isNumber || $0 == ";" } && params.filter({ $0 == "?" }).count <= 1
                if !paramsOK || !intermediates.isEmpty || !Array("@ABCDEFGHJKLMPSTXdfhlmrt".utf8).contains(final) {
                    found.append("CSI \(params)\(intermediates)\(Character(Unicode.Scalar(final)))")
                }
            case .escape(let text):
                if !["=", ">", "7", "8", "M", "(B", "(0", ")0"].contains(text) { found.append("ESC \(text)") }
            case .string(let kind, let body):
                let text = String(decoding: body, as: UTF8.self)
                if kind == UInt8(ascii: "]"), text == "104" { continue }
                if kind == UInt8(ascii: "]"), let osc52, text == "52;c;" + osc52 { continue }
                found.append("control string ESC \(Character(Unicode.Scalar(kind)))\(text.prefix(40))")
            case .invalid(let byte):
                found.append("byte 0x\(hex(UInt32(byte))) outside UTF-8")
            }
        }
        return found
    }

    /// Each private mode (`CSI ? N h` / `l`) as the stream leaves it: true when set.
    var privateModes: [Int: Bool] {
        var modes: [Int: Bool] = [:]
        for case .csi(let params, "", let final) in items where params.hasPrefix("?") && (final == UInt8(ascii: "h") || final == UInt8(ascii: "l")) {
            for n in params.dropFirst().split(separator: ";") { if let n = Int(n) { modes[n] = final == UInt8(ascii: "h") } }
        }
        return modes
    }

    /// Whether the keypad is left in application mode (`ESC =` after the last `ESC >`).
    var keypadApplication: Bool {
        var on = false
        for case .escape(let text) in items {
            if text == "=" { on = true } else if text == ">" { on = false }
        }
        return on
    }

    /// What the stream leaves on that a shell would suffer from: the alternate screen, a hidden
    /// cursor, mouse reporting, application cursor keys or keypad.
    var leftOn: [String] {
        let modes = privateModes
        var on: [String] = []
        for n in [47, 1047, 1049] where modes[n] == true { on.append("alternate screen (?\(n))") }
        if modes[25] == false { on.append("hidden cursor (?25l)") }
        for n in [9, 1000, 1001, 1002, 1003, 1005, 1006, 1015] where modes[n] == true { on.append("mouse reporting (?\(n))") }
        if modes[1] == true { on.append("application cursor keys (?1)") }
        if keypadApplication { on.append("application keypad (ESC =)") }
        return on
    }

    /// The visible text, control strings and sequences left out (to look for what was drawn).
    var text: String {
        var out = String.UnicodeScalarView()
        for case .text(let s) in items { out.append(s) }
        return String(out)
    }
}

private func hex(_ v: UInt32) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
