import PolicyModel

/// Character-level clean-up rules shared by the Markdown and plain-text readers.
enum TextCleaner {
    /// A C0 or C1 control character as its visible picture (ESC -> `␛`, ``VisibleText``'s rule),
    /// anything else unchanged, so no policy text can drive the terminal. Bidirectional controls
    /// stay in the parsed text (JSON shows them as `\u` escapes); every output shows them as
    /// pictures.
    static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value <= 0x9F ? VisibleText.picture(scalar) ?? scalar : scalar
    }

    /// Drops the Markdown backslash escapes that plain-text sources carry over (`1\.`, `\-`).
    static func dropMarkdownEscapes(_ text: String) -> String {
        // A byte test: where no character is a backslash the loop below gives the text back unchanged.
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
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
