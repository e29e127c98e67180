import Foundation
import PolicyModel

/// Where `y` puts text: the terminal's clipboard through OSC 52 (always sent: a program cannot
/// tell whether the terminal honours it) and the file `$XDG_STATE_HOME/policyscope/clipboard.txt`
/// (`~/.local/state` when unset), which works everywhere.
public enum Clipboard {
    /// The text with control characters other than line breaks and tabs dropped (C0, DEL, C1
    /// and bidirectional controls: ``VisibleText``'s set), so that pasting it into a terminal
    /// runs nothing and reorders nothing.
    public static func sanitized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where s == "\n" || s == "\t" || !VisibleText.isUnsafe(s) { out.append(s) }
        return String(out)
    }

    /// The OSC 52 sequence that sets the clipboard (`c`) to `text`: base64 of its UTF-8, ended
    /// by ST (ESC \).
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(sanitized(text).utf8).base64EncodedString() + "\u{1B}\\"
    }

    /// The clipboard file for `environment`: under `XDG_STATE_HOME` if set and absolute, else
    /// under `HOME/.local/state`; nil with neither.
    public static func file(environment: [String: String]) -> String? {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.local/state"
        } else {
            return nil
        }
        return base + "/policyscope/clipboard.txt"
    }

    /// The path as the status line shows it: `~/…` under `HOME`.
    public static func display(_ path: String, environment: [String: String]) -> String {
        guard let home = environment["HOME"], !home.isEmpty, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// Writes the sanitized text (and a final newline) to `path`, creating its folders.
    public static func save(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((sanitized(text) + "\n").utf8).write(to: url, options: .atomic)
    }
}
