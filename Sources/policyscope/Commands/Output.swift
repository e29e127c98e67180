import BrowserCore
import Foundation
import PolicyModel

/// Writing to stdout and stderr, with every piece of policy text made safe for a terminal.
enum Output {
    /// Prints text with control characters shown as visible pictures (ESC -> `␛`).
    static func line(_ text: String = "") {
        print(safe(text))
    }

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
