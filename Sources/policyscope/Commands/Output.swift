import BrowserCore
import Foundation

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

    /// Encodes a value as pretty JSON on stdout (JSON escapes control characters itself).
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// `text` with C0/C1 controls (except newline) replaced by visible pictures.
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A: out.append(s)
            case 0x09: out.append(" ")
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + s.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F: out.append("\u{FFFD}")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Pads or cuts `text` to `width` terminal columns (East Asian wide characters count 2).
    static func fit(_ text: String, _ width: Int) -> String {
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
