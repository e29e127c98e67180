/// Text from a git history (paths, commit titles, libgit2 messages) made safe for one terminal
/// line: control characters become spaces or escapes, so none reaches the terminal.
package enum Printable {
    /// `text` on one line: newlines and tabs become spaces, other control characters (C0, DEL, C1)
    /// are dropped, runs of spaces collapse, and the ends are trimmed.
    package static func line(_ text: String) -> String {
        if isPlainLine(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D {
                pendingSpace = !out.isEmpty
            } else if value < 0x20 || (0x7F...0x9F).contains(value) {
                continue
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Printable ASCII with single inner spaces: already one clean line (most commit titles).
    private static func isPlainLine(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            guard byte > 0x20 && byte < 0x7F || byte == 0x20 && previous != 0x20 else { return false }
            previous = byte
        }
        return previous != 0x20
    }

    /// A path's bytes as text: valid UTF-8 without control characters as is, anything else
    /// with each such byte or character written `\xNN`.
    package static func path(_ bytes: [UInt8]) -> String {
        if let text = utf8(bytes), !text.unicodeScalars.contains(where: isControl) { return text }
        var out = ""
        let decoded = String(decoding: bytes, as: UTF8.self)
        if decoded.utf8.elementsEqual(bytes) {
            for scalar in decoded.unicodeScalars {
                if isControl(scalar) { out += escape(UInt8(truncatingIfNeeded: scalar.value)) } else { out.unicodeScalars.append(scalar) }
            }
            return out
        }
        // Not UTF-8: keep ASCII printable bytes, escape the rest.
        for byte in bytes {
            if (0x20..<0x7F).contains(byte) && byte != UInt8(ascii: "\\") { out.unicodeScalars.append(Unicode.Scalar(byte)) } else { out += escape(byte) }
        }
        return out
    }

    /// `bytes` as a String when they are valid UTF-8.
    static func utf8(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.utf8.elementsEqual(bytes) ? text : nil
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func escape(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
