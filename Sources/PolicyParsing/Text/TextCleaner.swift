/// Character-level clean-up rules shared by the Markdown and plain-text readers.
enum TextCleaner {
    /// A control character as its visible picture (ESC -> `␛`), anything else unchanged, so
    /// no policy text can drive the terminal.
    static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        case 0x80...0x9F: "\u{FFFD}"
        default: scalar
        }
    }

    /// Drops the Markdown backslash escapes that plain-text sources carry over (`1\.`, `\-`).
    static func dropMarkdownEscapes(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        var escaped = false
        for ch in text {
            if escaped {
                if !(ch.isASCII && (ch.isPunctuation || ch.isSymbol)) { out.append("\\") }
                out.append(ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else {
                out.append(ch)
            }
        }
        if escaped { out.append("\\") }
        return out
    }
}
