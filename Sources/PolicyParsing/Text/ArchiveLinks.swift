/// Recovers the original URL from a link the Wayback Machine rewrote.
enum ArchiveLinks {
    /// `https://web.archive.org/web/20120623080030id_/http%3A//www.x.com/p` -> `http://www.x.com/p`.
    /// Links that wrap nothing (`https://web.archive.org/`) and other links come back unchanged.
    static func unwrap(_ url: String) -> String {
        for prefix in ["https://web.archive.org/web/", "http://web.archive.org/web/", "//web.archive.org/web/", "/web/"] {
            guard url.hasPrefix(prefix) else { continue }
            let rest = url.dropFirst(prefix.count)
            guard let slash = rest.firstIndex(of: "/") else { return url }
            let stamp = rest[..<slash]
            guard stamp.first?.isNumber == true else { return url }
            let target = String(rest[rest.index(after: slash)...])
            let decoded = decodingColons(target)
            return decoded.isEmpty ? url : decoded
        }
        return url
    }

    /// `%3A` and `%3a` as `:`, read as bytes.
    static func decodingColons(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "3"), bytes[i + 2] | 0x20 == UInt8(ascii: "a") {
                out.append(UInt8(ascii: ":"))
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
