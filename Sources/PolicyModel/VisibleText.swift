/// The one rule for what text from outside (policies, file and folder names, domains, git
/// commits and paths) may show as itself in a terminal or a text output, and the picture shown
/// instead of what may not. No escape sequence, C1 control or bidirectional control ever reaches a
/// terminal as code: each becomes a visible character.
///
/// - C0 controls as their Unicode control pictures (ESC -> `␛`, U+241B), DEL as `␡`; callers
///   that keep line breaks or turn tabs into spaces decide that before asking;
/// - C1 controls (U+0080-U+009F, such as CSI U+009B and OSC U+009D) as `�` (U+FFFD);
/// - bidirectional embedding, override and isolate controls (LRE, RLE, PDF, LRO, RLO:
///   U+202A-U+202E; LRI, RLI, FSI, PDI: U+2066-U+2069), which reorder the text around them (a
///   "Trojan Source" path or name), as `�` too.
///
/// Joiners (ZWJ U+200D, ZWNJ U+200C) and the marks LRM/RLM stay: emoji and many scripts need them
/// and they reorder nothing beyond one character.
public enum VisibleText {
    /// The picture shown instead of `scalar`, or nil when it shows as itself.
    @inlinable
    public static func picture(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) }
        if v < 0x7F { return nil }
        if v <= 0x9F { return v == 0x7F ? "\u{2421}" : "\u{FFFD}" }
        if v < 0x202A { return nil }
        return isBidiControl(scalar) ? "\u{FFFD}" : nil
    }

    /// U+202A-U+202E and U+2066-U+2069.
    @inlinable
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Whether `scalar` has a picture (it may not reach a terminal as itself).
    @inlinable
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        picture(scalar) != nil
    }

    /// `text` with every unsafe scalar shown as its picture; line breaks are kept when
    /// `keepingLineBreaks`, and tabs become spaces.
    public static func visible(_ text: String, keepingLineBreaks: Bool = true) -> String {
        // Printable ASCII (most text) needs no scalar-by-scalar look.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\n", keepingLineBreaks {
                out.append(s)
            } else if s == "\t" {
                out.append(" ")
            } else {
                out.append(picture(s) ?? s)
            }
        }
        return String(out)
    }
}
