import Foundation

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
            let decoded = target.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%3a", with: ":")
            return decoded.isEmpty ? url : decoded
        }
        return url
    }
}
