extension StringProtocol {
    /// The longest prefix at most `width` columns wide.
    func prefixFitting(_ width: Int) -> String {
        var used = 0
        return String(prefix { ch in
            used += CharWidth.columns(ch)
            return used <= width
        })
    }

    /// The longest suffix at most `width` columns wide.
    func suffixFitting(_ width: Int) -> String {
        String(String(reversed()).prefixFitting(width).reversed())
    }

    /// The text in at most `width` columns: whole, or its start and `…`.
    func fitted(_ width: Int) -> String {
        guard width > 0 else { return "" }
        // No grapheme takes more columns than it has UTF-8 bytes: short text fits as it is.
        if utf8.count <= width { return String(self) }
        return CharWidth.columns(self) <= width ? String(self) : prefixFitting(width - 1) + "…"
    }
}
