import BrowserCore
import Foundation
import PolicyModel

/// Writing to stdout and stderr, with every piece of policy text made safe for a terminal.
enum Output {
    /// Prints text with control characters shown as visible pictures (ESC -> `␛`).
    static func line(_ text: String = "") {
        print(safe(text))
    }

    /// Prints text already made safe (its pieces passed through ``safe(_:)``) as it is.
    static func write(_ text: String) {
        print(text, terminator: "")
    }

    /// Appends `text` to `out` right-aligned in `width` columns (ASCII: numbers, counts).
    static func padLeft(_ text: String, _ width: Int, into out: inout String) {
        pad(width - text.utf8.count, into: &out)
        out += text
    }

    /// Appends `count` spaces (none when it is not positive).
    private static func pad(_ count: Int, into out: inout String) {
        guard count > 0 else { return }
        if count < spaces.count { out += spaces[count] } else { out += String(repeating: " ", count: count) }
    }

    /// Strings of 0 to 63 spaces, made once.
    private static let spaces = (0..<64).map { String(repeating: " ", count: $0) }

    /// One `policyscope: message` line on stderr.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("policyscope: \(safe(message))\n".utf8))
    }

    /// Encodes a value as pretty JSON on stdout: the encoder escapes C0 controls, and
    /// ``escapingUnsafeScalars(_:)`` the rest of what ``VisibleText`` shows as pictures.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(Data(escapingUnsafeScalars(String(decoding: data, as: UTF8.self)).utf8))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Encoded JSON with DEL, C1 and bidirectional controls written as `\u` escapes (the encoder
    /// leaves them raw; they can only stand inside strings, so the JSON means the same).
    static func escapingUnsafeScalars(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && VisibleText.isUnsafe($0) }) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            if s.value >= 0x7F, VisibleText.isUnsafe(s) {
                let hex = String(s.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// `text` with controls other than newline (C0, DEL, C1, bidirectional) shown as pictures
    /// (``VisibleText``), tabs as spaces.
    static func safe(_ text: String) -> String {
        VisibleText.visible(text)
    }

    /// Pads or cuts `text` to `width` terminal columns (East Asian wide characters count 2).
    static func fit(_ text: String, _ width: Int) -> String {
        var out = ""
        fit(text, width, into: &out)
        return out
    }

    /// ``fit(_:_:)`` appended to `out` (a table built in one string).
    static func fit(_ text: String, _ width: Int, into out: inout String) {
        let count = text.utf8.count
        if count <= width, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { // printable ASCII: one column a byte
            out += text
            pad(width - count, into: &out)
            return
        }
        out += fitted(text, width)
    }

    private static func fitted(_ text: String, _ width: Int) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { // printable ASCII: one column a byte
            let count = text.utf8.count
            if count <= width { return text + String(repeating: " ", count: width - count) }
            return width <= 0 ? "" : String(text.utf8.prefix(width - 1))! + "…"
        }
        var out = ""
        var used = 0
        for ch in text {
            let w = CharWidth.columns(ch)
            if used + w > width {
                if used < width { out += String(repeating: " ", count: width - used) }
                return out.isEmpty ? out : String(out.dropLast()) + "…"
            }
            out.append(ch)
            used += w
        }
        return out + String(repeating: " ", count: max(0, width - used))
    }
}
