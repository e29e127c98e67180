/// Editing the prompt line: typing, Backspace, `C-u` (clear to the start) and `C-w` (delete the
/// word before the cursor), over text that may be selected.
///
/// The list filter opens with its earlier text selected: the first character typed replaces
/// it, an editing key clears it, and `→`/`End` keep it to type after it. (A screen's filter or
/// query opens unselected, to be refined by typing after it.)
extension Prompt {
    /// The help overlay's lines for the prompt's editing keys.
    static let helpLines: [(label: String, help: String)] = [
        ("C-u C-w", "in a prompt: clear the line / delete the last word"),
        ("BkSp", "in a prompt: on an empty line, close it (typing right after opens it again)"),
    ]

    /// What a key did to the line.
    enum Edit: Equatable {
        /// The text changed.
        case changed
        /// Nothing to do (the key is not an editing key, or moved nothing).
        case unchanged
        /// Backspace on an empty line: close the prompt.
        case close
    }

    /// Applies an editing key.
    mutating func edit(_ key: Key) -> Edit {
        switch key {
        case .char(let c):
            if selected { text = "" }
            selected = false
            text.append(c)
            return .changed
        case .backspace:
            guard !text.isEmpty else { return .close }
            if selected { text = "" } else { text.removeLast() }
            selected = false
            return .changed
        case .ctrl("u"):
            return replace(with: "")
        case .ctrl("w"):
            return replace(with: selected ? "" : Self.droppingLastWord(text))
        case .right, .end:
            guard selected else { return .unchanged }
            selected = false
            return .unchanged
        default:
            return .unchanged
        }
    }

    private mutating func replace(with new: String) -> Edit {
        selected = false
        guard new != text else { return .unchanged }
        text = new
        return .changed
    }

    /// `text` less its last word and the spaces after it (readline's `unix-word-rubout`).
    static func droppingLastWord(_ text: String) -> String {
        var s = Substring(text)
        while s.last == " " { s = s.dropLast() }
        while let last = s.last, last != " " { s = s.dropLast() }
        return String(s)
    }
}
